/**
 * "Export personal data" (PIPL): one zip with everything stored about a client — records
 * as JSON, their files, the history entries that mention them, a readme in both
 * languages. Gathered here (one client's rows), zipped in a worker thread (the files may
 * be large), kept until the window that asked saves it (read once), and logged.
 */
import { exportFileName, exportReadme } from '../../core/personal/export';
import { safeFileName } from '../../core/files';
import { today } from '../../core/today';
import type { CaseDetail } from '../../core/types';
import type { ExportEntry } from '../../jobs/personal-export-job';
import { cancelArchive, startArchive, takeArchive } from './archive-job';
import type { HandlerContext, HandlerTable } from './context';
import { recordHistory } from './context';
import { caseDetail } from './cases';
import { requireClient } from './clients';

type Channels = 'personal.exportStart' | 'personal.exportCancel' | 'personal.exportRead';

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Everything stored about the client, as the archive's entries. */
function entriesOf(ctx: HandlerContext, clientId: number) {
  const client = requireClient(ctx, clientId);
  const files: ExportEntry[] = [];
  const cases = ctx.repos.cases.forClient(clientId).map((summary) => {
    // The case as its page shows it, less what client.json and history.json hold in full.
    const detail: Partial<CaseDetail> = caseDetail(ctx, summary.id);
    delete detail.client;
    delete detail.clientIdNumber;
    delete detail.history;
    const folder = `files/case-${summary.id}`;
    for (const f of ctx.repos.files.forCase(summary.id))
      files.push({ path: `${folder}/${f.id}-${safeFileName(f.filename)}`, sha256: f.sha256 });
    for (const p of detail.packets ?? [])
      files.push({
        path: `${folder}/packets/${p.id}-${safeFileName(p.filename)}`,
        sha256: p.sha256,
      });
    return detail;
  });
  const history = ctx.repos.personal.mentionEntries(clientId);
  const entries: ExportEntry[] = [
    { path: 'README.txt', text: exportReadme(client.name, today()) },
    { path: 'client.json', text: json(client) },
    { path: 'listings.json', text: json(ctx.repos.listings.forClient(clientId)) },
    { path: 'cases.json', text: json(cases) },
    { path: 'history.json', text: json(history) },
    ...files,
  ];
  return {
    client,
    entries,
    counts: { cases: cases.length, files: files.length, historyEntries: history.length },
  };
}

export const personalExportHandlers: HandlerTable<Channels> = {
  /** Answers with a job id; progress and the end arrive as personal.progress / personal.done. */
  'personal.exportStart': ({ id }, ctx) => {
    const { client, entries, counts } = entriesOf(ctx, id);
    const jobId = startArchive(
      ctx,
      'personal.exportStart',
      { entries },
      {
        filename: exportFileName(client.name, today()),
        progress: (jobId, done, total) =>
          ctx.events.emit('personal.progress', { jobId, clientId: id, done, total }),
        made: (bytes) =>
          ctx.repos.transaction(() =>
            recordHistory(ctx, 'client', id, 'export', null, { ...counts, bytes: bytes.length }),
          ),
        end: (jobId, end) => ctx.events.emit('personal.done', { jobId, clientId: id, ...end }),
      },
    );
    return { jobId };
  },

  'personal.exportCancel': ({ jobId }, ctx) => cancelArchive(ctx, jobId),

  /** The finished archive, once: the window saves it as a download. */
  'personal.exportRead': ({ jobId }) => takeArchive(jobId, 'personal.exportGone'),
};
