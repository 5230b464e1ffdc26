/**
 * What the audit log shows: every history entry, narrowed by person, client, case, kind
 * (entity and/or action) and a range of days. The form and the backend use these same
 * schemas, so a selection the form accepts is one the backend accepts.
 */
import { z } from 'zod';
import { cursor, idParam, optionalDate, rangeInOrder } from '../schemas';
import { encodeMessage as m } from '../messages';

export const HISTORY_ENTITIES = ['client', 'listing', 'case', 'settings', 'calendar'] as const;
/** 'erase', 'reveal' and 'export' are personal-data entries (issue 11, part 3). */
export const HISTORY_ACTIONS = [
  'create',
  'update',
  'archive',
  'restore',
  'erase',
  'reveal',
  'export',
] as const;
export type HistoryEntity = (typeof HISTORY_ENTITIES)[number];
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export const auditFilter = z
  .object({
    /** The person who made the change, as the entry names them. */
    actor: z
      .string()
      .trim()
      .max(100, m('field.tooLong', { max: 100 }))
      .optional(),
    /** The client's own entries, its listings' and its cases'. */
    clientId: idParam.optional(),
    /** The case's own entries and its listings'. */
    caseId: idParam.optional(),
    entity: z.enum(HISTORY_ENTITIES, { error: m('field.choice') }).optional(),
    action: z.enum(HISTORY_ACTIONS, { error: m('field.choice') }).optional(),
    /** Days in the user's time zone, both included; '' leaves that end open. */
    from: optionalDate,
    to: optionalDate,
  })
  .superRefine(rangeInOrder);
export type AuditFilter = z.output<typeof auditFilter>;

/** A page of the log, newest first, after `cursor` (the last entry shown). */
export const auditListInput = auditFilter.safeExtend({
  cursor,
  limit: z.number().int().min(1).max(200).default(100),
});
