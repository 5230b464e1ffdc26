// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseSummary } from '../../../core/types';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

function caseRow(id: number, clientName: string, stage: CaseSummary['stage']): CaseSummary {
  return {
    id,
    clientId: id,
    clientName,
    clientIdNumber: '91350100M000100Y43',
    stage,
    assignee: id === 1 ? 'Wang Fang' : '',
    listingCount: id,
    regimeIds: ['samr-abnormal'],
    nextDue: id === 1 ? '2025-07-01' : null,
    createdAt: '2025-05-01T08:00:00.000Z',
    updatedAt: '2025-06-03T08:00:00.000Z',
    archivedAt: null,
  };
}

describe('CasesScreen', () => {
  it('shows a row per case from the backend, with the client linking to the case', async () => {
    const backend = installFakeBackend({
      'cases.list': (input) =>
        input.search
          ? { items: [], nextCursor: null }
          : {
              items: [
                caseRow(1, 'Minjiang Trading', 'intake'),
                caseRow(2, 'Gulou Catering', 'filed'),
              ],
              nextCursor: null,
            },
    });
    renderApp('/cases');

    expect(await screen.findByRole('heading', { level: 1, name: 'Cases' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Cases' });
    const link = await within(table).findByRole('link', { name: 'Minjiang Trading' });
    expect(link.getAttribute('href')).toBe('/cases/1');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3); // the header and two cases
    expect(within(rows[2]!).getByText('Filed')).toBeTruthy();
    expect(within(rows[1]!).getByText('Wang Fang')).toBeTruthy();
    expect(within(rows[1]!).getByText('2025-06-03')).toBeTruthy();
    expect(backend.callsTo('cases.list')[0]).toMatchObject({ sort: 'updated', direction: 'desc' });

    await userEvent.setup().type(screen.getByLabelText('Search cases'), 'nobody');
    expect(await screen.findByText('No case matches “nobody”.')).toBeTruthy();
    await waitFor(() =>
      expect(backend.callsTo('cases.list').at(-1)).toMatchObject({ search: 'nobody' }),
    );
  });

  it('says what to do when there are no cases', async () => {
    installFakeBackend({ 'cases.list': () => ({ items: [], nextCursor: null }) });
    renderApp('/cases');
    expect(await screen.findByText('No cases yet. Create one with New case.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New case' })).toBeTruthy();
  });
});
