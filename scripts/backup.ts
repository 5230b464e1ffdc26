/**
 * `npm run backup [-- --to PATH]`: a verified backup of the data folder from the command
 * line, for a machine whose app will not start. Into <data folder>/backups, or into
 * PATH/Xiufu backups (a USB stick). A data file that cannot be opened gets a raw copy.
 * One line out; exit 0 for a verified backup, 1 otherwise.
 */
import { parseArgs } from 'node:util';
import { APP_VERSION } from '../api/app-version';
import { checkBackupFolder } from '../api/backup-folders';
import { problemText, recoveryMessage } from '../api/backup-messages';
import { createBackup } from '../db/backup/create';
import { defaultLocation, externalLocation, rememberLocation } from '../db/backup/layout';
import { rawCopy } from '../db/backup/raw';
import { dataFilePath, inspectDataFile } from '../db/connection';
import {
  cliLang,
  countsText,
  dataDirOfEnv,
  finish,
  holdDataFolder,
  progressLine,
  say,
  sizeText,
  type Outcome,
} from './cli-folder';
import { unlockForCommand } from './cli-unlock';

async function backup(dataDir: string, to: string | undefined): Promise<Outcome> {
  const location =
    to === undefined
      ? defaultLocation(dataDir)
      : externalLocation(await checkBackupFolder(to, dataDir));
  await unlockForCommand(dataDir);
  const check = inspectDataFile(dataDir);
  if (check.state === 'missing') return [1, say('cli.noData', { dataDir })];
  const app = APP_VERSION;
  if (check.state === 'bad') {
    const raw = await rawCopy({
      dataDir,
      location,
      kind: 'manual',
      app,
      onProgress: progressLine(),
    });
    const problem = recoveryMessage(
      { file: dataFilePath(dataDir), problem: check.problem },
      cliLang(),
    );
    return [1, say('cli.rawCopy', { problem, path: `${location}/${raw.id}` })];
  }
  const kind = to === undefined ? 'manual' : 'folder';
  const made = await createBackup({ dataDir, location, kind, app, onProgress: progressLine() });
  if (kind === 'folder') await rememberLocation(dataDir, location);
  if (made.status.state === 'damaged') {
    const problems = made.status.problems.map((p) => problemText(p, cliLang())).join('; ');
    return [1, say('cli.backupDamaged', { id: made.id, location, problems: `${problems}.` })];
  }
  const counts = countsText(made.counts!, made.newestChange);
  return [0, say('cli.backedUp', { id: made.id, counts, size: sizeText(made.size), location })];
}

const { values } = parseArgs({ options: { to: { type: 'string' } } });
const dataDir = dataDirOfEnv();
const release = holdDataFolder(dataDir);
await finish(release, () => backup(dataDir, values.to));
