/**
 * Reading what an attachment's bytes are: the I/O and decoding half of core/files. A file
 * is checked before anything is stored, and a stored file again before a packet uses it.
 */
import { open, readFile, stat } from 'node:fs/promises';
import jpeg from 'jpeg-js';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import {
  classify,
  judge,
  sniff,
  SNIFF_BYTES,
  type Decoded,
  type Embeddable,
  type FileVerdict,
} from '../../core/files';
import type { FileHealth } from '../../core/documents';
import { AttachmentCorruptError, AttachmentMissingError } from './errors';
import { isSealedFile, openSealed } from './sealed';
import type { AttachmentStore, PutSource } from './store';

/**
 * Whether the bytes decode as the packet will use them: a PDF loads and has pages, an
 * image decodes to pixels. pngjs checks every chunk's CRC and the image data (pdf-lib's
 * own PNG reader hangs on a truncated file, so it must never see one); jpeg-js decodes
 * the whole scan strictly. A PDF's encryption is reported, not treated as damage.
 */
export async function decode(kind: Embeddable, bytes: Uint8Array): Promise<Decoded> {
  try {
    if (kind === 'pdf') {
      const pdf = await PDFDocument.load(bytes, {
        ignoreEncryption: true,
        throwOnInvalidObject: true,
        updateMetadata: false,
      });
      if (pdf.isEncrypted) return { ok: true, encrypted: true };
      const pages = pdf.getPages();
      pages.forEach((p) => p.getSize());
      return pages.length > 0 ? { ok: true, encrypted: false } : { ok: false };
    }
    const { width, height } =
      kind === 'png'
        ? PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
        : jpeg.decode(bytes, { useTArray: true, tolerantDecoding: false });
    return width > 0 && height > 0 ? { ok: true, encrypted: false } : { ok: false };
  } catch {
    return { ok: false };
  }
}

async function headOf(
  source: PutSource,
): Promise<{ head: Uint8Array; size: number; bytes?: Uint8Array }> {
  if ('bytes' in source)
    return { head: source.bytes.subarray(0, SNIFF_BYTES), size: source.bytes.length };
  // A staged upload of an encrypted folder is sealed: its plain content, read whole (a
  // document is decoded whole anyway).
  if (await isSealedFile(source.path)) {
    const bytes = openSealed(await readFile(source.path), source.path);
    return { head: bytes.subarray(0, SNIFF_BYTES), size: bytes.length, bytes };
  }
  const { size } = await stat(source.path);
  const fh = await open(source.path, 'r');
  try {
    const head = new Uint8Array(Math.min(size, SNIFF_BYTES));
    await fh.read(head, 0, head.length, 0);
    return { head, size };
  } finally {
    await fh.close();
  }
}

/** Checks a file as a document before it is stored; reads only, writes nothing. */
export async function checkFile(
  source: PutSource,
  declared: { filename: string; mime: string },
): Promise<FileVerdict> {
  const { head, size, bytes: plain } = await headOf(source);
  const file = { ...declared, size };
  const classified = classify(file, await sniff(head));
  if (!classified.ok || classified.decode === null) return judge(file, classified, null);
  const bytes = 'bytes' in source ? source.bytes : (plain ?? (await readFile(source.path)));
  return judge(file, classified, await decode(classified.decode, bytes));
}

const KIND_OF_MIME: Record<string, Embeddable> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/jpg': 'jpeg',
};

/** A stored file read again: its bytes must still match their hash and still decode. */
export async function healthOf(
  store: AttachmentStore,
  file: { sha256: string; mime: string },
): Promise<FileHealth> {
  let bytes: Uint8Array;
  try {
    bytes = await store.read(file.sha256);
  } catch (err) {
    if (err instanceof AttachmentCorruptError) return 'corrupt';
    if (err instanceof AttachmentMissingError) return 'missing';
    throw err;
  }
  const kind = KIND_OF_MIME[file.mime.toLowerCase()];
  if (!kind) return 'unreadable';
  const decoded = await decode(kind, bytes);
  return decoded.ok && !decoded.encrypted ? 'ok' : 'unreadable';
}
