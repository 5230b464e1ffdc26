/**
 * Where backups live. A location is a folder of backups sharing one pool of attachments:
 *   <location>/pool/<2 hex>/<sha256>   each attachment once, whatever backup holds it
 *   <location>/<id>/xiufu.db           the database as it was (self-contained, no WAL)
 *   <location>/<id>/manifest.json      what the backup holds (see core/backups/types.ts)
 *   <location>/<id>/status.json        the last verification's result
 *   <location>/.partial-<id>/          a backup being written; never listed
 * The data folder's own location is <dataDir>/backups; a folder the user picks gets a
 * "Xiufu backups" folder inside it. Those are remembered in backups/locations.json.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { fsyncDir } from '../attachments/fs-sync';
import { syncFile } from './durable';

export const BACKUPS_DIR = 'backups';
export const EXTERNAL_DIR = 'Xiufu backups';
export const MANIFEST = 'manifest.json';
export const STATUS = 'status.json';
export const PARTIAL_PREFIX = '.partial-';
const LOCATIONS = 'locations.json';

export const defaultLocation = (dataDir: string): string => join(resolve(dataDir), BACKUPS_DIR);
export const externalLocation = (folder: string): string => join(resolve(folder), EXTERNAL_DIR);
export const backupDir = (location: string, id: string): string => join(location, id);
export const partialDir = (location: string, id: string): string =>
  join(location, PARTIAL_PREFIX + id);
export const poolDir = (location: string): string => join(location, 'pool');
export const poolFile = (location: string, sha256: string): string =>
  join(location, 'pool', sha256.slice(0, 2), sha256);

const locationsSchema = z.object({ external: z.array(z.string()) });

/** The data folder's own location first, then every other folder backed up to. */
export async function knownLocations(dataDir: string): Promise<string[]> {
  const own = defaultLocation(dataDir);
  let external: string[] = [];
  try {
    const text = await readFile(join(own, LOCATIONS), 'utf8');
    external = locationsSchema.parse(JSON.parse(text)).external;
  } catch {
    // None remembered yet, or an unreadable list: the own location is always there.
  }
  return [own, ...external.filter((l) => l !== own)];
}

export async function rememberLocation(dataDir: string, location: string): Promise<void> {
  const known = await knownLocations(dataDir);
  if (known.includes(location)) return;
  const own = defaultLocation(dataDir);
  mkdirSync(own, { recursive: true });
  await writeJsonDurable(join(own, LOCATIONS), { external: [...known.slice(1), location] });
}

/** Write to a temporary name, fsync, rename: a reader sees the old file or the new one. */
export async function writeJsonDurable(file: string, value: unknown): Promise<void> {
  const temp = `${file}.tmp`;
  await writeFile(temp, JSON.stringify(value, null, 2) + '\n');
  await syncFile(temp);
  await rename(temp, file);
  await fsyncDir(join(file, '..'));
}
