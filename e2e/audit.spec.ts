/**
 * The audit log (issue 11): after a few changes by two people, a user opens the audit log,
 * sees who changed what, filters it by client and by kind of record, exports what the
 * filters show to CSV and the file holds exactly those entries (read back here), then
 * meets a clear "no match". In English and 简体中文. Preconditions are set up through the
 * backend from the page; the steps under test use the UI.
 */
import { translateMessage } from '../core/messages';
import { auditRows, exportCsv, pick } from './audit-pages';
import { expect, test } from './fixtures';
import {
  api,
  choose,
  labels,
  navigate,
  setUpCase,
  switchLanguage,
  type Lang,
  SAMR_LISTING,
} from './pages';

const FIRST = { name: '杭州青禾食品有限公司', idNumber: '91330100716105852F' };
const SECOND = { name: '福州闽江贸易有限公司', idNumber: '91350100M000100Y43' };

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`audit: who changed what, filtered by client and kind, exported to CSV (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    const page = app.page;
    if (lang === 'zh') await switchLanguage(page, 'zh');
    await api(page, 'settings.update', { notifications: false, userName: 'Li Na' });
    const first = await setUpCase(page, { client: FIRST, listing: SAMR_LISTING });
    await api(page, 'cases.update', { id: first.id, assignee: 'Zhao Lei' });
    await api(page, 'settings.update', { userName: 'Wang Fang' });
    const second = await setUpCase(page, { client: SECOND, listing: SAMR_LISTING });
    await api(page, 'cases.update', { id: second.id, notes: '补正材料, "营业执照"' });

    await navigate(page, t.nav.audit);
    const rows = auditRows(page, t);
    await expect(rows.first()).toContainText('Wang Fang');
    await expect(rows.first()).toContainText(t.history.field.notes);
    await expect(rows.filter({ hasText: 'Li Na' }).first()).toBeVisible();
    await app.shot(`audit-log-${lang}`);

    // One client: its own entries, its listing's and its case's; none of the other's.
    await pick(page, t.audit.client, FIRST.name.slice(0, 4), new RegExp(FIRST.idNumber));
    await expect(rows.filter({ hasText: SECOND.name })).toHaveCount(0);
    await expect(rows.filter({ hasText: 'Zhao Lei' })).toHaveCount(1);
    const caseLink = rows.first().getByRole('link', { name: `${FIRST.name} #${first.id}` });
    await expect(caseLink).toBeVisible();

    // …and of its records, the case only.
    const caseKind = translateMessage('audit.entity.case', lang);
    await choose(page, t.audit.entity, caseKind);
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('Zhao Lei');
    await app.shot(`audit-log-filtered-${lang}`);

    const csv = await exportCsv(page, t);
    expect(csv.bom).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.filename).toMatch(/\.csv$/);
    const [header, ...lines] = csv.rows;
    expect(header).toEqual([
      translateMessage(`audit.csv.time|${JSON.stringify({ zone: 'Asia/Shanghai' })}`, lang),
      ...(['person', 'kind', 'client', 'case', 'field', 'before', 'after'] as const).map((c) =>
        translateMessage(`audit.csv.${c}`, lang),
      ),
    ]);
    // Exactly what the screen shows: the case's two entries, newest first, nothing else.
    expect(new Set(lines.map((l) => l[3]))).toEqual(new Set([FIRST.name]));
    expect(new Set(lines.map((l) => l[4]))).toEqual(new Set([`${FIRST.name} #${first.id}`]));
    expect(lines[0]).toEqual(
      expect.arrayContaining([
        'Li Na',
        translateMessage('audit.entity.case', lang) +
          (lang === 'zh' ? '：' : ': ') +
          translateMessage('audit.action.update', lang),
        t.history.field.assignee,
        'Zhao Lei',
      ]),
    );
    expect(lines.some((l) => l.includes('Wang Fang'))).toBe(false);

    // The other client's note, with its comma and quotes, survives the round trip.
    await page.getByRole('button', { name: t.audit.clear }).click();
    await pick(page, t.audit.client, SECOND.name.slice(0, 4), new RegExp(SECOND.idNumber));
    await expect(rows.first()).toContainText('Wang Fang');
    const other = await exportCsv(page, t);
    expect(other.rows.some((l) => l[7] === '补正材料, "营业执照"')).toBe(true);

    // Nothing in a range of days with no entries: said as such.
    await page.getByLabel(t.audit.from, { exact: true }).fill('2020-01-01');
    await page.getByLabel(t.audit.to, { exact: true }).fill('2020-01-31');
    await page.getByRole('button', { name: t.audit.show, exact: true }).click();
    await expect(page.getByText(t.audit.noMatch)).toBeVisible();
    await app.shot(`audit-log-no-match-${lang}`);
  });
}
