/** The import channels' inputs (api/contract.ts), checked at dispatch like every other. */
import { z } from 'zod';
import { encodeMessage as m } from '../messages';
import { idParam } from '../schemas';
import { IMPORT_FIELDS } from './fields';

const id36 = z.string().regex(/^[0-9a-f-]{36}$/, m('field.invalid'));

/** The files picked, each sent through uploads.begin / uploads.chunk. */
export const importOpenInput = z.object({
  uploadIds: z
    .array(id36)
    .min(1, m('field.required'))
    .max(10, m('field.tooMany', { max: 10 })),
});

/** A dry run goes the whole write path and rolls back; a run commits. */
export const IMPORT_MODES = ['dryRun', 'run'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const columnTarget = z.enum([...IMPORT_FIELDS, 'ignore'], { error: m('field.choice') });

/** The rows checked against the mapping and what is stored (a read: no data changes). */
export const importCheckInput = z.object({
  sessionId: id36,
  /** Each column's target, keyed by its normalised header. */
  mapping: z.record(z.string().max(200), columnTarget),
  /** The rows left out, as "sheet:row" (core/import/types.ts rowKey). */
  skipped: z
    .array(z.string().regex(/^\d{1,3}:\d{1,7}$/, m('field.invalid')))
    .max(1_000_000)
    .default([]),
});

export const importStartInput = importCheckInput.extend({
  mode: z.enum(IMPORT_MODES, { error: m('field.choice') }),
});

export const importJobInput = z.object({ jobId: id36 });
export const importUndoInput = z.object({ batchId: idParam });
