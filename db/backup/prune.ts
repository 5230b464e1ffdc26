/**
 * Retention in the data folder's own location: removes the automatic backups the policy
 * does not keep (core/backups/retention.ts), then the pooled files no remaining backup
 * refers to, then what a crash left behind (.partial-* folders, pool temp files).
 * Runs only while no other backup work runs in this location.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { backupsToPrune, type Retention } from '../../core/backups';
import { backupDir, PARTIAL_PREFIX, poolDir } from './layout';
import { listBackups } from './list';
import { readManifest } from './manifest';

async function entries(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

export async function pruneBackups(
  location: string,
  policy: Retention,
  zone: string,
  /** Backups that must stay whatever the policy says (the one just restored, say). */
  protect: readonly string[] = [],
): Promise<string[]> {
  const all = await listBackups(location);
  const doomed = backupsToPrune(all, policy, zone).filter((id) => !protect.includes(id));
  for (const id of doomed) await rm(backupDir(location, id), { recursive: true, force: true });

  const referenced = new Set<string>();
  for (const b of all.filter((x) => !doomed.includes(x.id))) {
    const manifest = await readManifest(backupDir(location, b.id));
    // A backup whose manifest cannot be read pins the whole pool: nothing is removed blindly.
    if (!manifest) return doomed;
    for (const f of manifest.files) referenced.add(f.sha256);
  }
  const pool = poolDir(location);
  for (const sub of await entries(pool)) {
    if (sub === 'tmp') {
      await rm(join(pool, sub), { recursive: true, force: true });
      continue;
    }
    for (const name of await entries(join(pool, sub))) {
      if (!referenced.has(name)) await rm(join(pool, sub, name), { force: true });
    }
  }
  for (const name of await entries(location)) {
    if (name.startsWith(PARTIAL_PREFIX))
      await rm(join(location, name), { recursive: true, force: true });
  }
  return doomed;
}
