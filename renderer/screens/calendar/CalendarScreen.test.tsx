// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { summariseDays, type AgendaItem } from '../../../core/agenda';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

const base = {
  clientName: 'Ningbo Port Logistics',
  clientIdNumber: '91330200MA2AAAAA1X',
  stage: 'accepted',
  assignee: '',
  listingId: 11,
  regimeId: 'samr-serious-list',
  authority: 'Ningbo AMR',
  decisionNo: '甬市监〔2024〕8号',
  provisional: false,
} as const;

const ITEMS: AgendaItem[] = [
  {
    ...base,
    caseId: 1,
    kind: 'acceptanceDue',
    date: '2026-01-09',
    done: true,
    unit: 'working',
    status: 'done',
  },
  {
    ...base,
    caseId: 1,
    kind: 'decisionDue',
    date: '2026-01-16',
    done: false,
    unit: 'working',
    status: 'overdue',
  },
  {
    ...base,
    caseId: 2,
    clientName: 'Jiaxing Textiles',
    kind: 'automaticEnd',
    date: '2026-12-10',
    done: false,
    unit: '',
    status: 'upcoming',
  },
];

const TODAY = '2026-12-01';
const dayCounts = (items: readonly AgendaItem[]) =>
  summariseDays(
    items.map((i) => ({ date: i.date, kind: i.kind, done: i.done, n: 1 })),
    TODAY,
  );

const rangeOf = (input: { from?: string; to?: string }) => ({
  from: input.from ?? '2026-01-16',
  to: input.to ?? '2027-12-01',
});

/** The backend's paging: `size` dates a page, the cursor being the next one's index. */
function backend(items = ITEMS, size = 100) {
  return installFakeBackend({
    'agenda.list': (input) => {
      const { from, to } = rangeOf(input);
      const inRange = items.filter((i) => i.date >= from && i.date <= to);
      const listed = inRange.filter((i) => !input.day || i.date === input.day);
      const start = Number(input.cursor ?? 0);
      return {
        today: TODAY,
        from,
        to,
        items: listed.slice(start, start + size),
        nextCursor: start + size < listed.length ? String(start + size) : null,
        assignees: [],
        authorities: ['Ningbo AMR'],
      };
    },
    'agenda.summary': (input) => {
      const { from, to } = rangeOf(input);
      const month = input.month.slice(0, 7);
      return {
        days: dayCounts(
          items.filter((i) => i.date >= from && i.date <= to && i.date.startsWith(month)),
        ),
      };
    },
  });
}

describe('CalendarScreen', () => {
  it('lists every date marked with its status, beside a month grid that narrows the list', async () => {
    const fake = backend();
    renderApp('/calendar');
    const user = userEvent.setup();

    expect(
      await screen.findByText('Today is 2026-12-01 (Asia/Shanghai).', { exact: false }),
    ).toBeTruthy();
    const rows = () => screen.getAllByRole('listitem');
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(within(rows()[0]!).getByText('Overdue')).toBeTruthy();
    expect(within(rows()[0]!).getByText('Decision due')).toBeTruthy();
    expect(within(rows()[1]!).getByText('Upcoming')).toBeTruthy();
    // The default range came from the backend and is shown in the fields.
    expect(screen.getByLabelText<HTMLInputElement>('From').value).toBe('2026-01-16');

    const grid = screen.getByRole('region', { name: 'Month grid' });
    expect(within(grid).getByRole('button', { name: '2026-12-01, today' })).toBeTruthy();
    expect(within(grid).getByRole('button', { name: '2026-12-10, 1 date' })).toBeTruthy();
    // Back to January, where the overdue decision is.
    for (let i = 0; i < 11; i += 1) {
      await user.click(within(grid).getByRole('button', { name: 'Previous month' }));
    }
    const overdueDay = within(grid).getByRole('button', { name: '2026-01-16, 1 date, 1 overdue' });
    await user.click(overdueDay);
    expect(overdueDay.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.getByText('1 date · Only 2026-01-16 is listed.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'List every date of the range' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    // The day is narrowed by the backend: the list may hold more than one page.
    expect(fake.callsTo('agenda.list')).toEqual([
      { limit: 50 },
      { day: '2026-01-16', limit: 50 },
      { limit: 50 },
    ]);
  });

  it('loads the list a page at a time, counting every date of the range', async () => {
    const more = Array.from({ length: 5 }, (_, i) => ({
      ...ITEMS[2]!,
      caseId: 10 + i,
      clientName: `Client ${i}`,
    }));
    const fake = backend([...ITEMS, ...more], 4);
    renderApp('/calendar');
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(4));
    expect(
      screen.getByText('The first 4 dates are listed; load more to see the next ones.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(7));
    expect(screen.getByText('Client 4')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(screen.getByText('7 dates')).toBeTruthy();
    expect(fake.callsTo('agenda.list')).toEqual([{ limit: 50 }, { limit: 50, cursor: '4' }]);
  });

  it('checks the range as it is typed and asks the backend for the range chosen', async () => {
    const fake = backend();
    renderApp('/calendar');
    const user = userEvent.setup();
    const from = await screen.findByLabelText('From');
    const to = screen.getByLabelText('To');

    await user.clear(to);
    await user.type(to, '2025-12-31');
    expect(
      await screen.findByText(
        'The range ends on 2025-12-31, before it starts on 2026-01-16. Choose an end date on or after the start date.',
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show dates' }));
    expect(fake.callsTo('agenda.list')).toHaveLength(1);

    await user.clear(from);
    await user.type(from, '2026-01-01');
    await user.clear(to);
    await user.type(to, '2026-01-31');
    await user.click(screen.getByRole('button', { name: 'Show dates' }));
    await waitFor(() =>
      expect(fake.callsTo('agenda.list').at(-1)).toEqual({
        from: '2026-01-01',
        to: '2026-01-31',
        limit: 50,
      }),
    );
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    // The grid moves to the range's first month.
    const grid = screen.getByRole('region', { name: 'Month grid' });
    expect(within(grid).getByRole('button', { name: '2026-01-09, 1 date' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Default range' }));
    await waitFor(() => expect(fake.callsTo('agenda.list').at(-1)).toEqual({ limit: 50 }));
  });
});
