// @vitest-environment jsdom
import '../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DueItem } from '../../core/types';
import { installFakeBackend } from '../test/fakeBackend';
import { renderApp } from '../test/renderApp';

const overdue: DueItem & { status: 'overdue' } = {
  caseId: 4,
  clientName: '宁波港城物流有限公司',
  clientIdNumber: '91330200MA2AAAAA1X',
  stage: 'filed',
  assignee: '',
  listingId: 9,
  regimeId: 'samr-serious-list',
  authority: '宁波市市场监督管理局',
  decisionNo: '',
  kind: 'acceptanceDue',
  date: '2026-01-07',
  done: false,
  provisional: false,
  unit: 'working',
  status: 'overdue',
};

describe('reminders and the overdue badge', () => {
  it('shows a reminder in the app where system notifications are missing, once', async () => {
    let polls = 0;
    installFakeBackend({
      'reminders.poll': () => ({ items: polls++ === 0 ? [overdue] : [] }),
      'badge.get': () => ({ overdueCount: 2 }),
      'queue.list': () => ({ today: '2026-11-22', items: [], nextCursor: null }),
    });
    renderApp('/queue');
    const user = userEvent.setup();

    const region = await screen.findByRole('region', { name: 'Reminders' });
    expect(
      await within(region).findByText('Overdue: Acceptance due — 宁波港城物流有限公司'),
    ).toBeTruthy();
    expect(
      within(region).getByText(
        '2026-01-07 · SAMR seriously illegal and dishonest list · 宁波市市场监督管理局',
      ),
    ).toBeTruthy();
    await user.click(within(region).getByRole('button', { name: 'Dismiss reminder' }));
    expect(within(region).queryByText(/Overdue:/)).toBeNull();

    const nav = screen.getByRole('navigation');
    expect(within(nav).getByRole('link', { name: 'Queue' })).toBeTruthy();
    expect((await within(nav).findByLabelText('2 overdue dates')).textContent).toBe('2');
  });

  it('speaks Chinese', async () => {
    installFakeBackend(
      {
        'reminders.poll': () => ({ items: [{ ...overdue, status: 'overdue' as const }] }),
        'badge.get': () => ({ overdueCount: 2 }),
        'queue.list': () => ({ today: '2026-11-22', items: [], nextCursor: null }),
      },
      { language: 'zh' },
    );
    renderApp('/queue');
    expect(await screen.findByText('已逾期：受理期限 — 宁波港城物流有限公司')).toBeTruthy();
    expect(await screen.findByLabelText('2 项已逾期')).toBeTruthy();
  });
});
