/**
 * Attached files: uploaded in chunks of raw bytes, hashed as they are written, stored once by SHA-256, recorded against a checklist
 * item in the same transaction as their history entry; never used when their bytes no
 * longer match their hash.
 */
import {
  AttachmentCorruptError,
  AttachmentMissingError,
  AttachmentTooLargeError,
  type PutSource,
} from '../../db/attachments/store';
import { checkFile } from '../../db/attachments/content';
import { statSync } from 'node:fs';
import type { CaseFile } from '../../db/repositories/files';
import { safeFileName, type FileVerdict } from '../../core/files';
import { FileChecker } from '../../jobs/file-checker';
import { eventIdOfItemKey } from '../../core/lifecycle';
import { AppError, notFound } from '../errors';
import type { HandlerContext, HandlerTable } from './context';
import { actorOf, recordHistory } from './context';
import { caseDetail, requireWritableCase } from './cases';
import { caseState, refreshCase } from './refresh';
import { isDecisionItemKey } from './events';

type Channels =
  | 'uploads.begin'
  | 'uploads.chunk'
  | 'uploads.finish'
  | 'uploads.cancel'
  | 'files.read'
  | 'files.remove'
  | 'files.verify';

function requireUpload(ctx: HandlerContext, uploadId: string) {
  const upload = ctx.uploads.get(uploadId);
  if (!upload) throw new AppError('not_found', 'files.uploadUnknown', {}, 'uploadId');
  return upload;
}

export function requireFile(ctx: HandlerContext, id: number): CaseFile {
  const file = ctx.repos.files.get(id);
  if (!file) throw new AppError('not_found', 'error.notFound', { entity: 'file', id });
  return file;
}

/** Reads a stored file, refusing one whose bytes changed or vanished. */
export async function readVerified(
  ctx: HandlerContext,
  sha256: string,
  filename: string,
): Promise<Uint8Array> {
  try {
    return await ctx.store.read(sha256);
  } catch (err) {
    if (err instanceof AttachmentCorruptError)
      throw new AppError('conflict', 'files.corrupt', { filename });
    if (err instanceof AttachmentMissingError)
      throw new AppError('conflict', 'files.missing', { filename });
    throw err;
  }
}

/** Every checklist key of a case: the rule version's documents and the custom items. */
export function checklistKeys(ctx: HandlerContext, caseId: number): string[] {
  return [
    ...caseState(ctx, caseId).required,
    ...ctx.repos.customItems.forCase(caseId).map((i) => i.key),
  ];
}

/**
 * Above this size a file is decoded in a worker thread (jobs/file-checker.ts): a PDF of
 * 100 MB can take the better part of a second to load, which the server thread must not
 * spend; below, handing it over would cost more than the decoding.
 */
const CHECK_IN_WORKER_BYTES = 8 * 1024 * 1024;

/** One checker per place the workers are loaded from (one in any running app). */
const checkers = new Map<string | undefined, FileChecker>();
function checkerOf(ctx: HandlerContext): FileChecker {
  let checker = checkers.get(ctx.bundledJobs);
  if (!checker) checkers.set(ctx.bundledJobs, (checker = new FileChecker(ctx.bundledJobs)));
  return checker;
}

/** Checks a file as a document before it is stored (reads only); a large one in the worker. */
function checkAsDocument(
  ctx: HandlerContext,
  source: PutSource,
  size: number,
  declared: { filename: string; mime: string },
): Promise<FileVerdict> {
  return size > CHECK_IN_WORKER_BYTES && 'path' in source
    ? checkerOf(ctx).check(source.path, declared)
    : checkFile(source, declared);
}

/** Stores bytes (or a finished upload) and attaches them to a checklist item, in one transaction. */
export async function attach(
  ctx: HandlerContext,
  a: {
    caseId: number;
    itemKey: string;
    filename: string;
    mime: string;
    source: PutSource;
    /** The file's check (checkAsDocument), when it was made already. */
    verdict?: FileVerdict;
    /** Rows that belong with the file (a letter's version), written in its transaction. */
    alongside?: (file: CaseFile) => void;
  },
): Promise<CaseFile> {
  // Every way in (uploads, letters) stores a name that cannot disguise the file.
  a = { ...a, filename: safeFileName(a.filename) || 'file' };
  const tooLarge = (limit: number) =>
    new AppError('invalid', 'files.tooLarge', { max: Math.round(limit / 1024 / 1024) }, 'file');
  const size =
    'bytes' in a.source
      ? a.source.bytes.length
      : 'staged' in a.source
        ? a.source.staged.size
        : statSync(a.source.path).size;
  if (size > ctx.store.maxBytes) throw tooLarge(ctx.store.maxBytes);
  // Checked as a document before a byte is stored: a refused file leaves nothing behind.
  const declared = { filename: a.filename, mime: a.mime };
  const verdict = a.verdict ?? (await checkAsDocument(ctx, a.source, size, declared));
  if (!verdict.ok) throw new AppError('invalid', verdict.key, verdict.params, 'file');
  try {
    // Stored and recorded under the hash's lock: a removal of the same content waits.
    return await ctx.store.put(a.source, (stored) =>
      recordFile(
        ctx,
        { ...a, mime: verdict.mime, notEmbeddable: verdict.notEmbeddable },
        stored,
        a.alongside,
      ),
    );
  } catch (err) {
    if (err instanceof AttachmentTooLargeError) throw tooLarge(err.limit);
    throw err;
  }
}

