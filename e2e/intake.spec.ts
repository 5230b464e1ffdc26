/**
 * Journey 1 (PRODUCT.md "Intake"): a new user creates a company client, meets the clear
 * error for a wrong code, opens a case with two listings, finds it by part of the name,
 * restarts the app on the same data folder and finds it again. In English and 简体中文.
 */
import { expect, test } from './fixtures';
import { fill, labels, navigate, switchLanguage, type Lang } from './pages';

const CLIENT = {
  name: '杭州青禾食品有限公司',
  code: '91350100M000100Y43',
  wrongCode: '91350100M000100Y44',
};
const SEARCH = '青禾';

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`intake: client, case with two listings, search, restart (${lang})`, async ({ app }) => {
    const t = labels(lang);
    let page = app.page;
    if (lang === 'zh') await switchLanguage(page, 'zh');

    // A first run explains what to do.
    await navigate(page, t.nav.dashboard);
    await expect(page.getByText(t.dashboard.emptyTitle)).toBeVisible();
    await app.shot(`01-empty-dashboard-${lang}`);

    // The client, with a wrong check character first.
    await navigate(page, t.nav.clients);
    await page.getByRole('button', { name: t.common.newClient }).first().click();
    await page.getByRole('radio', { name: t.kind.company }).check();
    await page.getByLabel(t.clientForm.name, { exact: true }).fill(CLIENT.name);
    const code = page.getByLabel(t.clientForm.uscc, { exact: true });
    await code.fill(CLIENT.wrongCode);
    await code.blur();
    const expected = lang === 'en' ? 'should be "3", not "4"' : '应为“3”，而不是“4”';
    await expect(page.getByText(expected)).toBeVisible();
    await expect(code).toHaveAttribute('aria-invalid', 'true');
    await app.shot(`02-client-form-error-${lang}`);
    await code.fill(` ${CLIENT.code.toLowerCase()} `);
    await expect(page.getByText(expected)).toHaveCount(0);
    await page.getByLabel(t.clientForm.legalRep, { exact: true }).fill('王立新');
    await page.getByRole('button', { name: t.clientForm.save }).click();
    await expect(page.getByRole('heading', { level: 1, name: CLIENT.name })).toBeVisible();
    await expect(page.getByText(CLIENT.code)).toBeVisible();

    // The case, with two listings.
    await navigate(page, t.nav.cases);
    await page.getByRole('button', { name: t.common.newCase }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: t.newCase.title })).toBeVisible();
    await page.getByRole('combobox', { name: t.newCase.client, exact: true }).fill(SEARCH);
    await page.getByRole('option', { name: new RegExp(CLIENT.name) }).click();

    const first = page.getByRole('group', { name: fill(t.newCase.listingLegend, { n: 1 }) });
    await fillListing(first, t, {
      regime:
        lang === 'en' ? 'SAMR seriously illegal and dishonest list' : '市场监管 严重违法失信名单',
      authority: '杭州市市场监督管理局',
      decisionNo: '杭市监严〔2025〕12号',
      decisionDate: '2025-06-01',
      listingDate: '2025-06-03',
    });
    await page.getByRole('button', { name: t.newCase.addListing }).click();
    const second = page.getByRole('group', { name: fill(t.newCase.listingLegend, { n: 2 }) });
    await fillListing(second, t, {
      regime:
        lang === 'en'
          ? 'Credit China administrative penalty, general'
          : '信用中国 行政处罚信息（一般）',
      authority: '杭州市西湖区城市管理局',
      decisionNo: '杭西城罚〔2025〕301号',
      decisionDate: '2025-03-10',
    });
    await page.getByLabel(t.newCase.assignee, { exact: true }).fill('李娜');
    await app.shot(`03-new-case-${lang}`);
    await page.getByRole('button', { name: t.newCase.create }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: new RegExp(CLIENT.name) }),
    ).toBeVisible();
    await expect(page.getByText('杭市监严〔2025〕12号', { exact: true })).toBeVisible();
    await expect(page.getByText('杭西城罚〔2025〕301号', { exact: true })).toBeVisible();
    await app.shot(`04-case-page-${lang}`);

    // Found by part of the name…
    await findCase(page, t, () => app.shot(`05-cases-search-${lang}`));

    // …and again after a restart on the same data folder.
    await app.restart();
    page = app.page;
    await findCase(page, t);
  });
}

type Dict = ReturnType<typeof labels>;

async function findCase(
  page: import('@playwright/test').Page,
  t: Dict,
  shot?: () => Promise<void>,
) {
  await navigate(page, t.nav.cases);
  await page
    .getByRole('searchbox', { name: t.cases.search })
    .or(page.getByLabel(t.cases.search, { exact: true }))
    .first()
    .fill(SEARCH);
  await expect(page.getByRole('link', { name: CLIENT.name })).toBeVisible();
  await shot?.();
  await page.getByRole('link', { name: CLIENT.name }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(CLIENT.name) }),
  ).toBeVisible();
}

async function fillListing(
  group: import('@playwright/test').Locator,
  t: Dict,
  l: {
    regime: string;
    authority: string;
    decisionNo: string;
    decisionDate: string;
    listingDate?: string;
  },
) {
  const page = group.page();
  await group.getByRole('combobox', { name: t.listing.regime, exact: true }).click();
  await page.getByRole('option', { name: l.regime, exact: true }).click();
  await group.getByLabel(t.listing.authority, { exact: true }).fill(l.authority);
  await group.getByLabel(t.listing.decisionNo, { exact: true }).fill(l.decisionNo);
  await group.getByLabel(t.listing.decisionDate, { exact: true }).fill(l.decisionDate);
  if (l.listingDate)
    await group.getByLabel(t.listing.listingDate, { exact: true }).fill(l.listingDate);
}
