/**
 * Whether an attached file is a document: not empty, its content what its name (or MIME
 * type) says, and, for the kinds a packet can hold, readable. Pure: the caller sniffs the
 * bytes (sniff.ts) and decodes them (the I/O side), these rules decide.
 */
import type { MessageKey } from '../messages';
import { EMBED_OF, kindLabel, MIME_EXTENSIONS, PROMISES, type Embeddable } from './kinds';
import { extensionOf } from './safe-name';

/** Why a kept file cannot go into the packet: its type, or a password on a PDF. */
export type NotEmbeddable = 'type' | 'encrypted';

export interface Refusal {
  ok: false;
  key: MessageKey;
  params: Record<string, string | number>;
}

export interface Declared {
  filename: string;
  mime: string;
  size: number;
}

/** After the signature: refused, or accepted with the decoding it still needs. */
export type Classified =
  | Refusal
  | { ok: true; decode: Embeddable; mime: string }
  | { ok: true; decode: null; mime: string; notEmbeddable: 'type' };

export type Decoded = { ok: true; encrypted: boolean } | { ok: false };

export type FileVerdict =
  | Refusal
  | {
      ok: true;
      /** The MIME type to store: the content's own for the kinds a packet holds. */
      mime: string;
      /** Null when the file goes into the packet and counts as the document received. */
      notEmbeddable: NotEmbeddable | null;
    };

/** The extension whose promise the file must keep: its own, else its MIME type's; null if neither is known. */
export function declaredKind({
  filename,
  mime,
}: Pick<Declared, 'filename' | 'mime'>): string | null {
  const ext = extensionOf(filename);
  if (ext in PROMISES) return ext;
  const fromMime = MIME_EXTENSIONS[mime.toLowerCase().split(';')[0]!.trim()];
  return fromMime ?? null;
}

const both = (prefix: string, kind: string) => {
  const label = kindLabel(kind);
  return { [prefix]: label.en, [`${prefix}Zh`]: label.zh };
};

/** Step 1: size and signature against the declared kind. */
export function classify(file: Declared, sniffed: string): Classified {
  const { filename } = file;
  if (file.size === 0) return { ok: false, key: 'files.empty', params: { filename } };
  const declared = declaredKind(file);
  if (declared !== null && !PROMISES[declared]!.includes(sniffed)) {
    return {
      ok: false,
      key: 'files.mismatch',
      params: { filename, ...both('declared', declared), ...both('actual', sniffed) },
    };
  }
  const embed = EMBED_OF[sniffed];
  if (embed) return { ok: true, decode: embed.kind, mime: embed.mime };
  return {
    ok: true,
    decode: null,
    mime: file.mime || 'application/octet-stream',
    notEmbeddable: 'type',
  };
}

const SNIFFED_OF: Record<Embeddable, string> = { pdf: 'pdf', png: 'png', jpeg: 'jpg' };

/** Step 2: a PDF, PNG or JPEG must also decode; a password-protected PDF is kept but not enclosed. */
export function judge(
  file: Declared,
  classified: Classified,
  decoded: Decoded | null,
): FileVerdict {
  if (!classified.ok) return classified;
  if (classified.decode === null) return { ok: true, mime: classified.mime, notEmbeddable: 'type' };
  if (!decoded?.ok) {
    return {
      ok: false,
      key: 'files.unreadable',
      params: { filename: file.filename, ...both('kind', SNIFFED_OF[classified.decode]) },
    };
  }
  return {
    ok: true,
    mime: classified.mime,
    notEmbeddable: decoded.encrypted ? 'encrypted' : null,
  };
}
