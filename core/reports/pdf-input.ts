/** What the renderer sends to make a chart's PDF page: its picture, note and table. */
import { z } from 'zod';
import { encodeMessage as m } from '../messages';
import { optionalText, requiredText } from '../schemas';

/** 8 MB of PNG, as base64. */
export const MAX_PNG_BASE64 = Math.ceil((8 * 1024 * 1024 * 4) / 3);

const cell = z.string({ error: m('field.invalid') }).max(200, m('field.tooLong', { max: 200 }));

export const reportPdfInput = z.object({
  title: requiredText(200),
  note: optionalText(1000),
  /** The chart as a PNG, base64. */
  png: z
    .string({ error: m('reports.pdfImage') })
    .min(1, m('reports.pdfImage'))
    .max(MAX_PNG_BASE64, m('reports.pdfTooLarge'))
    .regex(/^[A-Za-z0-9+/]+=*$/, m('reports.pdfImage')),
  columns: z.array(cell).min(1).max(16),
  rows: z.array(z.array(cell).max(16)).max(1000),
});
export type ReportPdfInput = z.output<typeof reportPdfInput>;

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export const isPng = (bytes: Uint8Array): boolean =>
  bytes.length > 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
