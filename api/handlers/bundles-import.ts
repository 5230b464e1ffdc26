/**
 * Importing a case bundle: `bundles.verify` reads the uploaded file in a worker and checks
 * it whole before anything is written (jobs/bundle-read.ts: manifest, hashes, entries,
 * records against the input schemas; here: links, and the dates the rules engine computes
 * here), then answers a summary — cases to add, cases already here, clients matched by
 * code. `bundles.import` writes what that check accepted (api/handlers/bundle-write.ts).
 * Importing the same case again adds nothing: which source case became which case here
 * is recorded (migration 0014), and a newer bundle of it is not merged (the summary says so).
 */
import { randomUUID } from 'node:crypto';
import type { BundleImported, BundleSummary } from '../../core/bundle/inputs';
import { brokenLink } from '../../core/bundle/links';
import { casePath } from '../../core/bundle/format';
import { translateMessage } from '../../core/messages';
import { maskIdNumber } from '../../core/personal/mask';
import type { BundleProblem, ReadResult } from '../../jobs/bundle-read';
import { runWorker } from '../../jobs/run-worker';
import { AppError } from '../errors';
import { checkBundleDates } from './bundle-dates';
import { writeBundle, type BundleSource } from './bundle-write';
import type { HandlerContext, HandlerTable } from './context';

type Channels = 'bundles.verify' | 'bundles.import';

/** Checked bundles awaiting the user's confirmation, by verify id; the oldest goes past four. */
const pending = new Map<string, BundleSource>();
const PENDING_KEEP = 4;

function refusal(ctx: HandlerContext, p: BundleProblem): AppError {
  switch (p.kind) {
    case 'record': {
      const { entry, record, field, message } = p.problem;
      const text = translateMessage(message, ctx.lang);
      return new AppError('invalid', 'bundle.recordInvalid', {
        entry,
        record,
        field,
        message: text,
      });
    }
    case 'fileMismatch':
      return new AppError('invalid', 'bundle.fileMismatch', { entry: p.entry, record: p.record });
    case 'notZip':
    case 'manifestUnreadable':
    case 'tooNew':
      return new AppError('invalid', `bundle.${p.kind}`);
    default:
      return new AppError('invalid', `bundle.${p.kind}`, { entry: p.entry });
  }
}

async function readUpload(ctx: HandlerContext, uploadId: string) {
  const upload = ctx.uploads.get(uploadId);
  if (!upload) throw new AppError('not_found', 'files.uploadUnknown', {}, 'uploadId');
  try {
    if (upload.received !== upload.size) {
      const { filename, received, size } = upload;
      throw new AppError('conflict', 'files.uploadIncomplete', { filename, received, size });
    }
    return await ctx.uploads.contents(upload);
  } finally {
    ctx.uploads.drop(uploadId);
  }
}

function summaryOf(ctx: HandlerContext, verifyId: string, source: BundleSource): BundleSummary {
  const { manifest, clients, cases } = source.bundle;
  const before = new Map(
    ctx.repos.bundles
      .imported(
        manifest.sourceFolderId,
        cases.map((c) => c.record.case.id),
      )
      .map((i) => [i.sourceCase, i]),
  );
  const inCases = new Set(
    cases.filter((c) => !before.has(c.record.case.id)).map((c) => c.record.case.clientId),
  );
  return {
    verifyId,
    filename: source.filename,
    sha256: source.sha256,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    cases: cases.map(({ record }) => {
      const earlier = before.get(record.case.id);
      return {
        sourceId: record.case.id,
        clientName: clients.find((k) => k.id === record.case.clientId)!.name,
        listings: record.listings.length,
        files: record.files.length,
        status: earlier ? 'imported' : 'new',
        ...(earlier && {
          localCaseId: earlier.caseId,
          importedAt: earlier.importedAt,
          newer: manifest.createdAt > earlier.exportedAt,
        }),
      };
    }),
    clients: clients
      .filter((k) => inCases.has(k.id))
      .map((k) => {
        const existing = ctx.repos.clients.findByIdNumber(k.idNumber);
        return {
          name: k.name,
          idNumber: maskIdNumber(k.kind, k.idNumber),
          match: existing ? 'existing' : 'new',
          ...(existing && { localClientId: existing.id }),
        };
      }),
  };
}

export const bundleImportHandlers: HandlerTable<Channels> = {
  'bundles.verify': async ({ uploadId }, ctx) => {
    const { bytes, sha256, filename } = await readUpload(ctx, uploadId);
    const worker = runWorker<ReadResult, 'bundle-read-worker'>(
      'bundle-read-worker',
      { bytes },
      { bundledDir: ctx.bundledJobs },
    );
    const result = await worker.result;
    if (!result.ok) throw refusal(ctx, result.problem);
    const { bundle } = result;
    if (bundle.manifest.sourceFolderId === ctx.repos.bundles.folderId())
      throw new AppError('conflict', 'bundle.sameFolder');
    for (const { record } of bundle.cases) {
      const link = brokenLink(record, bundle.clients);
      if (link)
        throw new AppError('invalid', 'bundle.recordLink', {
          entry: casePath(record.case.id),
          record: link,
        });
      const client = bundle.clients.find((k) => k.id === record.case.clientId)!;
      checkBundleDates(ctx, record, client.name);
    }
    const verifyId = randomUUID();
    const source = { filename, sha256, bundle };
    pending.set(verifyId, source);
    for (const key of [...pending.keys()].slice(0, Math.max(0, pending.size - PENDING_KEEP)))
      pending.delete(key);
    return summaryOf(ctx, verifyId, source);
  },

  'bundles.import': async ({ verifyId }, ctx): Promise<BundleImported> => {
    const source = pending.get(verifyId);
    if (!source) throw new AppError('not_found', 'bundle.verifyGone');
    pending.delete(verifyId);
    // Asked again now: another window may have imported the same bundle meanwhile.
    const { cases } = summaryOf(ctx, verifyId, source);
    const fresh = cases.filter((c) => c.status === 'new').map((c) => c.sourceId);
    const added = fresh.length === 0 ? [] : await writeBundle(ctx, source, fresh);
    return {
      added,
      alreadyHere: cases.flatMap((c) => (c.localCaseId === undefined ? [] : [c.localCaseId])),
    };
  },
};
