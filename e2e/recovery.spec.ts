/**
 * Recovery (issue 9): cases are made, backed up from Settings › Backups, then the data
 * file is cut to zero bytes while the browser shell is stopped (as a crash or a full disk
 * can). The next start shows the recovery screen, which says what is wrong and where;
 * restoring the latest backup (after its comparison) brings the cases back. The Chinese
 * run switches the recovery screen's language itself (it has no settings to read).
 */
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { usccCheckChar } from '../core/ids';
import { openBackups, runJob, templateRe } from './backups-pages';
import { expect, test } from './fixtures';
import { api, choose, labels, navigate, SAMR_LISTING, setUpCase, shotOf, type Lang } from './pages';

const code = (base: string) => base + usccCheckChar(base);
const CLIENTS = [
  { name: '温州瓯江制衣有限公司', idNumber: code('91330300MA2BBBBB1') },
  { name: '嘉兴南湖印染有限公司', idNumber: code('91330400MA2CCCCC1') },
];

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`recovery: a zero-length data file → recovery screen → latest backup restored (${lang})`, async ({
    app,
  }) => {
    const en = labels('en');
    const t = labels(lang);
    let page = app.page;
    await api(page, 'settings.update', { notifications: false, language: lang });
    await page.reload();
    for (const [i, client] of CLIENTS.entries()) {
      await setUpCase(page, {
        client,
        listing: { ...SAMR_LISTING, decisionNo: `${SAMR_LISTING.decisionNo}-${i + 1}` },
      });
    }

    await openBackups(page, t);
    await runJob(
      page,
      t,
      'create',
      () => page.getByRole('button', { name: t.backups.backUpNow }).click(),
      t.backups.done.create,
    );

    await app.restart(() => truncateSync(join(app.dataDir, 'xiufu.db'), 0));
    page = app.page;

    // No settings can be read: the screen starts in the browser's language (English).
    await expect(page.getByRole('heading', { level: 1, name: en.recovery.title })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    if (lang === 'zh') await choose(page, en.recovery.language, '简体中文');
    await expect(page.getByRole('heading', { level: 1, name: t.recovery.title })).toBeVisible();
    const file = join(app.dataDir, 'xiufu.db');
    await expect(page.getByText(file, { exact: false }).first()).toBeVisible();
    await expect(
      page.getByText(lang === 'en' ? /is empty \(0 bytes\)/ : /为空（0 字节）/),
    ).toBeVisible();
    await expect(page.getByText(t.recovery.browserCommand)).toBeVisible();
    await expect(page.getByRole('button', { name: t.recovery.quit })).toBeVisible();
    await app.shot(`recovery-screen-${lang}`);

    await page.getByRole('button', { name: t.recovery.restoreLatest }).click();
    const dialog = page.getByRole('dialog');
    await expect(
      dialog.getByRole('heading', { name: templateRe(t.restoreDialog.title) }),
    ).toBeVisible();
    const facts = dialog.getByRole('table', { name: t.restoreDialog.caption });
    const row = (name: string) => facts.getByRole('row', { name: new RegExp(`^${name}`) });
    await expect(row(t.restoreDialog.cases)).toContainText(`2${t.restoreDialog.unreadable}`);
    await expect(dialog.getByText(t.restoreDialog.safetyRaw)).toBeVisible();
    await shotOf(dialog, `recovery-restore-${lang}`);

    await dialog.getByRole('button', { name: t.restoreDialog.confirm }).click();
    // The normal screens follow by themselves, in the restored settings' language.
    await expect(page.getByRole('navigation')).toBeVisible({ timeout: 30_000 });
    await navigate(page, t.nav.cases);
    for (const client of CLIENTS) {
      await expect(page.getByRole('link', { name: client.name, exact: true })).toBeVisible();
    }
    await app.shot(`recovery-restored-${lang}`);
  });
}
