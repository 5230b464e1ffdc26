/**
 * A data folder opened read-only (issue 9): every screen says so, and why, and what to
 * do; the cases are all there; a change is refused with a message that says the folder
 * is read-only, not "something went wrong"; started normally again, everything works.
 * In English and 简体中文. The folder is opened read-only as XIUFU_READ_ONLY asks (the
 * tests may run as root, who can write anywhere; a folder that truly cannot be written
 * is met in web/owner.real.test.ts). The client is set up through the backend; the steps
 * under test use the UI.
 */
import { expect, test } from './fixtures';
import { api, fill, labels, navigate, switchLanguage, type Lang } from './pages';

const CLIENT = {
  kind: 'company' as const,
  name: '福州闽江贸易有限公司',
  idNumber: '91350100M000100Y43',
};
const OTHER = { name: '厦门鹭岛食品有限公司', idNumber: '91350200M000200Y2R' };

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`owner: a read-only folder says so on every screen and refuses changes clearly (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    const page = app.page;
    if (lang === 'zh') await switchLanguage(page, 'zh');
    await api(page, 'clients.create', CLIENT);

    process.env.XIUFU_READ_ONLY = '1';
    try {
      await app.restart();
    } finally {
      delete process.env.XIUFU_READ_ONLY;
    }

    const banner = app.page.getByRole('status', { name: t.readOnly.title });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(fill(t.readOnly.requested, { dataDir: app.dataDir }));
    await navigate(app.page, t.nav.clients);
    await expect(app.page.getByRole('link', { name: CLIENT.name })).toBeVisible();
    await expect(banner).toBeVisible();
    await app.shot(`owner-read-only-${lang}`);

    await app.page.getByRole('button', { name: t.common.newClient }).first().click();
    await app.page.getByRole('radio', { name: t.kind.company }).check();
    await app.page.getByLabel(t.clientForm.name, { exact: true }).fill(OTHER.name);
    await app.page.getByLabel(t.clientForm.uscc, { exact: true }).fill(OTHER.idNumber);
    await app.page.getByRole('button', { name: t.clientForm.save }).click();
    const refusal = app.page.getByRole('alert');
    await expect(refusal).toContainText(t.refusalTitle.read_only);
    await expect(refusal).toContainText('XIUFU_READ_ONLY');
    await app.shot(`owner-read-only-refused-${lang}`);

    // Started as usual again: no banner, and the same change goes through.
    await app.restart();
    await navigate(app.page, t.nav.clients);
    await expect(app.page.getByRole('link', { name: CLIENT.name })).toBeVisible();
    await expect(app.page.getByRole('status', { name: t.readOnly.title })).toHaveCount(0);
    await app.page.getByRole('button', { name: t.common.newClient }).first().click();
    await app.page.getByRole('radio', { name: t.kind.company }).check();
    await app.page.getByLabel(t.clientForm.name, { exact: true }).fill(OTHER.name);
    await app.page.getByLabel(t.clientForm.uscc, { exact: true }).fill(OTHER.idNumber);
    await app.page.getByRole('button', { name: t.clientForm.save }).click();
    await expect(app.page.getByRole('heading', { level: 1, name: OTHER.name })).toBeVisible();
  });
}
