/**
 * Encryption at rest (issue 11): a backup made under an older passphrase is restored in
 * Settings › Backups. The dialog asks for that backup's passphrase and says the data keeps
 * today's; a wrong one is refused on its field, the right one restores; after a restart
 * today's passphrase unlocks the restored data. In English and in Chinese.
 */
import { expect, test } from './fixtures';
import { backupRow, openBackups, runJob, templateRe } from './backups-pages';
import { api, choose, labels, navigate, shotOf, type Lang } from './pages';
import type { Page } from '@playwright/test';

const PERSON = { kind: 'person', name: '王小明', idNumber: '11010519491231002X' } as const;
const LATER = { kind: 'person', name: '李四', idNumber: '110101199003077774' } as const;
const OLD = 'west lake in the spring rain';
const NEW = 'autumn moon over the calm lake';

/** Waits for the re-key (or backup) the backend runs to end. */
async function idle(page: Page): Promise<void> {
  await expect
    .poll(async () => (await api(page, 'security.status', {})).running, { timeout: 30_000 })
    .toBeNull();
  await expect
    .poll(async () => (await api(page, 'backups.list', {})).running, { timeout: 30_000 })
    .toBeNull();
}

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`encryption: restore a backup made under another passphrase (${lang})`, async ({ app }) => {
    // Two restarts, three re-keys and a restore on a shared machine.
    test.slow();
    const t = labels(lang);
    const en = labels('en');
    /** A locked folder has no settings to read: the Chinese run switches the unlock screen itself. */
    const unlockScreen = async () => {
      await expect(page.getByRole('heading', { level: 1, name: en.unlock.title })).toBeVisible();
      if (lang === 'zh') await choose(page, en.settings.language, '简体中文');
      await expect(page.getByRole('heading', { level: 1, name: t.unlock.title })).toBeVisible();
    };
    const unlock = async (passphrase: string) => {
      await page.getByLabel(t.unlock.passphrase).fill(passphrase);
      await page.getByRole('button', { name: t.unlock.submit }).click();
    };
    let page = app.page;
    await api(page, 'settings.update', { notifications: false, language: lang });
    await api(page, 'clients.create', PERSON);
    await api(page, 'security.enable', { passphrase: OLD, confirm: OLD });
    await idle(page);
    await api(page, 'backups.create', {});
    await idle(page);
    await api(page, 'security.change', { current: OLD, passphrase: NEW, confirm: NEW });
    await idle(page);
    await api(page, 'clients.create', LATER);

    // A restart: the backend no longer holds the old key.
    await app.restart();
    page = app.page;
    await unlockScreen();
    await unlock(NEW);
    await expect(page.getByRole('navigation')).toBeVisible({ timeout: 30_000 });

    await openBackups(page, t);
    const row = backupRow(page, t, t.backups.kinds.manual);
    await row.getByRole('button', { name: templateRe(t.backups.restoreLabel) }).click();
    const dialog = page.getByRole('dialog');
    const form = dialog.getByRole('form', { name: t.security.restore.title });
    await expect(form.getByText(t.security.restore.keepsCurrent)).toBeVisible();
    const passphrase = form.getByLabel(t.security.restore.passphrase);
    await passphrase.fill(NEW);
    await form.getByRole('button', { name: t.restoreDialog.confirm }).click();
    await expect(
      form.getByText(lang === 'en' ? /not the passphrase of this backup/ : /不是此备份的口令/),
    ).toBeVisible({ timeout: 15_000 });
    // Said on the field itself (its description), not only somewhere in the dialog.
    await expect(passphrase).toHaveAccessibleDescription(
      lang === 'en' ? /not the passphrase of this backup/ : /不是此备份的口令/,
    );
    await shotOf(dialog, `crypt-restore-wrong-${lang}`);

    await passphrase.fill(OLD);
    await runJob(
      page,
      t,
      'restore',
      () => form.getByRole('button', { name: t.restoreDialog.confirm }).click(),
      t.backups.done.restore,
    );
    await expect(dialog).toHaveCount(0);
    const names = async () => (await api(page, 'clients.list', {})).items.map((c) => c.name);
    expect(await names()).toEqual([PERSON.name]);

    // The restored data opens with today's passphrase, not the backup's.
    await app.restart();
    page = app.page;
    await unlockScreen();
    await unlock(OLD);
    await expect(
      page.getByText(lang === 'en' ? /does not unlock this data/ : /无法解锁这些数据/),
    ).toBeVisible();
    await unlock(NEW);
    await expect(page.getByRole('navigation')).toBeVisible({ timeout: 30_000 });
    expect(await names()).toEqual([PERSON.name]);
    await navigate(page, t.nav.clients);
    await expect(page.getByText(PERSON.name).first()).toBeVisible();
    await app.shot(`crypt-restored-clients-${lang}`);
  });
}
