/**
 * Sends one file to the backend in chunks of raw bytes (uploads.begin / chunk, then finish
 * or another channel that takes the upload),
 * the same channels in both shells: an IPC Uint8Array in the desktop app, an HTTP body in
 * the browser shell. Reports bytes sent; an abort cancels the upload so nothing is kept.
 */
import type { ApiError } from '../../api/contract';
import { UPLOAD_CHUNK_BYTES, uploadBeginInput } from '../../core/documents';
import { translateMessage } from '../../core/messages';
import type { CaseDetail } from '../../core/types';
import { currentLang } from '../i18n';
import { call } from './api';

export type UploadOutcome =
  | { ok: true; detail: CaseDetail }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled?: false; error: ApiError };

export interface UploadTarget {
  caseId: number;
  itemKey: string;
}

/** Checks a file against the backend's own rules (size limit, name) before any byte is sent. */
export function checkFile(file: File): ApiError | null {
  const parsed = uploadBeginInput.safeParse({
    filename: file.name,
    mime: file.type || 'application/octet-stream',
    size: file.size,
  });
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return {
    code: 'invalid',
    field: String(issue?.path[0] ?? 'file'),
    message: translateMessage(issue?.message ?? 'field.invalid', currentLang()),
  };
}

export type StageOutcome =
  | { ok: true; uploadId: string }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled?: false; error: ApiError };

/**
 * Sends the file's bytes (uploads.begin / chunk); the upload then waits for the channel
 * that takes it in whole (a case's checklist item, a bundle to check).
 */
export async function stageUpload(
  file: File,
  onProgress: (sent: number) => void,
  signal: AbortSignal,
): Promise<StageOutcome> {
  const invalid = checkFile(file);
  if (invalid) return { ok: false, error: invalid };
  const begun = await call('uploads.begin', {
    filename: file.name,
    mime: file.type || 'application/octet-stream',
    size: file.size,
  });
  if (!begun.ok) return { ok: false, error: begun.error };
  const { uploadId } = begun.value;
  const cancel = async (): Promise<StageOutcome> => {
    await call('uploads.cancel', { uploadId });
    return { ok: false, cancelled: true };
  };
  onProgress(0);
  for (let index = 0, offset = 0; offset < file.size; index++, offset += UPLOAD_CHUNK_BYTES) {
    if (signal.aborted) return cancel();
    const slice = file.slice(offset, offset + UPLOAD_CHUNK_BYTES);
    const bytes = new Uint8Array(await slice.arrayBuffer());
    const sent = await call('uploads.chunk', { uploadId, index, data: bytes });
    if (!sent.ok) {
      await call('uploads.cancel', { uploadId });
      return { ok: false, error: sent.error };
    }
    onProgress(sent.value.received);
  }
  if (signal.aborted) return cancel();
  return { ok: true, uploadId };
}

export async function uploadFile(
  file: File,
  target: UploadTarget,
  onProgress: (sent: number) => void,
  signal: AbortSignal,
): Promise<UploadOutcome> {
  const staged = await stageUpload(file, onProgress, signal);
  if (!staged.ok) return staged;
  const finished = await call('uploads.finish', { uploadId: staged.uploadId, ...target });
  return finished.ok ? { ok: true, detail: finished.value } : { ok: false, error: finished.error };
}
