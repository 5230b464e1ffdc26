// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import type { QueueItem } from '../../../core/types';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

function item(caseId: number, clientName: string, patch: Partial<QueueItem>): QueueItem {
  return {
    caseId,
    clientName,
    clientIdNumber: '91330100716105852F',
    stage: 'accepted',
    assignee: '',
    listingId: caseId * 10,
    regimeId: 'samr-serious-list',
    authority: '杭州市市场监督管理局',
    decisionNo: '',
    kind: 'decisionDue',
    date: '2026-11-24',
    done: false,
    provisional: false,
    unit: 'working',
    daysLeft: 2,
    status: 'upcoming',
    ...patch,
  };
}

const items: QueueItem[] = [
  item(1, 'Overdue Co.', {
    stage: 'filed',
    kind: 'acceptanceDue',
    date: '2026-11-17',
    daysLeft: -3,
    status: 'overdue',
  }),
  item(2, 'Calendar Co.', {
    unit: 'calendar',
    date: '2026-11-21',
    daysLeft: -1,
    status: 'overdue',
  }),
  item(3, 'Today Co.', { date: '2026-11-22', daysLeft: 0, status: 'dueToday' }),
  item(4, 'Later Co.', {}),
  item(5, 'One Co.', { date: '2026-11-23', daysLeft: 1 }),
];

const rowOf = (name: string) => screen.getByRole('link', { name }).closest('tr')!;

describe('QueueScreen', () => {
  it('says how many days are left, as the authority counts them, and marks overdue rows', async () => {
    installFakeBackend({ 'queue.list': () => ({ today: '2026-11-22', items, nextCursor: null }) });
    renderApp('/queue');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reviewer queue' })).toBeTruthy();
    expect(await screen.findByText('overdue by 3 working days')).toBeTruthy();
    expect(within(rowOf('Overdue Co.')).getByText('Acceptance due')).toBeTruthy();
    expect(rowOf('Overdue Co.').getAttribute('data-status')).toBe('overdue');
    expect(within(rowOf('Calendar Co.')).getByText('overdue by 1 day')).toBeTruthy();
    expect(within(rowOf('Today Co.')).getByText('due today')).toBeTruthy();
    expect(within(rowOf('Later Co.')).getByText('2 working days left')).toBeTruthy();
    expect(within(rowOf('One Co.')).getByText('1 working day left')).toBeTruthy();
    expect(rowOf('Later Co.').getAttribute('data-status')).toBe('upcoming');
    expect(
      within(rowOf('Later Co.')).getByRole('button', { name: 'Log event for Later Co.' }),
    ).toBeTruthy();
  });

  it('says it in Chinese', async () => {
    installFakeBackend(
      { 'queue.list': () => ({ today: '2026-11-22', items, nextCursor: null }) },
      { language: 'zh' },
    );
    renderApp('/queue');
    expect(await screen.findByRole('heading', { level: 1, name: '审核队列' })).toBeTruthy();
    expect(await screen.findByText('已逾期 3 个工作日')).toBeTruthy();
    expect(within(rowOf('Calendar Co.')).getByText('已逾期 1 天')).toBeTruthy();
    expect(within(rowOf('Today Co.')).getByText('今日到期')).toBeTruthy();
    expect(within(rowOf('Later Co.')).getByText('剩余 2 个工作日')).toBeTruthy();
  });

  it('shows the next page when asked, after the rows already shown', async () => {
    installFakeBackend({
      'queue.list': (input) =>
        input?.cursor === 'page-2'
          ? { today: '2026-11-22', items: items.slice(3), nextCursor: null }
          : { today: '2026-11-22', items: items.slice(0, 3), nextCursor: 'page-2' },
    });
    renderApp('/queue');
    expect(await screen.findByRole('link', { name: 'Today Co.' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Later Co.' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Later Co.' })).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(items.length + 1);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
