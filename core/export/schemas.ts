/**
 * Starting an export: which list, which format, and the list's own input — validated by
 * the very schema its list channel uses, so an export selects what the screen selects
 * (its page size and cursor are ignored: an export takes every matching row).
 */
import { z } from 'zod';
import { auditListInput } from '../audit/filter';
import { agendaListInput, caseListInput, clientListInput, queueListInput } from '../schemas';
import { EXPORT_FORMATS } from './columns';

const format = z.enum(EXPORT_FORMATS);

export const exportStartInput = z.discriminatedUnion('list', [
  z.object({ list: z.literal('cases'), format, filter: caseListInput }),
  z.object({ list: z.literal('clients'), format, filter: clientListInput }),
  z.object({ list: z.literal('queue'), format, filter: queueListInput }),
  z.object({ list: z.literal('agenda'), format, filter: agendaListInput }),
  z.object({ list: z.literal('audit'), format, filter: auditListInput }),
]);
export type ExportStart = z.output<typeof exportStartInput>;

export const exportJobInput = z.object({ jobId: z.uuid() });

/** A finished export read from `offset` (bytes), a chunk at a time. */
export const exportReadInput = exportJobInput.extend({
  offset: z.number().int().min(0).default(0),
});

/** A list's input without its page (size and cursor): the whole selection. */
export function unpaged<T extends object>(input: T): Omit<T, 'limit' | 'cursor'> {
  return Object.fromEntries(
    Object.entries(input).filter(([key]) => key !== 'limit' && key !== 'cursor'),
  ) as Omit<T, 'limit' | 'cursor'>;
}
