/**
 * `npm run restore -- PATH [--yes]`: restores a backup from the command line, for a
 * machine whose app will not start. PATH is a backup's folder, or a folder of backups
 * (then its newest verified one). Says what the backup holds against what is there now,
 * asks (or takes --yes), then does what the app does: verify, keep a safety copy of what
 * is there now, copy missing attachments, swap the database in atomically.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { APP_VERSION } from '../api/app-version';
import { failureMessage, recoveryMessage } from '../api/backup-messages';
import { isBackupId, type BackupSummary } from '../core/backups';
import { openReadOnly } from '../db/backup/check';
import { dataCounts, newestChange } from '../db/backup/facts';
import { backupDir, externalLocation, MANIFEST } from '../db/backup/layout';
import { listBackups } from '../db/backup/list';
import { swapDatabase } from '../db/backup/restore';
import { dataFilePath, inspectDataFile } from '../db/connection';
import { latestVersion } from '../db/migrations';
import { runBackupJob } from '../jobs/backup-ops';
import {
  cliLang,
  countsText,
  dataDirOfEnv,
  finish,
  holdDataFolder,
  progressLine,
  say,
  type Outcome,
} from './cli-folder';
import { unlockForCommand } from './cli-unlock';

const restorable = (b: BackupSummary) =>
  b.status.state === 'verified' && b.dataVersion !== null && b.dataVersion <= latestVersion();

/** The backup PATH names: its own folder, or the newest verified one of a folder of backups. */
async function find(path: string): Promise<BackupSummary | Outcome> {
  const full = resolve(path);
  if (existsSync(join(full, MANIFEST)) && isBackupId(basename(full))) {
    const listed = await listBackups(dirname(full));
    const found = listed.find((b) => b.id === basename(full));
    if (found) return found;
  }
  for (const location of [full, externalLocation(full)]) {
    const listed = await listBackups(location);
    if (listed.length === 0) continue;
    return listed.find(restorable) ?? [1, say('cli.restoreNoVerified', { path: location })];
  }
  return [1, say('cli.restoreNotFound', { path: full })];
}

/** What is in the data folder now, in one line. */
function now(dataDir: string): string {
  const check = inspectDataFile(dataDir);
  if (check.state === 'missing')
    return say('cli.nowFacts', { dataDir, counts: say('cli.noData', { dataDir }) });
  if (check.state === 'bad') {
    const problem = recoveryMessage(
      { file: dataFilePath(dataDir), problem: check.problem },
      cliLang(),
    );
    return say('cli.nowUnusable', { dataDir, problem });
  }
  const reader = openReadOnly(dataFilePath(dataDir));
  try {
    return say('cli.nowFacts', {
      dataDir,
      counts: countsText(dataCounts(reader.db), newestChange(reader.db)),
    });
  } finally {
    reader.close();
  }
}

async function confirmed(dataDir: string, yes: boolean): Promise<boolean | null> {
  if (yes) return true;
  if (!process.stdin.isTTY) return null;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question(say('cli.confirm', { dataDir }))).trim().toLowerCase() === 'yes';
  } finally {
    rl.close();
  }
}

async function restore(dataDir: string, path: string | undefined, yes: boolean): Promise<Outcome> {
  if (!path) return [1, say('cli.restoreUsage')];
  // An encrypted data folder (its safety copy) and an encrypted backup ask for their passphrase.
  await unlockForCommand(dataDir);
  const backup = await find(path);
  if (Array.isArray(backup)) return backup;
  await unlockForCommand(backupDir(backup.location, backup.id));
  const date = backup.createdAt ?? '';
  console.error(
    say('cli.backupFacts', {
      id: backup.id,
      date,
      counts: countsText(backup.counts ?? { clients: 0, cases: 0, files: 0 }, backup.newestChange),
    }),
  );
  console.error(now(dataDir));
  const ok = await confirmed(dataDir, yes);
  if (ok === null) return [1, say('cli.needYes')];
  if (!ok) return [1, say('cli.notConfirmed')];

  const check = inspectDataFile(dataDir);
  const safety = check.state === 'ok' ? 'backup' : check.state === 'bad' ? 'raw' : 'none';
  const job = {
    op: 'restore' as const,
    dataDir,
    location: backup.location,
    id: backup.id,
    app: APP_VERSION,
    supported: latestVersion(),
    safety,
  } as const;
  let result;
  try {
    result = await runBackupJob(job, new AbortController().signal, progressLine());
  } catch (err) {
    return [
      1,
      say('cli.failed', { detail: failureMessage(err, cliLang(), () => undefined, 'restore') }),
    ];
  }
  try {
    swapDatabase(dataDir);
  } catch (err) {
    return [1, say('cli.failed', { detail: err instanceof Error ? err.message : String(err) })];
  }
  return [0, say('cli.restored', { id: backup.id, dataDir, safety: result.safety?.id ?? '—' })];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { yes: { type: 'boolean', default: false } },
});
const dataDir = dataDirOfEnv();
const release = holdDataFolder(dataDir);
await finish(release, () => restore(dataDir, positionals[0], values.yes));
