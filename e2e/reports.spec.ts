/**
 * The Reports screen (issue 13, part 4), in English and 简体中文: an empty folder says what
 * each chart will show and when; on the demo data a chart and its table show the same
 * rows, a filter changes both and stays in the address across a reload, and a chart saves
 * as a PNG and as a one-page PDF. Preconditions are set up through the backend from the
 * page; the steps under test use the UI.
 */
import { writeFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { pdfText, squeeze } from './checks-pages';
import { expect, test } from './fixtures';
import { api, choose, fill, labels, navigate, shotOf, switchLanguage, type Lang } from './pages';
import { chartNames, download, panel, tableNames } from './reports-pages';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`reports: charts with their tables, filtered, saved as PNG and PDF (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    const page = app.page;
    // The demo's overdue reminder would cover the charts in the screenshots.
    await api(page, 'settings.update', { notifications: false });
    if (lang === 'zh') await switchLanguage(page, 'zh');

    // An empty folder: each chart says what will appear there, and when.
    await navigate(page, t.nav.reports);
    await expect(panel(page, t.reports.decisionTime.title)).toContainText(
      t.reports.decisionTime.empty,
    );
    await expect(panel(page, t.reports.workload.title)).toContainText(t.reports.workload.empty);
    await app.shot(`reports-empty-${lang}`);

    await api(page, 'demo.load', {});
    await navigate(page, t.nav.dashboard);
    await navigate(page, t.nav.reports);

    // Workload: the chart's bars and the table's rows name the same people, in the same order.
    const workload = t.reports.workload.title;
    const names = await tableNames(page, t, workload);
    expect(names).toEqual(expect.arrayContaining(['李娜', 'Mark Chen', t.reports.unassigned]));
    await expect.poll(() => chartNames(page, t, workload)).toEqual(names);
    // The one decision of the demo: approved, at the Haidian enforcement bureau.
    const approval = t.reports.approvalAuthority.title;
    await expect(panel(page, approval).getByRole('row', { name: /北京市海淀区/ })).toContainText(
      fill(t.reports.percent, { n: 100 }),
    );
    await expect
      .poll(() => chartNames(page, t, approval))
      .toEqual(await tableNames(page, t, approval));
    await app.shot(`reports-${lang}`);
    await shotOf(panel(page, t.reports.decisionTime.title), `reports-decision-time-${lang}`);

    // One assignee: both the chart and the table narrow to that person, and the address keeps it.
    await choose(page, t.reports.assignee, 'Mark Chen');
    await expect.poll(() => tableNames(page, t, workload)).toEqual(['Mark Chen']);
    await expect.poll(() => chartNames(page, t, workload)).toEqual(['Mark Chen']);
    expect(new URLSearchParams(page.url().split('?')[1]).get('assignee')).toBe('Mark Chen');
    await page.reload();
    // A reload is a fresh start: its first calls may recompute the day's stale cases first.
    await expect
      .poll(() => tableNames(page, t, workload), { timeout: 30_000 })
      .toEqual(['Mark Chen']);
    await expect(page.getByRole('combobox', { name: t.reports.assignee, exact: true })).toHaveValue(
      'Mark Chen',
    );
    await app.shot(`reports-filtered-${lang}`);

    // Copy table: tab-separated text, header first, as a spreadsheet pastes it into cells.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await panel(page, workload).getByRole('button', { name: t.reports.copy }).click();
    await expect(
      panel(page, workload).getByRole('button', { name: t.reports.copied }),
    ).toBeVisible();
    const copied = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    expect(copied[0]!.split('\t')[0]).toBe(t.reports.workload.assignee);
    expect(copied.slice(1).map((line) => line.split('\t')[0])).toEqual(['Mark Chen']);

    // The chart as a PNG picture and as a PDF page with its table, Chinese included.
    const png = await download(page, fill(t.reports.pngLabel, { title: workload }));
    expect(png.name).toMatch(/workload\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const pdf = await download(page, fill(t.reports.pdfLabel, { title: workload }));
    expect(pdf.name).toMatch(/workload\.pdf$/);
    const doc = await PDFDocument.load(pdf.bytes);
    expect(doc.getPageCount()).toBe(1);
    const text = squeeze(await pdfText(pdf.bytes));
    expect(text).toContain(squeeze(workload));
    expect(text).toContain('MarkChen');
    // The page says what it was counted over.
    expect(text).toContain(squeeze(`${t.reports.assignee}: Mark Chen`));
    // Kept beside the screenshots, for people to look at the exported picture.
    writeFileSync(`${import.meta.dirname}/screenshots/reports-export-${lang}.png`, png.bytes);
  });
}
