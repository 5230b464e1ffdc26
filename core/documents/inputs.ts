/** Inputs of the document channels: custom checklist items, uploads, files, letters, packets. */
import { z } from 'zod';
import { encodeMessage as m } from '../messages';
import { safeFileName } from '../files/safe-name';
import { letterDoc } from './letter-doc';
import { idParam, optionalText, plainDate, requiredText } from '../schemas';

/** Largest file a user may attach (ARCHITECTURE.md: 200 MB by default). */
export const MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024;
/**
 * Uploads travel as raw bytes (an HTTP body, an IPC Uint8Array) in chunks small enough for
 * one request of either shell and large enough that the per-request cost stays small.
 * Chosen by measurement (npm run bench:heavy, 100 MB on a busy 2-core machine): 4 MB
 * chunks reached 40–46% of the bare hash+write+fsync, 8 MB 46–54%, 16 MB 69–76%: each
 * round trip waits for both processes to be scheduled. The server holds two at most, and
 * a 100 MB file still reports its progress seven times.
 */
export const UPLOAD_CHUNK_BYTES = 16 * 1024 * 1024;

export const customItemInput = z.object({
  caseId: idParam,
  name: requiredText(200),
  required: z.boolean().default(true),
});

export const customItemRemoveInput = z.object({ caseId: idParam, itemKey: requiredText(120) });

export const uploadBeginInput = z
  .object({
    // Stored, shown and written without the characters that disguise a name (core/files/safe-name.ts).
    filename: requiredText(255)
      .transform(safeFileName)
      .refine((name) => name !== '', m('files.nameUnusable')),
    mime: z.string().trim().max(200).default('application/octet-stream'),
    size: z
      .number()
      .int()
      .min(0)
      .max(MAX_ATTACHMENT_BYTES, m('files.tooLarge', { max: MAX_ATTACHMENT_BYTES / 1024 / 1024 })),
  })
  // An empty file is no document: refused before a byte is sent (attach checks again).
  .superRefine((v, ctx) => {
    if (v.size === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['size'],
        message: m('files.empty', { filename: v.filename }),
      });
  });

const uploadId = z.string().regex(/^[0-9a-f-]{36}$/, m('field.invalid'));

export const uploadChunkInput = z.object({
  uploadId,
  index: z.number().int().min(0),
  /** At most UPLOAD_CHUNK_BYTES raw bytes (no base64: they are written as they come). */
  data: z
    .custom<Uint8Array>((v) => v instanceof Uint8Array, m('field.invalid'))
    .refine((bytes) => bytes.length <= UPLOAD_CHUNK_BYTES, m('field.invalid')),
});

export const uploadFinishInput = z.object({
  uploadId,
  caseId: idParam,
  itemKey: requiredText(120),
});
export const uploadCancelInput = z.object({ uploadId });

export const fileIdInput = z.object({ id: idParam });

/** `reveal`: show the file in its folder instead (the user confirmed a warning first). */
export const fileOpenInput = fileIdInput.extend({ reveal: z.boolean().default(false) });

export const LETTER_KINDS = ['commitment', 'application'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const letterDraftInput = z.object({
  caseId: idParam,
  kind: z.enum(LETTER_KINDS, { error: m('field.choice') }),
  lang: z.enum(['en', 'zh'], { error: m('field.choice') }),
});

/** A letter saved as a new version (its PDF attached to the checklist item it fills). */
export const letterSaveInput = letterDraftInput.extend({ doc: letterDoc });

/** The PDF of a letter as it stands in the editor, for the preview beside it. */
export const letterPreviewInput = z.object({ doc: letterDoc });

export const letterVersionsInput = letterDraftInput.pick({ caseId: true, kind: true });

export const packetPreflightInput = z.object({ caseId: idParam });

export const packetStartInput = z.object({
  caseId: idParam,
  lang: z.enum(['en', 'zh'], { error: m('field.choice') }),
  /** Why the packet goes out with documents left out; needed only when the pre-flight finds any. */
  reason: optionalText(1000),
});
export const jobIdInput = z.object({ jobId: uploadId });

/** A validity date on a checklist item: absent keeps the stored one; '' clears it. */
export const validUntil = z
  .string()
  .trim()
  .refine((v) => v === '' || plainDate.safeParse(v).success, m('field.date'))
  .optional();
