/**
 * Taking a list back to Excel (issue 13, part 2): a user filters the case list, exports
 * it to .xlsx and the file holds exactly the rows the list showed — its header in the
 * user's language, the stage as they read it, the dates as real date cells (read back
 * here with exceljs); a CSV of the same starts with the byte-order mark Excel needs for
 * Chinese; a list with nothing in it says so instead of saving an empty file. In English
 * and 简体中文. Preconditions are set up through the backend; the steps use the UI.
 */
import ExcelJS from 'exceljs';
import { exportFile, openExportMenu, readSheet } from './export-pages';
import { expect, test } from './fixtures';
import {
  api,
  choose,
  daysAgo,
  labels,
  navigate,
  SAMR_LISTING,
  setUpCase,
  switchLanguage,
  type Lang,
} from './pages';

const FILED = [
  { name: '杭州青禾食品有限公司', idNumber: '91330100716105852F' },
  { name: '福州闽江贸易有限公司', idNumber: '91350100M000100Y43' },
];
const WAITING = { name: '宁波海曙服务有限公司', idNumber: '91330203MA2AHD8E1K' };

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`export: a filtered case list to .xlsx and CSV, read back (${lang})`, async ({ app }) => {
    const t = labels(lang);
    const page = app.page;
    if (lang === 'zh') await switchLanguage(page, 'zh');
    await api(page, 'settings.update', { notifications: false });
    for (const client of FILED)
      await setUpCase(page, {
        client,
        listing: SAMR_LISTING,
        assignee: 'Li Na',
        documentsIn: true,
        events: [
          { type: 'filed', date: daysAgo(3), channel: 'online', reference: '', overrideReason: '' },
        ],
      });
    await setUpCase(page, { client: WAITING, listing: SAMR_LISTING });

    await navigate(page, t.nav.cases);
    await choose(page, t.stage.label, t.stage.filed);
    const list = page.getByRole('table', { name: t.cases.listLabel });
    for (const c of FILED) await expect(list.getByRole('link', { name: c.name })).toBeVisible();
    await expect(list.getByRole('link', { name: WAITING.name })).toHaveCount(0);
    await openExportMenu(page, t, 'cases');
    await app.shot(`export-menu-${lang}`);
    await page.keyboard.press('Escape');

    // The .xlsx: the rows the list shows, the screen's columns, typed cells.
    const xlsx = await exportFile(page, t, 'cases', 'xlsx');
    expect(xlsx.filename).toMatch(/^xiufu-cases-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await app.shot(`export-done-${lang}`);
    const { sheet, rows } = await readSheet(xlsx.bytes);
    expect(rows[0]).toEqual([
      t.cases.client,
      t.cases.code,
      t.stage.label,
      t.cases.listings,
      t.cases.assignee,
      t.find.nextDue,
      t.cases.updated,
    ]);
    const shown = await list.getByRole('link').allTextContents();
    expect(rows.slice(1).map((r) => r[0])).toEqual(shown);
    expect(new Set(rows.slice(1).map((r) => r[2]))).toEqual(new Set([t.stage.filed]));
    expect(rows.slice(1).map((r) => r[3])).toEqual([1, 1]);
    const updated = sheet.getCell('G2');
    expect(updated.type).toBe(ExcelJS.ValueType.Date);
    expect(updated.numFmt).toBe('yyyy-mm-dd');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    // The CSV of the same list: the byte-order mark first, Chinese intact.
    const csv = await exportFile(page, t, 'cases', 'csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.bytes.toString('utf8')).toContain(FILED[0]!.name);

    // A search nothing matches: the export says there is nothing, and saves no file.
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('searchbox', { name: t.cases.search }).fill('没有这个客户');
    await expect(list).toHaveCount(0);
    await openExportMenu(page, t, 'cases');
    await page.getByRole('menuitem', { name: t.exportList.xlsx }).click();
    await expect(page.getByRole('status').filter({ hasText: t.exportList.empty })).toBeVisible();
    await app.shot(`export-empty-${lang}`);
    expect(downloads).toBe(0);

    // Another list, the same menu: the reviewer queue's two applications.
    await page
      .getByRole('navigation')
      .getByRole('link', { name: t.nav.queue, exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: t.queue.title })).toBeVisible();
    const queue = await exportFile(page, t, 'queue', 'xlsx');
    const q = await readSheet(queue.bytes);
    expect(q.rows).toHaveLength(3);
    expect(q.sheet.getCell('C2').type).toBe(ExcelJS.ValueType.Date);
    expect(typeof q.rows[1]![3]).toBe('number');
    await app.shot(`export-queue-${lang}`);

    // And the calendar: its dates as CSV, each row a date of the list, Chinese intact.
    await page
      .getByRole('navigation')
      .getByRole('link', { name: t.nav.calendar, exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: t.agenda.title })).toBeVisible();
    const dates = await exportFile(page, t, 'agenda', 'csv');
    expect([...dates.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = dates.bytes.toString('utf8').trim().split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => /^\d{4}-\d{2}-\d{2},/.test(l))).toBe(true);
    await app.shot(`export-calendar-${lang}`);
  });
}
