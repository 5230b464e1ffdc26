/**
 * Reading a backup's manifest and status. Both are files on a disk that may have been
 * damaged or edited, so they are parsed, never trusted: anything that does not parse
 * makes the backup "damaged (manifest)".
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  BACKUP_KINDS,
  type BackupManifest,
  type BackupStatus,
  type BackupSummary,
} from '../../core/backups';
import { checkpointSchema } from '../../core/integrity';
import { MANIFEST, STATUS, writeJsonDurable } from './layout';

const sha = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().nonnegative();

const manifestSchema = z.object({
  format: z.literal(1),
  id: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  app: z.string(),
  dataVersion: count,
  counts: z.object({ clients: count, cases: count, files: count }),
  newestChange: z.string().nullable(),
  database: z.object({ size: count, sha256: sha }).nullable(),
  raw: z.array(z.object({ name: z.string(), size: count, sha256: sha })).nullable(),
  files: z.array(z.object({ sha256: sha, size: count })),
  missing: z.array(z.string()),
  size: count,
  checkpoint: checkpointSchema.nullable().optional(),
}) satisfies z.ZodType<BackupManifest>;

const problem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manifest') }),
  z.object({ kind: z.literal('database'), detail: z.string() }),
  z.object({ kind: z.literal('databaseHash') }),
  z.object({ kind: z.literal('fileMissing'), sha256: z.string() }),
  z.object({ kind: z.literal('fileDamaged'), sha256: z.string() }),
]);

const statusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('verified'), checkedAt: z.string() }),
  z.object({ state: z.literal('damaged'), checkedAt: z.string(), problems: z.array(problem) }),
  z.object({ state: z.literal('raw') }),
  z.object({ state: z.literal('unchecked') }),
]) satisfies z.ZodType<BackupStatus>;

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T | null> {
  try {
    const parsed = schema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function readManifest(dir: string): Promise<BackupManifest | null> {
  return readJson(join(dir, MANIFEST), manifestSchema);
}

export async function readStatus(dir: string): Promise<BackupStatus> {
  return (await readJson(join(dir, STATUS), statusSchema)) ?? { state: 'unchecked' };
}

export async function writeManifest(dir: string, manifest: BackupManifest): Promise<void> {
  await writeJsonDurable(join(dir, MANIFEST), manifest);
}

/** Records a verification's result; a read-only location (a locked stick) just keeps the old one. */
export async function writeStatus(dir: string, status: BackupStatus): Promise<void> {
  await writeJsonDurable(join(dir, STATUS), status).catch(() => undefined);
}

export function summarize(
  id: string,
  location: string,
  manifest: BackupManifest | null,
  status: BackupStatus,
): BackupSummary {
  if (!manifest) {
    const checkedAt =
      status.state === 'damaged' || status.state === 'verified' ? status.checkedAt : '';
    return {
      id,
      location,
      kind: null,
      createdAt: null,
      app: null,
      dataVersion: null,
      counts: null,
      newestChange: null,
      size: 0,
      filesSize: 0,
      missing: 0,
      status: { state: 'damaged', checkedAt, problems: [{ kind: 'manifest' }] },
    };
  }
  return {
    id,
    location,
    kind: manifest.kind,
    createdAt: manifest.createdAt,
    app: manifest.app,
    dataVersion: manifest.raw ? null : manifest.dataVersion,
    counts: manifest.raw ? null : manifest.counts,
    newestChange: manifest.newestChange,
    size: manifest.size,
    filesSize: manifest.files.reduce((sum, f) => sum + f.size, 0),
    missing: manifest.missing.length,
    status,
  };
}