function recordFile(
  ctx: HandlerContext,
  a: Pick<CaseFile, 'caseId' | 'itemKey' | 'filename' | 'mime' | 'notEmbeddable'>,
  put: { sha256: string; size: number },
  alongside?: (file: CaseFile) => void,
): CaseFile {
  return ctx.repos.transaction(() => {
    ctx.repos.files.recordAttachment(put.sha256, put.size);
    const file = ctx.repos.files.add({
      caseId: a.caseId,
      itemKey: a.itemKey,
      sha256: put.sha256,
      filename: a.filename,
      mime: a.mime,
      size: put.size,
      addedBy: actorOf(ctx),
      notEmbeddable: a.notEmbeddable,
    });
    recordHistory(ctx, 'case', a.caseId, 'update', null, { file });
    // A document whose file is attached is in hand; verifying it stays the user's step.
    // Supporting material (a type the packet cannot hold) does not make it received.
    const current = ctx.repos.documents.forCase(a.caseId).find((d) => d.documentId === a.itemKey);
    // A decision's document (item key event-<id>) is no checklist item: it has no status.
    const checklistItem = eventIdOfItemKey(a.itemKey) === null;
    const pending = !current || current.status === 'missing' || current.status === 'requested';
    if (checklistItem && a.notEmbeddable === null && pending) {
      ctx.repos.documents.set(
        a.caseId,
        a.itemKey,
        'received',
        current?.note ?? '',
        actorOf(ctx),
        current?.validUntil ?? '',
      );
    }
    alongside?.(file);
    refreshCase(ctx, a.caseId);
    return file;
  });
}

export const fileHandlers: HandlerTable<Channels> = {
  'uploads.begin': ({ filename, mime, size }, ctx) => {
    const upload = ctx.uploads.begin(filename, mime, size);
    // The checker's thread starts while the bytes travel, ready by the finish.
    if (size > CHECK_IN_WORKER_BYTES) checkerOf(ctx).warm();
    return { uploadId: upload.id };
  },

  'uploads.chunk': async ({ uploadId, index, data }, ctx) => {
    const upload = requireUpload(ctx, uploadId);
    const result = await ctx.uploads.append(upload, index, data);
    if (result !== 'ok') {
      ctx.uploads.drop(uploadId);
      throw new AppError('conflict', 'files.uploadUnknown', {}, 'uploadId');
    }
    return { received: upload.received, size: upload.size };
  },

  'uploads.finish': async ({ uploadId, caseId, itemKey }, ctx) => {
    const upload = requireUpload(ctx, uploadId);
    requireWritableCase(ctx, caseId);
    if (!checklistKeys(ctx, caseId).includes(itemKey) && !isDecisionItemKey(ctx, caseId, itemKey)) {
      throw new AppError('invalid', 'files.unknownItem', { itemKey }, 'itemKey');
    }
    if (upload.received !== upload.size) {
      ctx.uploads.drop(uploadId);
      const { filename, received, size } = upload;
      throw new AppError('conflict', 'files.uploadIncomplete', { filename, received, size });
    }
    try {
      // Every chunk in the file, it is checked while it is flushed to the disk (both only
      // read it). Its name was made safe by the input's schema, as attach would make it.
      await ctx.uploads.written(upload);
      const declared = { filename: upload.filename, mime: upload.mime };
      const completing = ctx.uploads.complete(upload);
      // A sealed upload (an encrypted folder) reads only once its tag is written.
      if (upload.sealing) await completing;
      const [{ path, sha256, size }, verdict] = await Promise.all([
        completing,
        checkAsDocument(ctx, { path: upload.path }, upload.size, declared),
      ]);
      await attach(ctx, {
        caseId,
        itemKey,
        filename: upload.filename,
        mime: upload.mime,
        source: { path, staged: { sha256, size } },
        verdict,
      });
    } finally {
      ctx.uploads.drop(uploadId);
    }
    return caseDetail(ctx, caseId);
  },

  'uploads.cancel': ({ uploadId }, ctx) => {
    ctx.uploads.drop(uploadId);
    return { cancelled: true };
  },

  'files.read': async ({ id }, ctx) => {
    const file = requireFile(ctx, id);
    const bytes = await readVerified(ctx, file.sha256, file.filename);
    return { ...file, data: Buffer.from(bytes).toString('base64') };
  },

  /** The row goes; the stored bytes stay while any other row still points at them. */
  'files.remove': async ({ id }, ctx) => {
    const file = requireFile(ctx, id);
    requireWritableCase(ctx, file.caseId);
    ctx.repos.transaction(() => {
      ctx.repos.files.remove(id);
      recordHistory(ctx, 'case', file.caseId, 'update', { file }, { file: null });
      refreshCase(ctx, file.caseId);
    });
    // The references are counted again under the hash's lock, after any attach of the
    // same bytes in progress has recorded its row. The attachments row stays: removed
    // rows still name the hash in the history.
    await ctx.store.removeUnreferenced(file.sha256);
    return caseDetail(ctx, file.caseId);
  },

  /** Re-hashes every file of a case; a mismatch is reported, never silently used. */
  'files.verify': async ({ id }, ctx) => {
    if (!ctx.repos.cases.get(id)) throw notFound('case', id);
    const files = ctx.repos.files.forCase(id);
    const results = [];
    for (const f of files)
      results.push({
        id: f.id,
        filename: f.filename,
        sha256: f.sha256,
        ...(await ctx.store.verify(f.sha256)),
      });
    return { files: results };
  },
};
