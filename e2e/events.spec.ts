/**
 * Issue 8, authority events checked against their case (PRODUCT.md journey 5): each
 * out-of-order date is refused at its field as it is typed; the extension dialog offers
 * the rule's length; a decision is logged with its number and its document, both shown on
 * the case; a case on the abnormal-operations list says plainly what to do. English and
 * 简体中文. Preconditions are set up through the backend; the steps under test use the UI.
 */
import { PDFDocument } from 'pdf-lib';
import { expect, test, type Page } from './fixtures';
import {
  dateField,
  expectBeforePrevious,
  expectFieldError,
  message,
  openEventDialog,
  start,
} from './events-pages';
import {
  choose,
  fill,
  labels,
  caseTab,
  openRoute,
  sectionOf,
  setUpCase,
  shotOf,
  type Dict,
  type Lang,
  SAMR_LISTING,
} from './pages';

const CLIENTS = {
  samr: { name: '杭州青禾食品有限公司', idNumber: '91330100716105852F' },
  abnormal: { name: '深圳市远航物流有限公司', idNumber: '91350100M000100Y43' },
};
const SAMR = SAMR_LISTING;
const LISTING = {
  en: 'SAMR seriously illegal and dishonest list 杭市监严〔2024〕8号',
  zh: '市场监管 严重违法失信名单（杭市监严〔2024〕8号）',
};
const DECISION_NO = '杭市监信修〔2026〕4号';

async function smallPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([300, 400]).drawText('Decision 2026-01-20', { x: 40, y: 340, size: 14 });
  return Buffer.from(await doc.save());
}

const stage = (page: Page, t: Dict) => page.getByRole('group', { name: t.case.stage });

