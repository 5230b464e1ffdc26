/**
 * One clock (issue 8): an overdue decision deadline is in the calendar's list and month
 * grid, marked overdue, and in the exported .ics with a reminder and the case's link; the
 * time zone of Settings names every timestamp shown; a note typed and not saved is not
 * lost by navigating away without being asked. In English and 简体中文.
 * Preconditions are set up through the backend from the page; the steps under test use the UI.
 */
import ICAL from 'ical.js';
import { usccCheckChar } from '../core/ids';
import { exportIcs, monthGrid, saveTimeZone, showRange } from './clock-pages';
import { expect, test } from './fixtures';
import {
  api,
  fill,
  labels,
  navigate,
  caseTab,
  openRoute,
  sectionOf,
  setUpCase,
  shotOf,
  switchLanguage,
  type Lang,
  SAMR_LISTING,
} from './pages';

const CLIENT = { name: '宁波港城物流有限公司', idNumber: '91330200MA2AAAAA1' };
const SAMR = {
  ...SAMR_LISTING,
  authority: '宁波市市场监督管理局',
  decisionNo: '甬市监严〔2024〕8号',
};

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`clock: overdue in calendar, grid and .ics; time zone named; unsaved note (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    const page = app.page;
    if (lang === 'zh') await switchLanguage(page, 'zh');
    // Reminders are not under test; a corner stack could cover a button mid-journey.
    await api(page, 'settings.update', { notifications: false });

    // Filed 2026-01-05 and accepted 2026-01-07; the authority never decided.
    const c = await setUpCase(page, {
      client: { ...CLIENT, idNumber: CLIENT.idNumber + usccCheckChar(CLIENT.idNumber) },
      listing: SAMR,
      documentsIn: true,
      events: [
        { type: 'filed', date: '2026-01-05', channel: 'online', reference: '', overrideReason: '' },
        { type: 'accepted', date: '2026-01-07' },
      ],
    });
    const due = c.evaluation.dates.find((d) => d.kind === 'decisionDue')!.date;
    expect(due < '2026-02-01').toBe(true);

    // (1) The calendar lists it, overdue, in its default range.
    await navigate(page, t.nav.calendar);
    const overdueRow = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ hasText: t.dateKind.decisionDue });
    await expect(overdueRow).toContainText(CLIENT.name);
    await expect(overdueRow).toContainText(t.agendaStatus.overdue);
    await expect(page.getByRole('textbox', { name: t.agendaRange.from })).toHaveValue(due);
    await app.shot(`clock-calendar-${lang}`);

    // (2) The month grid of January marks the day; choosing it narrows the list.
    await showRange(page, t, '2026-01-01', '2026-01-31');
    const grid = monthGrid(page, t);
    const sep = t.monthGrid.separator;
    const dayName = [
      due,
      fill(t.monthGrid.dates_one ?? t.monthGrid.dates_other, { count: 1 }),
      fill(t.monthGrid.overdue_one ?? t.monthGrid.overdue_other, { count: 1 }),
    ].join(sep);
    const day = grid.getByRole('button', { name: dayName, exact: true });
    await expect(day).toBeVisible();
    await day.click();
    await expect(day).toHaveAttribute('aria-pressed', 'true');
    const rows = page.getByRole('main').getByRole('listitem');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(t.agendaStatus.overdue);
    await expect(page.getByText(fill(t.monthGrid.selected, { date: due }))).toBeVisible();
    await shotOf(grid, `clock-month-grid-${lang}`);
    await app.shot(`clock-calendar-day-${lang}`);
    // The grid is reachable and usable from the keyboard.
    await grid.getByRole('button', { name: t.monthGrid.next }).focus();
    await page.keyboard.press('Enter');
    await expect(grid.getByRole('button', { name: t.monthGrid.next })).toBeDisabled();
    await grid.getByRole('button', { name: t.monthGrid.previous }).press('Enter');
    await expect(day).toBeVisible();

    // (3) The .ics of the same range: the overdue event, its reminder and the case link.
    const ics = await exportIcs(page, t);
    expect(ics.filename).toBe('xiufu-agenda-2026-01-01-2026-01-31.ics');
    const decision = ics.events.find((v) =>
      String(v.getFirstPropertyValue('uid')).endsWith('-decisionDue@xiufu.local'),
    );
    expect(decision).toBeDefined();
    const event = new ICAL.Event(decision!);
    expect(event.startDate.toString()).toBe(due);
    expect(event.summary).toContain(lang === 'en' ? 'Overdue: Decision due' : '已逾期：决定期限');
    expect(decision!.getFirstPropertyValue('url')).toBe(`xiufu://cases/${c.id}`);
    expect(event.description).toContain(`xiufu://cases/${c.id}`);
    const alarm = decision!.getFirstSubcomponent('valarm');
    expect(alarm).not.toBeNull();
    expect(String(alarm!.getFirstPropertyValue('trigger'))).toBe('-P3D');

    // (4) History times are in the zone of Settings, named; another zone names itself.
    await openRoute(page, `/cases/${c.id}`);
    await caseTab(page, t, 'history');
    const history = sectionOf(page, t.case.history);
    const firstTime = history.getByRole('row').nth(1).getByRole('cell').first();
    await expect(firstTime).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} \(Asia\/Shanghai\)$/);
    await navigate(page, t.nav.settings);
    await saveTimeZone(page, t, 'America/New_York');
    await expect(page.getByText(/\(America\/New_York\)$/).first()).toBeVisible();
    await app.shot(`clock-settings-${lang}`);
    await openRoute(page, `/cases/${c.id}`);
    await caseTab(page, t, 'history');
    await expect(firstTime).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} \(America\/New_York\)$/);
    await shotOf(history, `clock-history-${lang}`);

    // (5) A note typed and not saved: leaving asks; Stay keeps it; leaving drops it.
    await caseTab(page, t, 'client');
    const notes = page.getByRole('textbox', { name: t.case.notes, exact: true });
    const note = lang === 'en' ? 'Call the authority on Monday.' : '周一致电决定机关。';
    await notes.fill(note);
    await page.getByRole('navigation').getByRole('link', { name: t.nav.dashboard }).click();
    const ask = page.getByRole('dialog', { name: t.unsaved.title });
    await expect(ask).toBeVisible();
    await shotOf(ask, `clock-unsaved-${lang}`);
    await ask.getByRole('button', { name: t.unsaved.stay }).click();
    await expect(ask).toBeHidden();
    await expect(notes).toHaveValue(note);
    await page.getByRole('navigation').getByRole('link', { name: t.nav.dashboard }).click();
    await ask.getByRole('button', { name: t.unsaved.leave }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.nav.dashboard })).toBeVisible();
    await openRoute(page, `/cases/${c.id}`);
    await caseTab(page, t, 'client');
    await expect(notes).toHaveValue('');
  });
}
