/**
 * Finding cases (issue 8): a consultant finds a case by its decision number, by its filing
 * reference and by part of a Chinese name; sorts by next date and by client (pinyin:
 * 北京 before 刘 before 厦门); archives a case and restores it from the Archived view,
 * restores a case whose client is archived too (the dialog says so first) and an archived
 * client. In English and 简体中文. Preconditions through the backend; the steps under test
 * through the UI.
 */
import { usccCheckChar } from '../core/ids';
import { expect, test, type Page } from './fixtures';
import { caseRows, showView, sortCases } from './find-pages';
import {
  api,
  caseTab,
  fill,
  labels,
  navigate,
  daysAgo,
  setUpCase,
  switchLanguage,
  type Dict,
  type Lang,
} from './pages';

const uscc = (first17: string) => first17 + usccCheckChar(first17);
const SAMR = { regimeId: 'samr-serious-list' as const, authority: '厦门市市场监督管理局' };

/** Filed long ago and never accepted: its next date is the overdue acceptance deadline. */
const FILED = {
  client: { name: '厦门海风贸易有限公司', idNumber: uscc('91350200MA2DDDDD4') },
  decisionNo: '厦市监严〔2025〕21号',
  reference: 'XMHF-2026-0815',
};
/** Becomes eligible in about three weeks. */
const WAITING = { name: '北京华信科技发展有限公司', idNumber: uscc('91110105MA2EEEEE5') };
/** Eligible since 2025; its next date is the automatic end, next year. */
const ELIGIBLE = { name: '刘建华餐饮有限公司', idNumber: uscc('91350100MA2FFFFF6') };
/** A client without cases, archived and restored from the Clients screen. */
const LONE = { name: '福州闽江贸易有限公司', idNumber: uscc('91350100MA2GGGGG7') };

async function setUp(page: Page) {
  await setUpCase(page, {
    client: FILED.client,
    listing: {
      ...SAMR,
      decisionNo: FILED.decisionNo,
      decisionDate: '2024-05-20',
      listingDate: '2024-06-03',
    },
    documentsIn: true,
    events: [
      {
        type: 'filed',
        date: '2026-01-05',
        channel: 'online',
        reference: FILED.reference,
        overrideReason: '',
      },
    ],
  });
  const listed = daysAgo(345);
  await setUpCase(page, {
    client: WAITING,
    listing: {
      ...SAMR,
      authority: '北京市朝阳区市场监督管理局',
      decisionNo: '京朝市监〔2025〕4号',
      decisionDate: listed,
      listingDate: listed,
    },
    assignee: '王强',
  });
  const eligible = await setUpCase(page, {
    client: ELIGIBLE,
    listing: {
      ...SAMR,
      decisionNo: '厦市监严〔2024〕3号',
      decisionDate: '2024-05-20',
      listingDate: '2024-06-03',
    },
  });
  await api(page, 'clients.create', { kind: 'company', ...LONE });
  return { eligible };
}

