/**
 * "Export as bundle" (issue 13): the chosen cases with everything that is theirs — the
 * records as JSON, attachment files and packet PDFs, the history of those records — in one
 * `.xiufu` zip with a manifest of every entry's size and SHA-256 (core/bundle/format.ts).
 * Gathered here (a selection's rows), zipped and hashed in a worker thread, kept until the
 * window saves it (read once). Each case's history records the export.
 */
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  casePath,
  CLIENTS_PATH,
  historyPath,
  type BundleCase,
  type BundleClient,
} from '../../core/bundle/format';
import { bundleFileName } from '../../core/bundle/names';
import { safeFileName } from '../../core/files';
import { datedOf } from '../../core/recompute';
import { today } from '../../core/today';
import type { ExportEntry } from '../../jobs/personal-export-job';
import { nowIso } from '../../db/statements';
import { APP_VERSION } from '../app-version';
import { AppError, notFound } from '../errors';
import { cancelArchive, startArchive, takeArchive } from './archive-job';
import type { HandlerContext, HandlerTable } from './context';
import { recordHistory } from './context';
import { caseState } from './refresh';

type Channels = 'bundles.exportStart' | 'bundles.exportCancel' | 'bundles.exportRead';

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** One case's records as the bundle carries them, and the stored files they name. */
function caseEntries(ctx: HandlerContext, id: number) {
  const record = ctx.repos.cases.get(id);
  if (!record) throw notFound('case', id);
  const client = ctx.repos.clients.get(record.clientId)!;
  if (client.erasedAt) throw new AppError('conflict', 'bundle.erasedClient', { id });
  const folder = `cases/${id}`;
  const { evaluation } = caseState(ctx, id);
  const bundle: BundleCase = {
    case: {
      id,
      clientId: record.clientId,
      stage: record.stage,
      assignee: record.assignee,
      notes: record.notes,
      catalogueVersion: record.catalogueVersion,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      archivedAt: record.archivedAt,
    },
    listings: ctx.repos.listings.forCase(id),
    events: ctx.repos.events.forCase(id).map(({ caseId: _, ...e }) => e),
    documents: ctx.repos.documents.forCase(id),
    customItems: ctx.repos.customItems
      .forCase(id)
      .map(({ id: itemId, name, required }) => ({ id: itemId, name, required })),
    files: ctx.repos.files.forCase(id).map(({ caseId: _, ...f }) => ({
      ...f,
      path: `${folder}/files/${f.id}-${safeFileName(f.filename) || 'file'}`,
    })),
    packets: ctx.repos.files.packets(id).map(({ caseId: _, ...p }) => ({
      ...p,
      path: `${folder}/packets/${p.id}-${safeFileName(p.filename) || 'packet.pdf'}`,
    })),
    letters: (['commitment', 'application'] as const).flatMap((kind) =>
      ctx.repos.letterVersions.forCase(id, kind).map(({ caseId: _, ...v }) => v),
    ),
    dates: datedOf(record.catalogueVersion, evaluation).map(({ listingId, kind, date }) => ({
      listingId,
      kind,
      date,
    })),
  };
  const history = [
    ...ctx.repos.history.forCase(id),
    ...ctx.repos.history.forEntity('client', client.id),
  ].sort((a, b) => a.id - b.id);
  const entries: ExportEntry[] = [
    { path: casePath(id), text: json(bundle) },
    { path: historyPath(id), text: json(history) },
    ...[...bundle.files, ...bundle.packets].map((f) => ({ path: f.path, sha256: f.sha256 })),
  ];
  const { id: clientId, kind, name, idNumber, address, legalRep, contacts } = client;
  const bundleClient: BundleClient = {
    ...{ id: clientId, kind, name, idNumber, address, legalRep, contacts },
    ...{ createdAt: client.createdAt, updatedAt: client.updatedAt, archivedAt: client.archivedAt },
  };
  return { client: bundleClient, entries };
}

export const bundleHandlers: HandlerTable<Channels> = {
  /** Answers with a job id; progress and the end arrive as bundle.progress / bundle.done. */
  'bundles.exportStart': ({ caseIds }, ctx) => {
    const ids = [...new Set(caseIds)].sort((a, b) => a - b);
    const gathered = ids.map((id) => caseEntries(ctx, id));
    const clients = [...new Map(gathered.map((g) => [g.client.id, g.client])).values()];
    const filename = bundleFileName(
      gathered.map((g) => g.client.name),
      ids.length,
      today(),
    );
    const manifest = {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      appVersion: APP_VERSION,
      createdAt: nowIso(),
      sourceFolderId: ctx.repos.bundles.folderId(),
      cases: ids.map((id, i) => ({ id, clientName: gathered[i]!.client.name })),
    };
    const entries = [
      { path: CLIENTS_PATH, text: json(clients) },
      ...gathered.flatMap((g) => g.entries),
    ];
    const jobId = startArchive(
      ctx,
      'bundles.exportStart',
      { entries, manifest },
      {
        filename,
        progress: (jobId, done, total) =>
          ctx.events.emit('bundle.progress', { jobId, done, total }),
        made: (bytes) =>
          ctx.repos.transaction(() => {
            for (const id of ids)
              recordHistory(ctx, 'case', id, 'export', null, {
                bundle: filename,
                cases: ids.length,
                bytes: bytes.length,
              });
          }),
        end: (jobId, end) => ctx.events.emit('bundle.done', { jobId, ...end }),
      },
    );
    return { jobId };
  },

  'bundles.exportCancel': ({ jobId }, ctx) => cancelArchive(ctx, jobId),

  'bundles.exportRead': ({ jobId }) => takeArchive(jobId, 'bundle.exportGone'),
};
