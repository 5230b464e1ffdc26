/**
 * Reads a case bundle and checks it before anything is written (jobs/bundle-read-worker.ts
 * runs it off the server thread): the manifest, every entry's size and SHA-256, no entry
 * missing and none extra, every record's shape and every record against the input schemas,
 * and each file a record names against the record's own hash. The first problem refuses
 * the bundle, named by its entry.
 */
import { createHash } from 'node:crypto';
import { unzipSync, type Unzipped } from 'fflate';
import type { z } from 'zod';
import {
  bundleCase,
  bundleClient,
  bundleHistory,
  casePath,
  CLIENTS_PATH,
  historyPath,
  MANIFEST_PATH,
  manifestSchema,
  type BundleCase,
  type BundleClient,
  type BundleHistory,
  type BundleManifest,
} from '../core/bundle/format';
import { caseProblem, clientProblem, type RecordProblem } from '../core/bundle/check';

export type BundleProblem =
  | { kind: 'notZip' | 'manifestUnreadable' | 'tooNew' }
  | { kind: 'entryMissing' | 'entryAltered' | 'entryExtra' | 'entryUnreadable'; entry: string }
  | { kind: 'record'; problem: RecordProblem }
  | { kind: 'fileMismatch'; entry: string; record: string };

export interface ReadBundle {
  manifest: BundleManifest;
  clients: BundleClient[];
  cases: { record: BundleCase; history: BundleHistory }[];
  /** Every file's bytes, by their SHA-256 (checked). */
  files: Record<string, Uint8Array>;
}

export type ReadResult = { ok: true; bundle: ReadBundle } | { ok: false; problem: BundleProblem };

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

class Refused extends Error {
  constructor(readonly problem: BundleProblem) {
    super(problem.kind);
  }
}

function json<T>(entries: Unzipped, path: string, schema: z.ZodType<T>): T {
  try {
    return schema.parse(
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(entries[path])),
    );
  } catch {
    throw new Refused({ kind: 'entryUnreadable', entry: path });
  }
}

function manifestOf(entries: Unzipped): BundleManifest {
  const raw = entries[MANIFEST_PATH];
  if (!raw) throw new Refused({ kind: 'manifestUnreadable' });
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    throw new Refused({ kind: 'manifestUnreadable' });
  }
  const version = (value as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > 1) throw new Refused({ kind: 'tooNew' });
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) throw new Refused({ kind: 'manifestUnreadable' });
  return parsed.data;
}

/** Every entry the manifest names is there with its size and hash, and nothing else is. */
function checkEntries(entries: Unzipped, manifest: BundleManifest): void {
  const named = new Set<string>([MANIFEST_PATH]);
  for (const e of manifest.entries) {
    const bytes = entries[e.path];
    if (!bytes || named.has(e.path)) throw new Refused({ kind: 'entryMissing', entry: e.path });
    named.add(e.path);
    if (bytes.length !== e.size || sha256Of(bytes) !== e.sha256)
      throw new Refused({ kind: 'entryAltered', entry: e.path });
  }
  for (const path of Object.keys(entries))
    if (!named.has(path) && !path.endsWith('/'))
      throw new Refused({ kind: 'entryExtra', entry: path });
}

function readChecked(bytes: Uint8Array): ReadBundle {
  let entries: Unzipped;
  try {
    entries = unzipSync(bytes);
  } catch {
    throw new Refused({ kind: 'notZip' });
  }
  const manifest = manifestOf(entries);
  checkEntries(entries, manifest);
  for (const path of [
    CLIENTS_PATH,
    ...manifest.cases.flatMap((c) => [casePath(c.id), historyPath(c.id)]),
  ])
    if (!entries[path]) throw new Refused({ kind: 'entryMissing', entry: path });
  const clients = json(entries, CLIENTS_PATH, bundleClient.array());
  for (const client of clients) {
    const problem = clientProblem(client, CLIENTS_PATH);
    if (problem) throw new Refused({ kind: 'record', problem });
  }
  const files: Record<string, Uint8Array> = {};
  const cases = manifest.cases.map(({ id }) => {
    const entry = casePath(id);
    const record = json(entries, entry, bundleCase);
    if (record.case.id !== id) throw new Refused({ kind: 'entryUnreadable', entry });
    const problem = caseProblem(record, entry);
    if (problem) throw new Refused({ kind: 'record', problem });
    const stored = [
      ...record.files.map((f) => ({ ...f, what: `file ${f.id}` })),
      ...record.packets.map((p) => ({ ...p, what: `packet ${p.id}` })),
    ];
    for (const f of stored) {
      const bytes = entries[f.path];
      if (!bytes) throw new Refused({ kind: 'entryMissing', entry: f.path });
      if (sha256Of(bytes) !== f.sha256)
        throw new Refused({ kind: 'fileMismatch', entry: f.path, record: f.what });
      files[f.sha256] = bytes;
    }
    return { record, history: json(entries, historyPath(id), bundleHistory) };
  });
  return { manifest, clients, cases, files };
}

export function readBundle(bytes: Uint8Array): ReadResult {
  try {
    return { ok: true, bundle: readChecked(bytes) };
  } catch (err) {
    if (err instanceof Refused) return { ok: false, problem: err.problem };
    throw err;
  }
}
