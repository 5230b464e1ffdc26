/**
 * Settings › Backups (issue 9): back up now with its progress, retention checked as it is
 * typed, a backup to a typed folder (a bad path refused on the field), a damaged backup
 * found by Verify and not restorable, and a restore after its comparison, which brings
 * back what the backup held (its settings too) and keeps a safety copy. The restore step
 * is in 简体中文.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { usccCheckChar } from '../core/ids';
import { translateMessage } from '../core/messages';
import { backupIds, backupRow, openBackups, runJob, templateRe } from './backups-pages';
import { expect, test } from './fixtures';
import {
  api,
  labels,
  navigate,
  SAMR_LISTING,
  sectionOf,
  setUpCase,
  shotOf,
  switchLanguage,
} from './pages';

const code = (base: string) => base + usccCheckChar(base);
const FIRST = { name: '台州椒江机电有限公司', idNumber: code('91331000MA2DDDDD1') };
const LATER = { name: '丽水莲都竹木有限公司', idNumber: code('91331100MA2EEEEE1') };
const msg = (key: string, params: Record<string, string | number> = {}) =>
  translateMessage(`${key}|${JSON.stringify(params)}`, 'en');

test('backups: back up now, retention, to a folder, a damaged one refused, restore compared (zh step)', async ({
  app,
}) => {
  const t = labels('en');
  const page = app.page;
  await api(page, 'settings.update', { notifications: false });
  await setUpCase(page, { client: FIRST, listing: SAMR_LISTING });

  const section = await openBackups(page, t);
  await expect(section.getByText(t.backups.empty)).toBeVisible();

  // Back up now: the progress is shown while it runs, then the backup is listed, verified.
  const sawProgress = await runJob(
    page,
    t,
    'create',
    () => section.getByRole('button', { name: t.backups.backUpNow }).click(),
    t.backups.done.create,
  );
  expect(sawProgress).toBe(true);
  const manual = backupRow(page, t, t.backups.kinds.manual);
  await expect(manual).toContainText(t.backups.state.verified);
  await expect(manual).toContainText('1 client, 1 case, 0 attached files');

  // Retention: checked as it is typed, by the backend's own schema.
  const daily = section.getByRole('textbox', { name: t.backups.retention.daily });
  await daily.fill('0');
  await expect(section.getByText(msg('backups.keep', { min: 1, max: 90 }))).toBeVisible();
  await daily.fill('10');
  await section.getByRole('button', { name: t.backups.retention.save }).click();
  await expect(
    section.getByRole('status').filter({ hasText: t.backups.retention.saved }),
  ).toBeVisible();

  // To a folder: the browser has no folder dialog, so the path is typed and checked.
  const stick = mkdtempSync(join(tmpdir(), 'xiufu-stick-'));
  const folderForm = section.getByRole('form', { name: t.backups.folder.title });
  const path = folderForm.getByRole('textbox', { name: t.backups.folder.path });
  const submit = folderForm.getByRole('button', { name: t.backups.folder.submit });
  await path.fill('usb');
  await submit.click();
  await expect(folderForm.getByText(msg('backups.folderAbsolute'))).toBeVisible();
  await path.fill(join(stick, 'missing'));
  await submit.click();
  await expect(
    folderForm.getByText(msg('backups.folderMissing', { folder: join(stick, 'missing') })),
  ).toBeVisible();
  await path.fill(stick);
  await runJob(page, t, 'create', () => submit.click(), t.backups.done.create);
  const onStick = backupRow(page, t, stick);
  await expect(onStick).toContainText(t.backups.kinds.folder);
  await shotOf(section, 'backups-list-en');

  // A damaged copy: Verify finds it, and it cannot be restored.
  const location = join(stick, 'Xiufu backups');
  const [id] = backupIds(location);
  writeFileSync(join(location, id!, 'xiufu.db'), 'not a database any more');
  await onStick.getByRole('button', { name: templateRe(t.backups.verifyLabel) }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: templateRe(t.backups.done.verifyDamaged) }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(onStick).toContainText(t.backups.state.damaged);
  await expect(
    onStick.getByRole('button', { name: templateRe(t.backups.restoreLabel) }),
  ).toBeDisabled();
  await expect(onStick).toContainText(t.backups.problems.database);

  // The good one verifies.
  await runJob(
    page,
    t,
    'verify',
    () => manual.getByRole('button', { name: templateRe(t.backups.verifyLabel) }).click(),
    t.backups.done.verify,
  );

  // A case added after the backup; the restore is done in Chinese.
  await setUpCase(page, {
    client: LATER,
    listing: { ...SAMR_LISTING, decisionNo: `${SAMR_LISTING.decisionNo}-2` },
  });
  await switchLanguage(page, 'zh');
  const zh = labels('zh');
  const manualZh = backupRow(page, zh, zh.backups.kinds.manual);
  await manualZh.getByRole('button', { name: templateRe(zh.backups.restoreLabel) }).click();
  const dialog = page.getByRole('dialog');
  const facts = dialog.getByRole('table', { name: zh.restoreDialog.caption });
  await expect(
    facts.getByRole('row', { name: new RegExp(`^${zh.restoreDialog.cases}`) }),
  ).toHaveText(`${zh.restoreDialog.cases}12`);
  await expect(dialog.getByText(zh.restoreDialog.safety)).toBeVisible();
  await shotOf(dialog, 'backups-restore-zh');
  await runJob(
    page,
    zh,
    'restore',
    () => dialog.getByRole('button', { name: zh.restoreDialog.confirm }).click(),
    // The restored data brings its own settings: it was backed up in English.
    t.backups.done.restore,
  );
  await expect(page.getByRole('heading', { level: 1, name: t.settings.title })).toBeVisible();
  await expect(backupRow(page, t, t.backups.kinds.preRestore)).toContainText(
    t.backups.state.verified,
  );
  await shotOf(sectionOf(page, t.backups.title), 'backups-restored-en');

  await navigate(page, t.nav.cases);
  await expect(page.getByRole('link', { name: FIRST.name, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: LATER.name, exact: true })).toHaveCount(0);
});
