/**
 * Journey 2 (PRODUCT.md "See the clock", Rules): a case shows its computed dates with
 * explanations; a date that runs into a year without an official holiday calendar is
 * provisional until the user types in that year's notice, after which it is recomputed.
 * In English and 简体中文.
 */
import { translateMessage } from '../core/messages';
import { expect, test } from './fixtures';
import {
  addCase,
  addCompany,
  caseDate,
  fill,
  labels,
  navigate,
  openCase,
  switchLanguage,
  type Lang,
} from './pages';

const FIRST = { name: '杭州青禾食品有限公司', code: '91330100716105852F' };
const SECOND = { name: '福州闽江贸易有限公司', code: '91350100M000100Y43' };
const REGIME = {
  en: 'SAMR seriously illegal and dishonest list',
  zh: '市场监管 严重违法失信名单',
} as const;
/** The wait's end as the explanation states it (RULES.md §2.3). */
const WAIT_END = {
  en: 'one year ends 2025-06-03 (Civil Code art. 202)',
  zh: '一年期间于 2025-06-03 届满（《民法典》第二百零二条）',
} as const;

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`rules: explained dates, provisional year typed in, recomputed (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    const page = app.page;
    if (lang === 'zh') await switchLanguage(page, 'zh');

    // Listed 2024-06-03 with a one-year wait: may apply from 2025-06-04.
    await addCompany(page, t, FIRST.name, FIRST.code);
    await addCase(page, t, FIRST.name, {
      regime: REGIME[lang],
      authority: '杭州市市场监督管理局',
      decisionNo: '杭市监严〔2024〕8号',
      decisionDate: '2024-05-20',
      listingDate: '2024-06-03',
    });
    await expect(page.getByRole('heading', { level: 2, name: t.timeline.title })).toBeVisible();
    await expect(
      page.getByText(fill(t.timeline.rulesVersion, { version: '2026.1' })),
    ).toBeVisible();
    const mayApply = caseDate(page, t.dateKind.mayApplyFrom);
    await expect(mayApply.getByText('2025-06-04')).toBeVisible();
    const explain = mayApply.getByRole('button', {
      name: fill(t.timeline.explainLabel, { label: t.dateKind.mayApplyFrom }),
    });
    await explain.click();
    await expect(explain).toHaveAttribute('aria-expanded', 'true');
    await expect(mayApply.getByText(WAIT_END[lang])).toBeVisible();
    await app.shot(`rules-case-timeline-${lang}`);

    // Listed 2026-06-03: the first working day to file is in 2027, not announced yet.
    await addCompany(page, t, SECOND.name, SECOND.code);
    await addCase(page, t, SECOND.name, {
      regime: REGIME[lang],
      authority: '福州市市场监督管理局',
      decisionNo: '榕市监严〔2026〕3号',
      decisionDate: '2026-05-20',
      listingDate: '2026-06-03',
    });
    const firstDay = caseDate(page, t.dateKind.firstWorkingDayToFile);
    await expect(firstDay.getByText('2027-06-04')).toBeVisible();
    const warning = fill(t.timeline.provisional, { years: 2027 });
    await expect(firstDay.getByText(warning)).toBeVisible();
    await app.shot(`rules-case-provisional-${lang}`);
    await firstDay.getByRole('link', { name: fill(t.timeline.addYear, { year: 2027 }) }).click();

    // The year's notice: 端午节 4–6 June, and a make-up working day.
    await expect(page.getByRole('heading', { level: 1, name: t.yearForm.newTitle })).toBeVisible();
    await expect(page.getByLabel(t.yearForm.year, { exact: true })).toHaveValue('2027');
    const holiday = page.getByRole('group', { name: fill(t.yearForm.holidayLegend, { n: 1 }) });
    await holiday.getByLabel(t.yearForm.name, { exact: true }).fill('端午节');
    await holiday.getByLabel(t.yearForm.start, { exact: true }).fill('2027-06-04');
    await holiday.getByLabel(t.yearForm.end, { exact: true }).fill('2027-06-06');
    await page.getByRole('button', { name: t.yearForm.addMakeup }).click();
    const makeup = page.getByLabel(fill(t.yearForm.makeupLabel, { n: 1 }), { exact: true });
    await makeup.fill('2027-06-09');
    await makeup.blur();
    const weekday = translateMessage('calendar.makeupNotWeekend|{"date":"2027-06-09"}', lang);
    await expect(page.getByText(weekday)).toBeVisible();
    await expect(makeup).toHaveAttribute('aria-invalid', 'true');
    await makeup.fill('2027-06-12');
    await expect(page.getByText(weekday)).toHaveCount(0);

    await page.getByRole('button', { name: t.yearForm.preview }).click();
    const preview = page.getByRole('region', { name: t.yearForm.previewTitle });
    await expect(preview.getByRole('link', { name: SECOND.name })).toBeVisible();
    await expect(preview.getByText('2027-06-07')).toBeVisible();
    await expect(preview.getByRole('link', { name: FIRST.name })).toHaveCount(0);
    await app.shot(`rules-add-year-${lang}`);

    await page.getByRole('button', { name: t.yearForm.save }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.rules.title })).toBeVisible();
    await expect(
      page.getByText(fill(t.rules.saved_one ?? t.rules.saved_other, { year: 2027, count: 1 })),
    ).toBeVisible();
    await expect(page.getByRole('cell', { name: t.rules.entered })).toBeVisible();
    await page.getByRole('button', { name: REGIME[lang] }).click();
    await page.getByRole('button', { name: fill(t.rules.show, { year: 2027 }) }).click();
    await expect(page.getByText('2027-06-04 – 2027-06-06')).toBeVisible();
    // Opening the accordion scrolled the page; a full-page shot from there would draw the
    // fixed header in the middle.
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.shot(`rules-screen-${lang}`);

    // Recomputed: the holiday moves the first working day, and nothing is provisional.
    await openCase(page, t, SECOND.name);
    await expect(
      caseDate(page, t.dateKind.firstWorkingDayToFile).getByText('2027-06-07'),
    ).toBeVisible();
    await expect(page.getByText(warning)).toHaveCount(0);

    // The Rules screen is in the navigation between Clients and Settings.
    await navigate(page, t.nav.rules);
  });
}
