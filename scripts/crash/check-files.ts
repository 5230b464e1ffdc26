/**
 * The checks on the data folder's files after a restart (and its start-up sweep): every
 * row's file is there and hashes to its name; nothing else is there. A file no row points
 * at is an orphan, a file under `files/uploads/` an abandoned upload, one under
 * `files/tmp/` (or with a temporary name) a partial write. The folder lock and the backups
 * folder belong to the app and are left out.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { InspectedData } from '../../db/inspect';

export interface FileFindings {
  /** Stored files no live row points at (or files with names the store never makes). */
  orphans: string[];
  /** Abandoned uploads (`files/uploads/`) and temporary files (`files/tmp/`, `*.tmp`). */
  partial: string[];
  /** Files a live row points at that are gone, or whose bytes no longer match their hash. */
  missing: string[];
  corrupt: string[];
}

const HASHED = /^[0-9a-f]{2}\/([0-9a-f]{64})$/;

/** Every file under `dir` (relative, with `/`), leaving out locks and the backups folder. */
function walk(dir: string, root = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (/lock/i.test(entry.name) || entry.name === 'backups') return [];
    if (entry.isDirectory()) return walk(path, root);
    return [relative(root, path).split(sep).join('/')];
  });
}

/** The hashes live rows point at: files still attached and every packet. */
export function referencedHashes(data: InspectedData): Set<string> {
  return new Set([
    ...data.files.filter((f) => !f.removed).map((f) => f.sha256),
    ...data.packets.map((p) => p.sha256),
  ]);
}

export function checkFiles(dataDir: string, referenced: Set<string>): FileFindings {
  const root = join(dataDir, 'files');
  const found: FileFindings = { orphans: [], partial: [], missing: [], corrupt: [] };
  const present = new Set<string>();
  for (const path of walk(root)) {
    const hashed = HASHED.exec(path);
    if (path.startsWith('uploads/') || path.startsWith('tmp/') || /\.tmp$|~$/.test(path))
      found.partial.push(path);
    else if (!hashed || !referenced.has(hashed[1]!)) found.orphans.push(path);
    else present.add(hashed[1]!);
  }
  for (const sha256 of referenced) {
    const path = join(root, sha256.slice(0, 2), sha256);
    if (!present.has(sha256)) found.missing.push(path);
    else if (createHash('sha256').update(readFileSync(path)).digest('hex') !== sha256)
      found.corrupt.push(path);
  }
  return found;
}
