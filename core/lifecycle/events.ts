/**
 * Authority events of a case (PRODUCT.md journey 5), each dated. The same zod schemas
 * serve the renderer's forms and the backend's dispatch; the order of events against the
 * case is checked by guards.ts, which needs the case's other events.
 */
import { z } from 'zod';
import { encodeMessage as m } from '../messages';
import { idParam, optionalText, pastDate, requiredText } from '../schemas';
import type { CaseEvent } from '../rules/case-types';

export const LIFECYCLE_EVENT_TYPES = [
  'filed',
  'accepted',
  'refusedToAccept',
  'supplementRequested',
  'materialsReceived',
  'extension',
  'decided',
  'withdrawn',
  'closed',
] as const;
export type LifecycleEventType = (typeof LIFECYCLE_EVENT_TYPES)[number];

/** Credit China online, in person at the authority, or by post. */
export const FILING_CHANNELS = ['online', 'inPerson', 'post'] as const;
export type FilingChannel = (typeof FILING_CHANNELS)[number];

export const DECISION_OUTCOMES = ['repaired', 'refused'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: m('field.choice') });

/**
 * Every member of the union, each with the same extra fields (caseId for adding, id for
 * updating). Built per member rather than with z.intersection so that the result is
 * still a plain discriminated union of objects, which zodResolver and dispatch both take.
 */
function members<X extends z.ZodRawShape>(extra: X) {
  const date = pastDate;
  return [
    z.object({
      ...extra,
      type: z.literal('filed'),
      date,
      channel: choice(FILING_CHANNELS),
      reference: optionalText(100),
      // Filing early or without every document needs a written reason (PRODUCT.md journey 4).
      overrideReason: optionalText(1000),
    }),
    z.object({ ...extra, type: z.literal('accepted'), date }),
    z.object({ ...extra, type: z.literal('refusedToAccept'), date, reason: requiredText(1000) }),
    z.object({ ...extra, type: z.literal('supplementRequested'), date, what: requiredText(1000) }),
    z.object({ ...extra, type: z.literal('materialsReceived'), date }),
    z.object({
      ...extra,
      type: z.literal('extension'),
      date,
      workingDays: z
        .number({ error: m('field.invalid') })
        .int(m('field.invalid'))
        .min(1, m('field.invalid'))
        .max(60, m('field.invalid')),
      reason: requiredText(1000),
    }),
    z
      .object({
        ...extra,
        type: z.literal('decided'),
        date,
        // No default: the user states what the authority decided (issue 8).
        outcome: z.enum(DECISION_OUTCOMES, { error: m('events.outcomeRequired') }),
        /** The decision's own number (文号); decisions logged before it was asked have none. */
        decisionNo: requiredText(100),
        reasons: optionalText(2000),
      })
      // A refusal's reasons are what the client must fix before filing again.
      .superRefine((value, ctx) => {
        // The generic extra fields hide these two from the checker; they are always there.
        const v = value as { outcome: DecisionOutcome; reasons: string };
        if (v.outcome === 'refused' && v.reasons === '') {
          ctx.addIssue({
            code: 'custom',
            path: ['reasons'],
            message: m('lifecycle.reasonsRequired'),
          });
        }
      }),
    z.object({ ...extra, type: z.literal('withdrawn'), date, reason: optionalText(1000) }),
    z.object({ ...extra, type: z.literal('closed'), date, note: optionalText(1000) }),
  ] as const;
}

export const eventFields = z.discriminatedUnion('type', members({}));
export const eventAddInput = z.discriminatedUnion('type', members({ caseId: idParam }));
export const eventUpdateInput = z.discriminatedUnion('type', members({ id: idParam }));
/** Deleting a logged authority event is itself logged, with its reason. */
export const eventDeleteInput = z.object({ id: idParam, reason: requiredText(1000) });

export type EventFields = z.output<typeof eventFields>;
export type EventAddInput = z.output<typeof eventAddInput>;
export type EventUpdateInput = z.output<typeof eventUpdateInput>;
export type EventDeleteInput = z.output<typeof eventDeleteInput>;

export type CaseEventRecord = EventFields & { id: number; createdAt: string; createdBy: string };

/** The checklist-like key a logged event's files are stored under (a decision's document). */
export const eventItemKey = (eventId: number) => `event-${eventId}`;

/** The event id of an eventItemKey, or null for any other item key. */
export function eventIdOfItemKey(itemKey: string): number | null {
  const match = /^event-([1-9]\d{0,15})$/.exec(itemKey);
  return match ? Number(match[1]) : null;
}

/**
 * The rules engine's view of the events: 'closed' is bookkeeping, not an authority act,
 * so it is dropped. Events concern every listing of the case (no listingId).
 */
export function toRulesEvents(records: readonly EventFields[]): CaseEvent[] {
  const out: CaseEvent[] = [];
  for (const e of records) {
    switch (e.type) {
      case 'closed':
        break;
      case 'refusedToAccept':
      case 'extension':
        out.push({ type: e.type, date: e.date, reason: e.reason });
        break;
      case 'supplementRequested':
        out.push({ type: e.type, date: e.date, reason: e.what });
        break;
      case 'decided':
        out.push({ type: e.type, date: e.date, outcome: e.outcome, reason: e.reasons });
        break;
      case 'withdrawn':
        out.push({ type: e.type, date: e.date, reason: e.reason });
        break;
      default:
        out.push({ type: e.type, date: e.date });
    }
  }
  return out;
}