async function search(page: Page, t: Dict, text: string) {
  await page.getByLabel(t.cases.search, { exact: true }).fill(text);
}

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`find: search, sort by next date and pinyin, archive and restore (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    const page = app.page;
    if (lang === 'zh') await switchLanguage(page, 'zh');
    const { eligible } = await setUp(page);
    await navigate(page, t.nav.cases);
    const rows = caseRows(page, t);
    await expect(rows).toHaveCount(3);

    // Search by the listing's decision number, by the filing reference, by two characters.
    await search(page, t, FILED.decisionNo);
    await expect(rows).toHaveText([FILED.client.name]);
    await app.shot(`find-decision-number-${lang}`);
    await search(page, t, 'xmhf-2026');
    await expect(rows).toHaveText([FILED.client.name]);
    await search(page, t, '北京');
    await expect(rows).toHaveText([WAITING.name]);
    await search(page, t, '"OR" -*');
    await expect(page.getByText(fill(t.cases.noMatch, { search: '"OR" -*' }))).toBeVisible();
    await search(page, t, '');
    await expect(rows).toHaveCount(3);

    // Next date: the overdue acceptance first, the automatic end next year last.
    await sortCases(page, t, t.find.sortNextDue);
    await expect(rows).toHaveText([FILED.client.name, WAITING.name, ELIGIBLE.name]);
    await expect(
      page.getByRole('row').filter({ hasText: FILED.client.name }).getByRole('cell').nth(5),
    ).toHaveText('2026-01-07');
    await app.shot(`find-sort-next-date-${lang}`);
    await sortCases(page, t, t.find.sortNextDue, t.cases.desc);
    await expect(rows).toHaveText([ELIGIBLE.name, WAITING.name, FILED.client.name]);
    // Client names by pinyin: 北京 (bei) < 刘 (liu) < 厦门 (xia), not by code point.
    await sortCases(page, t, t.cases.sortClient);
    await expect(rows).toHaveText([WAITING.name, ELIGIBLE.name, FILED.client.name]);

    // Archive a case from its page; it leaves the list and waits in the Archived view.
    await rows.filter({ hasText: WAITING.name }).click();
    await page.getByRole('button', { name: t.case.archive }).click();
    await page.getByRole('dialog').getByRole('button', { name: t.common.confirmArchive }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.cases.title })).toBeVisible();
    await expect(rows).toHaveCount(2);
    await showView(page, t, true);
    await expect(rows).toHaveText([WAITING.name]);
    await app.shot(`find-archived-cases-${lang}`);
    await page
      .getByRole('button', { name: fill(t.restore.caseLabel, { name: WAITING.name }) })
      .click();
    await expect(page.getByText(t.find.noArchivedCases)).toBeVisible();
    await showView(page, t, false);
    await expect(rows).toHaveCount(3);

    // A case whose client is archived too: the case page says so and restores both.
    await api(page, 'cases.archive', { id: eligible.id });
    await api(page, 'clients.archive', { id: eligible.clientId });
    await showView(page, t, true);
    await rows.filter({ hasText: ELIGIBLE.name }).click();
    await expect(page.getByText(t.case.archivedNotice)).toBeVisible();
    await page
      .getByRole('button', { name: fill(t.restore.caseLabel, { name: ELIGIBLE.name }) })
      .click();
    const dialog = page.getByRole('dialog', { name: t.restore.bothTitle });
    await expect(dialog).toContainText(ELIGIBLE.name);
    await app.shot(`find-restore-with-client-${lang}`);
    await dialog.getByRole('button', { name: t.restore.bothConfirm }).click();
    await expect(page.getByText(t.case.archivedNotice)).toHaveCount(0);
    await expect(page.getByRole('button', { name: t.case.archive })).toBeVisible();
    await caseTab(page, t, 'history');
    const history = page
      .getByRole('table')
      .filter({ hasText: fill(t.history.restore, { entity: t.history.entity.case }) });
    await expect(history).toBeVisible();

    // An archived client: restored from the Clients screen's Archived view.
    await navigate(page, t.nav.clients);
    await page.getByRole('link', { name: LONE.name }).click();
    await page.getByRole('button', { name: t.clients.archive }).click();
    await page.getByRole('dialog').getByRole('button', { name: t.common.confirmArchive }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.clients.title })).toBeVisible();
    await expect(page.getByRole('link', { name: LONE.name })).toHaveCount(0);
    await showView(page, t, true);
    const clients = page.getByRole('table', { name: t.find.clientsList });
    await expect(clients.getByRole('link')).toHaveText([LONE.name]);
    await app.shot(`find-archived-clients-${lang}`);
    await clients
      .getByRole('button', { name: fill(t.restore.clientLabel, { name: LONE.name }) })
      .click();
    await expect(page.getByText(t.find.noArchivedClients)).toBeVisible();
    await showView(page, t, false);
    await expect(page.getByRole('link', { name: LONE.name })).toBeVisible();
    await expect(page.getByRole('link', { name: ELIGIBLE.name })).toBeVisible();
  });
}
