/**
 * The zod schema of every input. The renderer's forms and the backend's dispatch
 * use these same objects, so a value the form accepts is a value the backend accepts.
 * Messages are keys from core/messages, translated where they are shown.
 */
import { z } from 'zod';
import { Temporal } from 'temporal-polyfill';
import { encodeMessage as m } from './messages';
import './schema-errors';
import { checkIdCard, checkUscc, type IdProblem } from './ids';
import { REGIME_IDS, REGIMES } from './regimes';
import { STAGES } from './stages';
import { today } from './today';
import { dateOrderProblems, fieldParams, LISTING_DATE_FIELDS } from './listing-dates';
import { isTimeZone } from './time-zones';

const REQUIRED = m('field.required');

export const requiredText = (max: number) =>
  z.string({ error: REQUIRED }).trim().min(1, REQUIRED).max(max, m('field.tooLong', { max }));

export const optionalText = (max: number) =>
  z
    .string({ error: m('field.invalid') })
    .trim()
    .max(max, m('field.tooLong', { max }))
    .default('');

/** For partial updates: absent means "leave as it is", so no default may fill it in. */
export const textPatch = (max: number) =>
  z
    .string({ error: m('field.invalid') })
    .trim()
    .max(max, m('field.tooLong', { max }))
    .optional();

export const idParam = z
  .number({ error: m('field.invalid') })
  .int()
  .positive();

function isRealDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  try {
    Temporal.PlainDate.from(v, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

/** A real calendar date, YYYY-MM-DD. */
export const plainDate = z
  .string({ error: REQUIRED })
  .trim()
  .min(1, REQUIRED)
  .refine(isRealDate, m('field.date'));

/** A real calendar date, or '' (a filter's end left open, as a form's empty field sends it). */
export const optionalDate = z
  .string({ error: m('field.date') })
  .trim()
  .refine((v) => v === '' || isRealDate(v), m('field.date'))
  .optional();

/** A real date that has already happened (in China Standard Time). */
export const pastDate = plainDate.refine(
  (v) => !isRealDate(v) || v <= today(),
  m('field.dateFuture'),
);

const optionalPastDate = z
  .string()
  .trim()
  .default('')
  .refine((v) => v === '' || isRealDate(v), m('field.date'))
  .refine((v) => v === '' || !isRealDate(v) || v <= today(), m('field.dateFuture'));

function problemMessage(p: IdProblem): string {
  return 'params' in p ? m(p.code, p.params) : m(p.code);
}

export const CLIENT_KINDS = ['company', 'person'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

export const contactSchema = z.object({
  name: requiredText(100),
  role: optionalText(100),
  phone: optionalText(40).refine((v) => v === '' || /^[0-9+\-() ]+$/.test(v), m('field.phone')),
  email: optionalText(200).refine(
    (v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
    m('field.email'),
  ),
});

const clientFields = z.object({
  kind: z.enum(CLIENT_KINDS, { error: m('field.choice') }),
  name: requiredText(200),
  idNumber: z.string({ error: REQUIRED }),
  address: optionalText(500),
  legalRep: optionalText(100),
  contacts: z.array(contactSchema).max(20).default([]),
});

/**
 * Checks the identifier against the client's kind and stores it normalised (upper case, no
 * spaces). A person has no legal representative: one sent for a person is dropped, so a
 * client changed from company to person keeps none (the form does not show the field).
 */
function withCheckedId<T extends z.ZodType<{ kind: ClientKind; idNumber: string }>>(schema: T) {
  return schema.transform((value, ctx) => {
    const result =
      value.kind === 'company' ? checkUscc(value.idNumber) : checkIdCard(value.idNumber);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: problemMessage(result.problem) });
      return z.NEVER;
    }
    return {
      ...value,
      idNumber: result.value,
      ...('legalRep' in value && value.kind === 'person' ? { legalRep: '' } : {}),
    };
  });
}

export const clientInput = withCheckedId(clientFields);
export const clientUpdateInput = withCheckedId(clientFields.extend({ id: idParam }));

/** Penalty typed in yuan ("1250.50"); carried as an integer number of fen, or null when none. */
const penaltyAmount = z
  .string()
  .trim()
  .default('')
  .refine((v) => v === '' || /^\d{1,12}(\.\d{1,2})?$/.test(v), m('field.amount'));

export function yuanToFen(v: string): number | null {
  if (v.trim() === '') return null;
  const [whole, frac = ''] = v.trim().split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

export function fenToYuan(fen: number | null): string {
  if (fen === null) return '';
  const frac = fen % 100;
  return frac === 0
    ? String(Math.trunc(fen / 100))
    : `${Math.trunc(fen / 100)}.${String(frac).padStart(2, '0')}`;
}

export const listingFields = z.object({
  regimeId: z.enum(REGIME_IDS, { error: m('field.choice') }),
  authority: requiredText(200),
  decisionNo: requiredText(100),
  decisionDate: pastDate,
  listingDate: optionalPastDate,
  publicationDate: optionalPastDate,
  reason: optionalText(1000),
  penaltyAmount,
  penaltyPaid: z.boolean().default(false),
});

/** The regime's trigger date must be given: it is what every wait counts from. */
function withTrigger<T extends z.ZodType<z.output<typeof listingFields>>>(schema: T) {
  return schema.superRefine((v, ctx) => {
    const trigger = REGIMES[v.regimeId].trigger;
    if (v[trigger] === '') {
      ctx.addIssue({ code: 'custom', path: [trigger], message: m('field.triggerRequired') });
    }
  });
}

const realDates = (v: unknown) =>
  typeof v === 'object' && v !== null
    ? Object.fromEntries(
        LISTING_DATE_FIELDS.map((f) => {
          const d = (v as Record<string, unknown>)[f];
          return [f, typeof d === 'string' && isRealDate(d.trim()) ? d.trim() : ''];
        }),
      )
    : {};

/**
 * Decision ≤ listing ≤ publication, for every pair that is given, with the message at the
 * later field. It runs even while other fields (the regime, the authority) are still
 * wrong, so the order shows as the dates are typed; each date is compared only once it
 * is a real date.
 */
function withDateOrder<T extends z.ZodType<z.output<typeof listingFields>>>(schema: T) {
  return schema.superRefine(
    (v, ctx) => {
      for (const p of dateOrderProblems(realDates(v))) {
        ctx.addIssue({
          code: 'custom',
          path: [p.later],
          message: m('listing.dateOrder', {
            ...fieldParams('later', p.later),
            ...fieldParams('earlier', p.earlier),
            laterDate: p.laterDate,
            earlierDate: p.earlierDate,
          }),
        });
      }
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );
}

/** Every listing input gets the same checks: its trigger date given, its dates in order. */
const checkedListing = <T extends z.ZodType<z.output<typeof listingFields>>>(schema: T) =>
  withDateOrder(withTrigger(schema));

export const listingInput = checkedListing(listingFields);
export const listingCreateInput = checkedListing(listingFields.extend({ clientId: idParam }));
export const listingUpdateInput = checkedListing(listingFields.extend({ id: idParam }));

export const byId = z.object({ id: idParam });

export const cursor = z.string().max(500).optional();
export const limit = z.number().int().min(1).max(200).default(50);
const direction = z.enum(['asc', 'desc']).default('asc');
const search = z
  .string()
  .trim()
  .max(100, m('field.tooLong', { max: 100 }))
  .default('');

/** true: only the archived rows (the Archived view); false: only the others. */
const archived = z.boolean().default(false);

export const clientListInput = z.object({
  search,
  kind: z.enum(CLIENT_KINDS).optional(),
  archived,
  sort: z.enum(['name', 'created', 'updated']).default('name'),
  direction,
  limit,
  cursor,
});

export const listingListInput = z.object({
  clientId: idParam.optional(),
  regimeId: z.enum(REGIME_IDS).optional(),
  search,
  includeArchived: z.boolean().default(false),
  sort: z.enum(['decisionDate', 'created']).default('decisionDate'),
  direction,
  limit,
  cursor,
});

export const caseCreateInput = z
  .object({
    clientId: idParam,
    assignee: optionalText(100),
    notes: optionalText(5000),
    listingIds: z.array(idParam).max(50).default([]),
    listings: z
      .array(listingInput)
      .max(50, m('field.listingsMax', { max: 50 }))
      .default([]),
  })
  .superRefine((v, ctx) => {
    if (v.listingIds.length + v.listings.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['listings'], message: m('field.listingsMin') });
    }
  });

export const caseUpdateInput = z.object({
  id: idParam,
  assignee: textPatch(100),
  notes: textPatch(5000),
});

/** A listing joins an open case: one of its client's listings, or a new one typed in. */
export const caseAddListingInput = z
  .object({
    caseId: idParam,
    listingId: idParam.optional(),
    listing: listingInput.optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.listingId === undefined) === (v.listing === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['listingId'], message: m('edit.listingOrNew') });
    }
  });

