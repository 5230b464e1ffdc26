// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DueItem } from '../../../core/types';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderWithProviders } from '../../test/renderApp';
import { DUE_SHOWN, DueList } from './DueList';

const items: DueItem[] = Array.from({ length: 25 }, (_, i) => ({
  caseId: i + 1,
  clientName: `Client ${i + 1}`,
  clientIdNumber: '91330200MA2AAAAA1X',
  stage: 'filed',
  assignee: '',
  listingId: i + 1,
  regimeId: 'samr-serious-list',
  authority: '',
  decisionNo: '',
  kind: 'acceptanceDue',
  date: '2026-01-07',
  done: false,
  provisional: false,
  unit: 'working',
}));

describe('DueList', () => {
  it('shows the first dates of a long list, and all of them on request', async () => {
    installFakeBackend({});
    renderWithProviders(<DueList title="Overdue" empty="Nothing." items={items} urgent />);
    const user = userEvent.setup();
    const list = await screen.findByRole('region', { name: /Overdue/ });
    const links = () => within(list).getAllByRole('link');
    expect(links()).toHaveLength(DUE_SHOWN);
    // The badge counts the whole list, not the part shown.
    expect(within(list).getByLabelText('25 dates')).toBeTruthy();
    await user.click(within(list).getByRole('button', { name: 'Show all 25 dates' }));
    expect(links()).toHaveLength(25);
    expect(within(list).getByText('Client 25')).toBeTruthy();
    await user.click(
      within(list).getByRole('button', { name: `Show the first ${DUE_SHOWN} only` }),
    );
    expect(links()).toHaveLength(DUE_SHOWN);
  });

  it('offers no button when the list is short', async () => {
    installFakeBackend({});
    renderWithProviders(<DueList title="Due today" empty="Nothing." items={items.slice(0, 3)} />);
    expect(await screen.findAllByRole('link')).toHaveLength(3);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
