/**
 * Encryption at rest (issue 11): a person's case is made, encryption is turned on in
 * Settings › Security, the browser shell is restarted: the unlock screen comes first, a
 * wrong passphrase is refused on its field, the right one shows the cases, and no byte of
 * the data folder's database holds the person's ID number. The Chinese run switches the
 * unlock screen's language itself (a locked folder has no settings to read).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { api, choose, labels, navigate, sectionOf, shotOf, type Lang } from './pages';

const PERSON = { kind: 'person', name: '王小明', idNumber: '11010519491231002X' } as const;
const PASSPHRASE = 'west lake in the spring rain';

/** The files of the data folder (not its backups) whose bytes hold `text`. */
function holding(dataDir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((e) => e.isFile() && readFileSync(join(dataDir, e.name)).includes(needle))
    .map((e) => e.name);
}

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`encryption: turn on → restart → unlock → the cases, no ID number on disk (${lang})`, async ({
    app,
  }) => {
    const en = labels('en');
    const t = labels(lang);
    let page = app.page;
    await api(page, 'settings.update', { notifications: false, language: lang });
    const client = await api(page, 'clients.create', PERSON);
    await api(page, 'cases.create', {
      clientId: client.id,
      listings: [
        {
          regimeId: 'cc-penalty-general',
          authority: '北京市朝阳区市场监督管理局',
          decisionNo: '京朝市监罚〔2025〕3号',
          decisionDate: '2025-03-01',
        },
      ],
    });
    expect(holding(app.dataDir, PERSON.idNumber).length).toBeGreaterThan(0);
    await page.reload();

    await navigate(page, t.nav.settings);
    const security = sectionOf(page, t.security.title);
    await expect(security.getByText(t.security.off)).toBeVisible();
    await expect(security.getByText(t.security.lossWarningTitle)).toBeVisible();
    const enable = security.getByRole('form', { name: t.security.enableTitle });
    await enable.getByLabel(t.security.passphrase, { exact: true }).fill('too short');
    await enable.getByLabel(t.security.confirm).fill('too short');
    await enable.getByRole('button', { name: t.security.enable }).click();
    await expect(
      enable.getByText(lang === 'en' ? /at least 10 characters/ : /至少需要 10 个字符/),
    ).toBeVisible();
    await enable.getByLabel(t.security.passphrase, { exact: true }).fill(PASSPHRASE);
    await enable.getByLabel(t.security.confirm).fill(PASSPHRASE);
    await shotOf(security, `crypt-enable-${lang}`);
    await enable.getByRole('button', { name: t.security.enable }).click();
    await expect(security.getByText(t.security.done.enable)).toBeVisible({ timeout: 30_000 });
    await expect(security.getByText(t.security.on)).toBeVisible();
    await expect(security.getByRole('form', { name: t.security.changeTitle })).toBeVisible();
    await shotOf(security, `crypt-on-${lang}`);

    await app.restart();
    page = app.page;
    await expect(page.getByRole('heading', { level: 1, name: en.unlock.title })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    expect(holding(app.dataDir, PERSON.idNumber)).toEqual([]);
    expect(holding(app.dataDir, PERSON.name)).toEqual([]);
    if (lang === 'zh') await choose(page, en.settings.language, '简体中文');
    await expect(page.getByRole('heading', { level: 1, name: t.unlock.title })).toBeVisible();
    await expect(page.getByText(t.unlock.rememberBrowser)).toBeVisible();

    await page.getByLabel(t.unlock.passphrase).fill('not the passphrase');
    await page.getByRole('button', { name: t.unlock.submit }).click();
    await expect(
      page.getByText(lang === 'en' ? /does not unlock this data/ : /无法解锁这些数据/),
    ).toBeVisible();
    await app.shot(`crypt-unlock-wrong-${lang}`);

    await page.getByLabel(t.unlock.passphrase).fill(PASSPHRASE);
    await page.getByRole('button', { name: t.unlock.submit }).click();
    await expect(page.getByRole('navigation')).toBeVisible({ timeout: 30_000 });
    await navigate(page, t.nav.cases);
    await expect(page.getByRole('link', { name: PERSON.name, exact: true })).toBeVisible();
    await app.shot(`crypt-unlocked-cases-${lang}`);
    expect(holding(app.dataDir, PERSON.idNumber)).toEqual([]);
  });
}
