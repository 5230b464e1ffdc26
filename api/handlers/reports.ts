/**
 * The Reports screen (issue 13, part 4): each report grouped in SQL (db/repositories/
 * reports.ts), the working days and gaps filled in by core/reports. Reads only: a report
 * writes nothing, not even bookkeeping.
 */
import {
  decisionTimes,
  eligibleSpan,
  eligibleWeeks,
  rates,
  resolveFilters,
  stageSeries,
  workload,
  type LegalDeadline,
  type ReportAnswers,
  type ReportInput,
  type ReportKind,
  type ReportResult,
} from '../../core/reports';
import { DEFAULT_CATALOGUE, pickVersion } from '../../core/rules';
import { STAGES } from '../../core/stages';
import { today } from '../../core/today';
import type { ReportParams } from '../../db/repositories/reports';
import type { HandlerContext, HandlerTable } from './context';
import { calendarOf } from './evaluation';
import { reportPdfHandlers } from './reports-pdf';

/** The regime's decision deadline in force today (the default catalogue). */
function legalOf(regimeId: string): LegalDeadline | null {
  const regime = DEFAULT_CATALOGUE.regimes[regimeId];
  const decide = regime && pickVersion(regime, today())?.deadlines.decide;
  return decide ? { n: decide.n, unit: decide.unit } : null;
}

type Builders = { [K in ReportKind]: (p: ReportParams, ctx: HandlerContext) => ReportAnswers[K] };

const BUILD: Builders = {
  stages: (p, ctx) =>
    stageSeries(
      ctx.repos.reports.stages(p).map((r) => ({ month: r.month, stage: r.reached, n: r.n })),
      p.from,
      p.to,
    ),
  approval: (p, ctx) => {
    const rows = ctx.repos.reports.approval(p);
    return {
      byRegime: rates(rows.map((r) => ({ ...r, key: r.regimeId }))),
      byAuthority: rates(rows.map((r) => ({ ...r, key: r.authority }))),
    };
  },
  decisionTime: (p, ctx) => ({
    rows: decisionTimes(ctx.repos.reports.decisionTime(p), calendarOf(ctx), legalOf),
  }),
  overdue: (p, ctx) => {
    const rows = ctx.repos.reports.overdue(p).map((r) => ({
      ...r,
      rate: r.awaiting ? r.overdue / r.awaiting : null,
    }));
    rows.sort((a, b) => (b.rate ?? 0) - (a.rate ?? 0) || a.authority.localeCompare(b.authority));
    const awaiting = rows.reduce((s, r) => s + r.awaiting, 0);
    const overdue = rows.reduce((s, r) => s + r.overdue, 0);
    return {
      today: p.today,
      rows,
      total: { awaiting, overdue, rate: awaiting ? overdue / awaiting : null },
    };
  },
  eligible: (p, ctx) => ({ weeks: eligibleWeeks(ctx.repos.reports.eligible(p), p.today) }),
  workload: (p, ctx) => workload(ctx.repos.reports.workload(p), STAGES),
};

export function buildReport(input: ReportInput, ctx: HandlerContext): ReportResult {
  const now = today();
  const f = resolveFilters(input, now);
  const span = eligibleSpan(now);
  const params: ReportParams = { ...f, today: now, spanFrom: span.from, spanTo: span.to };
  const data = BUILD[input.report](params, ctx);
  return { report: input.report, from: f.from, to: f.to, data } as ReportResult;
}

export const reportHandlers: HandlerTable<
  'reports.get' | 'reportFilters.list' | 'reports.preview'
> = {
  'reports.get': (input, ctx) => buildReport(input, ctx),
  'reportFilters.list': (_input, ctx) => ctx.repos.reports.choices(),
  ...reportPdfHandlers,
};
