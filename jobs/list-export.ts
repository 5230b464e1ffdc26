/**
 * Exporting a list (cases, clients, reviewer queue, calendar, audit log) to CSV or .xlsx,
 * run in a worker thread (jobs/list-export-worker.ts) on its own read-only connection:
 * every row the list's selection holds, a batch at a time by the list's own keyset, so
 * none is written twice. The file is written under a temporary name and renamed when
 * complete; a cancel or a failure removes it. A selection with no row leaves no file.
 */
import { renameSync } from 'node:fs';
import type { ExportFormat } from '../core/export';
import { translateMessage, type Lang } from '../core/messages';
import { openDatabase } from '../db/connection';
import { createRepositories } from '../db/repositories';
import { exportSource, type Batch, type ExportSelection } from './export/sources';
import { openWriter } from './export/writers';

export interface ListExportJob {
  dataDir: string;
  selection: ExportSelection;
  format: ExportFormat;
  lang: Lang;
  zone: string;
  /** Where the finished file goes (a private folder of the backend's). */
  path: string;
  /** Items per batch (tests make it small to cross many batches). */
  batch?: number;
}

export interface ListExportResult {
  /** Items of the list exported (0: nothing to export, and no file). */
  items: number;
  bytes: number;
}

/** Items read per batch: large enough that the statements cost little, small in memory. */
export const BATCH = 1000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function runListExport(
  job: ListExportJob,
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
): Promise<ListExportResult> {
  const db = openDatabase(job.dataDir, { readOnly: true });
  try {
    const source = exportSource(createRepositories(db), job.selection, job.lang, job.zone);
    const take = job.batch ?? BATCH;
    // A part of a list may be empty and the next not (the queue's deadlines, then its
    // stopped clocks): nothing to export only when the whole list is read and held nothing.
    let first = source.next(take);
    while (first.items === 0 && first.more) first = source.next(take);
    if (first.items === 0) return { items: 0, bytes: 0 };
    let total = source.total;
    onProgress(0, total);
    const partial = `${job.path}.part`;
    const sheet = translateMessage(`export.sheet.${job.selection.list}`, job.lang);
    const writer = openWriter(job.format, partial, source.columns, sheet);
    try {
      let done = 0;
      for (let next: Batch | null = first; next;) {
        signal.throwIfAborted();
        await writer.rows(next.rows);
        done += next.items;
        // Rows added since the count are exported too (they match): the total follows.
        total = Math.max(total, done);
        onProgress(done, total);
        // Lets the thread hear a cancel between batches.
        await nextTurn();
        next = next.more ? source.next(take) : null;
      }
      signal.throwIfAborted();
      const bytes = await writer.finish();
      renameSync(partial, job.path);
      return { items: done, bytes };
    } catch (err) {
      await writer.abort();
      throw err;
    }
  } finally {
    db.close();
  }
}
