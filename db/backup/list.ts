/** The backups of a location, newest first, each with its manifest's facts and last status. */
import { readdir } from 'node:fs/promises';
import { isBackupId, type BackupSummary } from '../../core/backups';
import { backupDir } from './layout';
import { readManifest, readStatus, summarize } from './manifest';

export async function listBackups(location: string): Promise<BackupSummary[]> {
  let names: string[];
  try {
    names = await readdir(location);
  } catch {
    // A location that is not there (a stick not plugged in) simply lists nothing.
    return [];
  }
  const ids = names.filter(isBackupId).sort().reverse();
  return Promise.all(
    ids.map(async (id) => {
      const dir = backupDir(location, id);
      const manifest = await readManifest(dir);
      return summarize(id, location, manifest?.id === id ? manifest : null, await readStatus(dir));
    }),
  );
}

/** Whether a location folder can be read at all (a stick may be unplugged). */
export async function isReachable(location: string): Promise<boolean> {
  return readdir(location).then(
    () => true,
    () => false,
  );
}