async function save(dialog: ReturnType<Page['getByRole']>, t: Dict) {
  await dialog.getByRole('button', { name: t.lifecycle.save }).click();
  await expect(dialog).toBeHidden();
}

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`events: out-of-order dates, the rule's extension, a decision with its number and document (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    const page = app.page;
    await start(page, lang);
    const c = await setUpCase(page, { client: CLIENTS.samr, listing: SAMR, documentsIn: true });
    await openRoute(page, `/cases/${c.id}`);
    await expect(stage(page, t)).toHaveText(t.stage.ready);
    await caseTab(page, t, 'dates');

    // A filing dated before the listing: refused at the date as it is typed, no override.
    let dialog = await openEventDialog(page, t, t.lifecycle.action.filed);
    await dateField(dialog, t).fill('2024-05-30');
    const beforeListing = message(lang, 'events.beforeListing', {
      listing: LISTING.en,
      listingZh: LISTING.zh,
      date: '2024-06-03',
    });
    await expectFieldError(dateField(dialog, t), dialog, beforeListing);
    await expect(
      dialog.getByRole('textbox', { name: t.lifecycle.overrideReason, exact: true }),
    ).toHaveCount(0);
    await shotOf(dialog, `events-filing-before-listing-${lang}`);
    await dateField(dialog, t).fill('2026-01-05');
    await expect(dialog.getByText(beforeListing, { exact: true })).toHaveCount(0);
    await save(dialog, t);
    await expect(stage(page, t)).toHaveText(t.stage.filed);

    // An acceptance before the filing.
    dialog = await openEventDialog(page, t, t.lifecycle.action.accepted);
    await expectBeforePrevious(dialog, t, lang, '2026-01-02', {
      type: 'filed',
      date: '2026-01-05',
    });
    await shotOf(dialog, `events-acceptance-before-filing-${lang}`);
    await dateField(dialog, t).fill('2026-01-07');
    await save(dialog, t);
    await expect(stage(page, t)).toHaveText(t.stage.accepted);

    // A decision before the acceptance, with no outcome preselected.
    dialog = await openEventDialog(page, t, t.lifecycle.action.decided);
    await expect(
      dialog.getByRole('combobox', { name: t.lifecycle.outcome, exact: true }),
    ).toHaveValue('');
    const accepted = { type: 'accepted', date: '2026-01-07' } as const;
    await expectBeforePrevious(dialog, t, lang, '2026-01-06', accepted);
    await shotOf(dialog, `events-decision-before-acceptance-${lang}`);
    await dialog.getByRole('button', { name: t.common.cancel }).click();
    await expect(dialog).toBeHidden();

    // The extension dialog offers the rule's length, and only that.
    dialog = await openEventDialog(page, t, t.lifecycle.action.extension);
    const length = dialog.getByRole('combobox', { name: t.events.extensionLength, exact: true });
    await expect(length).toHaveValue(lang === 'en' ? '10 working days' : '10 个工作日');
    const cite =
      lang === 'en'
        ? 'SAMR Order No. 107, arts. 13–17, 23'
        : '国家市场监督管理总局令第107号第13–17、23条';
    await expect(
      dialog.getByText(fill(t.events.extensionRule, { cite, filed: '2026-01-05' })),
    ).toBeVisible();
    await length.click();
    await expect(page.getByRole('option')).toHaveCount(1);
    await shotOf(dialog, `events-extension-${lang}`);
    await page.keyboard.press('Escape');
    await dateField(dialog, t).fill('2026-01-09');
    await dialog
      .getByRole('textbox', { name: t.lifecycle.reason, exact: true })
      .fill(lang === 'en' ? 'Complex case: site inspection' : '案情复杂，需现场核查');
    await save(dialog, t);
    const events = sectionOf(page, t.lifecycle.section);
    await expect(events).toContainText(fill(t.lifecycle.detailWorkingDays_other, { count: 10 }));

    // The decision with its number and, as its document, a small PDF.
    dialog = await openEventDialog(page, t, t.lifecycle.action.decided);
    await dateField(dialog, t).fill('2026-01-20');
    await dialog.getByRole('button', { name: t.lifecycle.save }).click();
    await expect(
      dialog.getByText(message(lang, 'events.outcomeRequired', {}), { exact: true }),
    ).toBeVisible();
    await choose(page, t.lifecycle.outcome, t.lifecycle.outcomes.repaired);
    await dialog.getByRole('textbox', { name: t.events.decisionNo, exact: true }).fill(DECISION_NO);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      dialog.getByRole('button', { name: t.events.document, exact: true }).click(),
    ]);
    await chooser.setFiles({
      name: 'decision.pdf',
      mimeType: 'application/pdf',
      buffer: await smallPdf(),
    });
    await expect(dialog.getByText('decision.pdf')).toBeVisible();
    await shotOf(dialog, `events-decision-${lang}`);
    await save(dialog, t);
    await expect(stage(page, t)).toHaveText(t.stage.repaired);

    const decision = events.getByRole('listitem').filter({ hasText: DECISION_NO });
    await expect(decision).toContainText(fill(t.events.decisionNoDetail, { no: DECISION_NO }));
    await expect(decision).toContainText(t.lifecycle.outcomes.repaired);
    await decision.getByRole('button', { name: 'decision.pdf', exact: true }).click();
    const preview = page.getByRole('dialog', { name: 'decision.pdf' });
    await expect(preview.getByRole('button', { name: t.files.download })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      preview.getByRole('button', { name: t.files.download }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('decision.pdf');
    await preview.getByRole('button', { name: t.files.close }).last().click(); // the footer's; the header's X is named Close too
    await shotOf(events, `events-case-${lang}`);
  });

  test(`events: the abnormal-operations list says what to do, citing the rule (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    const page = app.page;
    await start(page, lang);
    const c = await setUpCase(page, {
      client: CLIENTS.abnormal,
      listing: {
        regimeId: 'samr-abnormal',
        authority: '深圳市市场监督管理局宝安监管局',
        decisionNo: '深市监宝异〔2026〕0342号',
        decisionDate: '2026-07-01',
        listingDate: '2026-07-01',
      },
    });
    await openRoute(page, `/cases/${c.id}`);
    await caseTab(page, t, 'dates');
    const dates = sectionOf(page, t.timeline.title);
    const next = dates.getByRole('alert').filter({ hasText: t.timeline.nextStep });
    const expected =
      lang === 'en'
        ? [
            'Abnormal operations list 深市监宝异〔2026〕0342号: no waiting period applies',
            '(SAMR Order No. 107, art. 16)',
            'The listing ends when the cause is remedied (annual report filed, address corrected …) and the application is made',
            'The authority decides within 2 working days of acceptance (SAMR Order No. 101 said 5 working days).',
          ]
        : [
            '经营异常名录（深市监宝异〔2026〕0342号）：无等待期',
            '（国家市场监督管理总局令第107号第十六条）',
            '导致列入的情形纠正（补报年度报告、变更住所等）并提出申请后即可移出',
            '机关应自受理之日起 2 个工作日内作出决定（原国家市场监督管理总局令第101号规定为 5 个工作日）。',
          ];
    for (const part of expected) await expect(next).toContainText(part);
    await expect(next).not.toContainText(/Listing \d|记录 \d/);
    // The listing's own dates say the same instead of "no dates can be computed".
    await expect(dates).not.toContainText(t.timeline.noDates);
    await expect(dates.getByText(expected[2]!, { exact: false })).toHaveCount(2);
    await shotOf(dates, `events-abnormal-${lang}`);
  });
}
