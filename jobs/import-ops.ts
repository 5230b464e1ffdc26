/**
 * An import's work in a worker thread (jobs/import-worker.ts), on its own connection: the
 * preview (the plan checked against what is stored), the dry run and the run (the write
 * path, rolled back or committed), and undoing a batch.
 */
import type { Lang } from '../core/messages';
import { planImport } from '../core/import/plan';
import type { ImportOutcome } from '../core/import/results';
import type { ImportSheet, Mapping } from '../core/import/types';
import { openDatabase, openWritable, type Database } from '../db/connection';
import { createRepositories, type Repositories } from '../db/repositories';
import { undoImport, writeImport, type ImportFileRef } from './import-write';
import { readSpreadsheet } from './import-read';

export type ImportPhase = 'checking' | 'writing' | 'removing';

export type ImportJob =
  | {
      op: 'preview' | 'dryRun' | 'run';
      dataDir: string;
      sheets: ImportSheet[];
      mapping: Mapping;
      mappingKey: string;
      skipped: string[];
      files: ImportFileRef[];
      actor: string;
    }
  | { op: 'undo'; dataDir: string; batchId: number; actor: string; lang: Lang }
  | { op: 'read'; files: { name: string; bytes: Uint8Array }[] };

export type ImportJobResult = ImportOutcome;

/** Every sheet of every file, in the order picked. */
export async function readFiles(
  files: { name: string; bytes: Uint8Array }[],
): Promise<ImportSheet[]> {
  const sheets: ImportSheet[] = [];
  for (const f of files) sheets.push(...(await readSpreadsheet(f.name, f.bytes)));
  return sheets;
}

function planOf(repos: Repositories, job: Extract<ImportJob, { sheets: unknown }>) {
  return planImport(job.sheets, job.mapping, new Set(job.skipped), {
    client: (idNumber) => {
      const c = repos.clients.findByIdNumber(idNumber);
      return c ? { id: c.id, name: c.name, archived: c.archivedAt !== null } : null;
    },
    hasListing: (clientId, regimeId, decisionNo) =>
      repos.imports.hasListing(clientId, regimeId, decisionNo),
  });
}

export async function runImportJob(
  job: ImportJob,
  signal: AbortSignal,
  progress: (phase: ImportPhase, done: number, total: number) => void,
): Promise<ImportJobResult | ImportSheet[]> {
  if (job.op === 'read') return readFiles(job.files);
  const db: Database =
    job.op === 'preview'
      ? openDatabase(job.dataDir, { readOnly: true })
      : openWritable(job.dataDir);
  try {
    const repos = createRepositories(db);
    if (job.op === 'undo') {
      progress('removing', 0, 1);
      undoImport(db, repos, job.batchId, job.actor, job.lang);
      progress('removing', 1, 1);
      return { mode: 'undo', problems: [], counts: null, blocked: false, batchId: job.batchId };
    }
    progress('checking', 0, 1);
    // A cancel sent while the thread started is heard before anything is read or written.
    await new Promise<void>((resolve) => setImmediate(resolve));
    signal.throwIfAborted();
    const plan = planOf(repos, job);
    progress('checking', 1, 1);
    const base = {
      mode: job.op,
      problems: plan.problems,
      counts: plan.counts,
      blocked: plan.blocked,
    };
    if (job.op === 'preview') return { ...base, batchId: null };
    const { batchId } = await writeImport(db, repos, plan, {
      files: job.files,
      actor: job.actor,
      mapping: { key: job.mappingKey, value: job.mapping },
      dryRun: job.op === 'dryRun',
      signal,
      onProgress: (done, total) => progress('writing', done, total),
    });
    if (job.op === 'run') repos.optimize();
    return { ...base, batchId };
  } finally {
    db.close();
  }
}
