/**
 * What the Reports screen selects: a range of days, a regime, an authority and an
 * assignee. The form, the URL and the backend's channels all read these same schemas, so a
 * selection the form accepts is one the backend accepts.
 */
import { z } from 'zod';
import { Temporal } from 'temporal-polyfill';
import { encodeMessage as m } from '../messages';
import { optionalDate, rangeInOrder } from '../schemas';
import { REGIME_IDS } from '../regimes';
import { today } from '../today';

export const REPORT_KINDS = [
  'stages',
  'approval',
  'decisionTime',
  'overdue',
  'eligible',
  'workload',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Months the stages chart can show at once: ten years. */
export const MAX_MONTHS = 120;

const filterShape = {
  /** Days of the events counted, both included; '' takes the last twelve months. */
  from: optionalDate,
  to: optionalDate,
  regimeId: z.union([z.literal(''), z.enum(REGIME_IDS)], { error: m('field.choice') }).default(''),
  authority: z
    .string({ error: m('field.invalid') })
    .trim()
    .max(200, m('field.tooLong', { max: 200 }))
    .default(''),
  assignee: z
    .string({ error: m('field.invalid') })
    .trim()
    .max(100, m('field.tooLong', { max: 100 }))
    .default(''),
};

function rangeNotTooLong(v: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if (!v.from || !v.to || v.to < v.from) return;
  try {
    const months = Temporal.PlainDate.from(v.from).until(Temporal.PlainDate.from(v.to), {
      largestUnit: 'months',
    }).months;
    if (months >= MAX_MONTHS)
      ctx.addIssue({ code: 'custom', path: ['to'], message: m('reports.rangeTooLong') });
  } catch {
    // An impossible date was reported by optionalDate already.
  }
}

const checked = <T extends z.ZodType<{ from?: string; to?: string }>>(schema: T) =>
  schema.superRefine(rangeInOrder).superRefine(rangeNotTooLong);

export const reportFilters = checked(z.object(filterShape));
export type ReportFilters = z.input<typeof reportFilters>;

/** One report of the screen, for the selection. */
export const reportInput = checked(
  z.object({ ...filterShape, report: z.enum(REPORT_KINDS, { error: m('field.choice') }) }),
);
export type ReportInput = z.output<typeof reportInput>;

/** The selection with its days filled in: the last twelve months up to today by default. */
export interface ResolvedFilters {
  from: string;
  to: string;
  regimeId: string;
  authority: string;
  assignee: string;
}

export function resolveFilters(
  f: { from?: string; to?: string; regimeId: string; authority: string; assignee: string },
  now = today(),
): ResolvedFilters {
  const to = f.to || now;
  const from =
    f.from || Temporal.PlainDate.from(to).subtract({ months: 11 }).with({ day: 1 }).toString();
  return { from, to, regimeId: f.regimeId, authority: f.authority, assignee: f.assignee };
}
