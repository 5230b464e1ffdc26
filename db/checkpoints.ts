/**
 * The checkpoints a verification holds the chain to: those the app handed out (kept in
 * backups/checkpoints.json) and those every backup's manifest recorded — in an external
 * backup folder, outside the data folder's reach. A restore puts an older chain in place
 * on purpose: the checkpoints taken after it are marked superseded then, not alarms.
 */
import { readdir, readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isBackupId } from '../core/backups';
import { checkpointSchema, type Checkpoint } from '../core/integrity';
import { backupDir, defaultLocation, knownLocations, writeJsonDurable } from './backup/layout';
import { readManifest } from './backup/manifest';

const FILE = 'checkpoints.json';
/** Enough to hold the chain to many months of checkpoints; the oldest go first. */
const KEEP = 500;

const fileSchema = z.object({
  handedOut: z.array(checkpointSchema),
  superseded: z.array(checkpointSchema),
});
type Kept = z.infer<typeof fileSchema>;

const same = (a: Checkpoint, b: Checkpoint) => a.id === b.id && a.hash === b.hash;

async function read(dataDir: string): Promise<Kept> {
  try {
    const text = await readFile(join(defaultLocation(dataDir), FILE), 'utf8');
    return fileSchema.parse(JSON.parse(text));
  } catch {
    return { handedOut: [], superseded: [] };
  }
}

async function write(dataDir: string, kept: Kept): Promise<void> {
  mkdirSync(defaultLocation(dataDir), { recursive: true });
  await writeJsonDurable(join(defaultLocation(dataDir), FILE), kept);
}

/** Keeps a checkpoint the user was given (or brought back), once. */
export async function rememberCheckpoint(dataDir: string, cp: Checkpoint): Promise<void> {
  const kept = await read(dataDir);
  if (kept.handedOut.some((k) => same(k, cp))) return;
  kept.handedOut = [...kept.handedOut, cp].sort((a, b) => a.id - b.id).slice(-KEEP);
  await write(dataDir, kept);
}

/** The checkpoints of every backup's manifest in every location the app knows. */
async function fromBackups(dataDir: string): Promise<Checkpoint[]> {
  const found: Checkpoint[] = [];
  for (const location of await knownLocations(dataDir)) {
    const names = await readdir(location).catch(() => [] as string[]);
    for (const id of names.filter(isBackupId)) {
      const cp = (await readManifest(backupDir(location, id)))?.checkpoint;
      if (cp) found.push(cp);
    }
  }
  return found;
}

/** Every checkpoint the chain must still hold, but those a restore superseded. */
export async function knownCheckpoints(dataDir: string): Promise<Checkpoint[]> {
  const kept = await read(dataDir);
  const all = [...kept.handedOut, ...(await fromBackups(dataDir))];
  const unique = all.filter((cp, i) => all.findIndex((o) => same(o, cp)) === i);
  return unique.filter((cp) => !kept.superseded.some((s) => same(s, cp)));
}

/** After a restore: the checkpoints the restored chain does not hold are set aside. */
export async function supersede(
  dataDir: string,
  holds: (cp: Checkpoint) => boolean,
): Promise<void> {
  const kept = await read(dataDir);
  const gone = (await knownCheckpoints(dataDir)).filter((cp) => !holds(cp));
  if (gone.length === 0) return;
  kept.superseded = [...kept.superseded, ...gone].slice(-KEEP * 4);
  kept.handedOut = kept.handedOut.filter((k) => !gone.some((g) => same(g, k)));
  await write(dataDir, kept);
}
