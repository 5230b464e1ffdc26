/**
 * Personal data under the owner's control (issue 11): a person's ID-card number is masked
 * in the client list; Settings lists them as due for erasure under a retention of two
 * years; their page reveals the number on demand; their data is exported as one archive
 * (read back here); erasing asks for a reason and the typed name, then the client reads
 * "Erased client" everywhere. In English and 简体中文. Preconditions through the backend;
 * the steps under test through the UI.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, test, type Page } from './fixtures';
import { api, fill, labels, navigate, shotOf, switchLanguage, type Lang } from './pages';

const PERSON = {
  kind: 'person' as const,
  name: '张三丰',
  idNumber: '11010519491231002X',
  address: '杭州市西湖区文三路 1 号',
};
const MASKED = '1101**********002X';

/** The person's one case, withdrawn on 2024-07-01: due for erasure with a two-year retention. */
async function setUp(page: Page) {
  const client = await api(page, 'clients.create', PERSON);
  const c = await api(page, 'cases.create', {
    clientId: client.id,
    listings: [
      {
        regimeId: 'samr-serious-list',
        authority: '杭州市市场监督管理局',
        decisionNo: '杭市监严〔2024〕8号',
        decisionDate: '2024-05-20',
        listingDate: '2024-06-03',
      },
    ],
  });
  await api(page, 'events.add', {
    caseId: c.id,
    type: 'withdrawn',
    date: '2024-07-01',
    reason: '',
  });
}

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`a person: ID masked, due under retention, revealed, exported and erased (${lang})`, async ({
    app,
  }) => {
    const { page } = app;
    const t = labels(lang);
    await setUp(page);
    if (lang === 'zh') await switchLanguage(page, 'zh');

    await navigate(page, t.nav.clients);
    const list = page.getByRole('table', { name: t.find.clientsList });
    await expect(list.getByRole('row', { name: new RegExp(PERSON.name) })).toContainText(MASKED);
    await expect(list).not.toContainText(PERSON.idNumber);
    await app.shot(`personal-masked-list-${lang}`);

    // Settings › Personal data retention: two years lists the person (withdrawn 2024-07-01).
    await navigate(page, t.nav.settings);
    const retention = page.getByRole('region', { name: t.personal.retention.title });
    await expect(retention.getByText(t.personal.retention.off)).toBeVisible();
    await retention.getByRole('textbox', { name: t.personal.retention.years }).fill('2');
    await retention.getByRole('button', { name: t.personal.retention.save }).click();
    const due = retention.getByRole('list', { name: t.personal.retention.dueList });
    await expect(due.getByRole('link', { name: PERSON.name })).toBeVisible();
    await shotOf(retention, `personal-retention-${lang}`);
    await due.getByRole('link', { name: PERSON.name }).click();
    await expect(page.getByRole('heading', { level: 1, name: PERSON.name })).toBeVisible();
    await expect(page.getByText(MASKED)).toBeVisible();
    await page.getByRole('button', { name: t.personal.revealLabel }).click();
    await expect(page.getByText(PERSON.idNumber)).toBeVisible();
    // The reveal is in the client's history: who and when.
    await expect(
      page.getByText(fill(t.history.reveal, { entity: t.history.entity.client })),
    ).toBeVisible();
    await app.shot(`personal-revealed-${lang}`);

    // Editing needs the whole number: the form asks for it as it opens (a reveal, logged).
    await page.getByRole('button', { name: t.clients.edit, exact: true }).click();
    await expect(page.getByRole('textbox', { name: t.clientForm.idCard })).toHaveValue(
      PERSON.idNumber,
    );
    await page.getByRole('button', { name: t.common.cancel }).click();
    await expect(page.getByRole('heading', { level: 1, name: PERSON.name })).toBeVisible();
    await expect(
      page.getByText(fill(t.history.reveal, { entity: t.history.entity.client })),
    ).toHaveCount(2);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t.personal.export.button }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const zip = unzipSync(readFileSync(await download.path()));
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining(['README.txt', 'client.json', 'cases.json', 'history.json']),
    );
    // The person's own copy holds the whole number.
    expect(JSON.parse(new TextDecoder().decode(zip['client.json']))).toMatchObject(PERSON);
    await expect(
      page.getByRole('status').filter({ hasText: download.suggestedFilename() }),
    ).toBeVisible();
    await expect(
      page.getByText(fill(t.history.export, { entity: t.history.entity.client })),
    ).toBeVisible();
    await app.shot(`personal-exported-${lang}`);

    await page.getByRole('button', { name: t.personal.erase.button }).click();
    const dialog = page.getByRole('dialog', {
      name: fill(t.personal.erase.title, { name: PERSON.name }),
    });
    await expect(dialog.getByText(t.personal.erase.touches)).toBeVisible();
    await dialog.getByRole('textbox', { name: t.personal.erase.reason }).fill('本人书面申请');
    await dialog.getByRole('textbox', { name: t.personal.erase.confirm }).fill('张三');
    await dialog.getByRole('button', { name: t.personal.erase.submit }).click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    await dialog.getByRole('textbox', { name: t.personal.erase.confirm }).fill(PERSON.name);
    await app.shot(`personal-erase-dialog-${lang}`);
    await dialog.getByRole('button', { name: t.personal.erase.submit }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: t.personal.erasedClient }),
    ).toBeVisible();
    await expect(page.getByText(PERSON.name)).toHaveCount(0);
    // The history keeps every entry in place, its content gone, and the erasure's reason.
    await expect(page.getByText(t.history.erased.split('{{')[0]!).first()).toBeVisible();
    await expect(page.getByText(/本人书面申请/)).toBeVisible();
    await app.shot(`personal-erased-${lang}`);

    await navigate(page, t.nav.clients);
    await expect(list.getByRole('link', { name: t.personal.erasedClient })).toBeVisible();
    await navigate(page, t.nav.cases);
    await expect(page.getByRole('link', { name: t.personal.erasedClient })).toBeVisible();
    await expect(page.getByText(PERSON.name)).toHaveCount(0);
  });
}
