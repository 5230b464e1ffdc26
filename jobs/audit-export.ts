/**
 * The audit log's CSV export, run in a worker thread (jobs/audit-worker.ts) on its own
 * read-only connection: every entry the filters select, newest first, a batch at a time
 * by the same keyset as the screen's pages, so entries added meanwhile (newer than the
 * first batch) stay out and none is written twice. The file is written under a temporary
 * name and renamed when complete; a cancel or a failure removes it.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { auditCsvHeader, auditCsvLines } from '../core/audit/csv';
import type { Lang } from '../core/messages';
import { openDatabase } from '../db/connection';
import { auditRepository, type AuditQuery } from '../db/repositories/audit';

export interface AuditExportJob {
  dataDir: string;
  query: Omit<AuditQuery, 'take' | 'beforeId'>;
  lang: Lang;
  zone: string;
  /** Where the finished file goes (a private folder of the backend's). */
  path: string;
  /** Entries per batch (tests make it small to cross many batches). */
  batch?: number;
}

export interface AuditExportResult {
  entries: number;
  bytes: number;
}

/** Entries read per batch: large enough that the statements cost little, small in memory. */
export const BATCH = 2000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function runAuditExport(
  job: AuditExportJob,
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
): Promise<AuditExportResult> {
  const db = openDatabase(job.dataDir, { readOnly: true });
  const partial = `${job.path}.part`;
  let fd: number | null = null;
  try {
    const audit = auditRepository(db);
    const total = audit.count(job.query);
    onProgress(0, total);
    fd = openSync(partial, 'wx', 0o600);
    let bytes = writeSync(fd, auditCsvHeader(job.lang, job.zone));
    let done = 0;
    let beforeId: number | null = null;
    const take = job.batch ?? BATCH;
    for (;;) {
      signal.throwIfAborted();
      const batch = audit.page({ ...job.query, beforeId, take });
      if (batch.length > 0) bytes += writeSync(fd, auditCsvLines(batch, job.lang, job.zone));
      done += batch.length;
      onProgress(Math.min(done, total), total);
      if (batch.length < take) break;
      beforeId = batch.at(-1)!.id;
      // Lets the thread hear a cancel between batches.
      await nextTurn();
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(partial, job.path);
    return { entries: done, bytes };
  } catch (err) {
    if (fd !== null) closeSync(fd);
    rmSync(partial, { force: true });
    throw err;
  } finally {
    db.close();
  }
}