export const caseRemoveListingInput = z.object({ caseId: idParam, listingId: idParam });

/** How the Cases list can be sorted; nextDue is core/agenda/next-due.ts. */
export const CASE_SORTS = ['nextDue', 'updated', 'created', 'client', 'stage'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export const caseListInput = z.object({
  search,
  stage: z.enum(STAGES).optional(),
  clientId: idParam.optional(),
  archived,
  sort: z.enum(CASE_SORTS).default('updated'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  limit,
  cursor,
});

/** The reviewer queue, a page at a time (api/handlers/queue.ts). */
export const queueListInput = z.object({ limit, cursor }).default({ limit: 50 });

/** Restoring a case whose client is archived restores the client too, when the user agreed. */
export const caseRestoreInput = z.object({
  id: idParam,
  restoreClient: z.boolean().default(false),
});

/** Most days before a date that an exported calendar reminds of it. */
export const MAX_REMINDER_DAYS = 30;

export const settingsInput = z.object({
  language: z.enum(['en', 'zh'], { error: m('field.choice') }).optional(),
  userName: textPatch(100),
  notifications: z.boolean().optional(),
  /** The IANA zone of "today" and of every timestamp shown. */
  timeZone: z
    .string({ error: m('settings.timeZone') })
    .trim()
    .refine(isTimeZone, m('settings.timeZone'))
    .optional(),
  /** Days before each date that the .ics export's reminder goes off; 0: no reminder. */
  icsReminderDays: z
    .number({ error: m('settings.reminderDays', { max: MAX_REMINDER_DAYS }) })
    .int(m('settings.reminderDays', { max: MAX_REMINDER_DAYS }))
    .min(0, m('settings.reminderDays', { max: MAX_REMINDER_DAYS }))
    .max(MAX_REMINDER_DAYS, m('settings.reminderDays', { max: MAX_REMINDER_DAYS }))
    .optional(),
});

export const empty = z.object({}).default({});

/** A range of days (both ends included) may not end before it starts: the end is named. */
export function rangeInOrder(v: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if (v.from && v.to && isRealDate(v.from) && isRealDate(v.to) && v.to < v.from) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: m('agenda.rangeOrder', { from: v.from, to: v.to }),
    });
  }
}

/**
 * The agenda's selection: one assignee, regime or authority, and a range of dates (both
 * ends included). A missing end takes the backend's default (core/agenda/range.ts).
 */
export const agendaFilter = z
  .object({
    assignee: z.string().trim().max(100).optional(),
    regimeId: z.enum(REGIME_IDS).optional(),
    authority: z.string().trim().max(200).optional(),
    from: plainDate.optional(),
    to: plainDate.optional(),
  })
  .superRefine(rangeInOrder);

/**
 * A page of the agenda's list: the selection, narrowed to one `day` of the month grid
 * when given, from `cursor` on (a keyset: no page costs more than the first).
 */
export const agendaListInput = agendaFilter.safeExtend({
  day: plainDate.optional(),
  cursor,
  limit: z.number().int().min(1).max(200).default(100),
});

/** The month grid's counts: the selection's days in the month of `month` (any day of it). */
export const agendaSummaryInput = agendaFilter.safeExtend({ month: plainDate });
