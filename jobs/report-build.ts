/**
 * One report of the Reports screen (issue 13, part 4): grouped in SQL (db/repositories/
 * reports.ts), the working days and gaps filled in by core/reports. Reads only. Runs on
 * the server thread for a small folder, in a worker thread beyond (jobs/report-ops.ts).
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
} from '../core/reports';
import { DEFAULT_CATALOGUE, pickVersion } from '../core/rules';
import { STAGES } from '../core/stages';
import { today } from '../core/today';
import type { HolidayCalendar } from '../core/dates';
import type { Repositories } from '../db/repositories';
import type { ReportParams } from '../db/repositories/reports';

/** The regime's decision deadline in force today (the default catalogue). */
function legalOf(regimeId: string): LegalDeadline | null {
  const regime = DEFAULT_CATALOGUE.regimes[regimeId];
  const decide = regime && pickVersion(regime, today())?.deadlines.decide;
  return decide ? { n: decide.n, unit: decide.unit } : null;
}

/** What a report reads: the repositories of a connection and the holiday calendar. */
export interface ReportSource {
  repos: Pick<Repositories, 'reports'>;
  calendar: HolidayCalendar;
}

type Builders = { [K in ReportKind]: (p: ReportParams, src: ReportSource) => ReportAnswers[K] };

const BUILD: Builders = {
  stages: (p, src) =>
    stageSeries(
      src.repos.reports.stages(p).map((r) => ({ month: r.month, stage: r.reached, n: r.n })),
      p.from,
      p.to,
    ),
  approval: (p, src) => {
    const rows = src.repos.reports.approval(p);
    return {
      byRegime: rates(rows.map((r) => ({ ...r, key: r.regimeId }))),
      byAuthority: rates(rows.map((r) => ({ ...r, key: r.authority }))),
    };
  },
  decisionTime: (p, src) => ({
    rows: decisionTimes(src.repos.reports.decisionTime(p), src.calendar, legalOf),
  }),
  overdue: (p, src) => {
    const rows = src.repos.reports.overdue(p).map((r) => ({
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
  eligible: (p, src) => ({ weeks: eligibleWeeks(src.repos.reports.eligible(p), p.today) }),
  workload: (p, src) => workload(src.repos.reports.workload(p), STAGES),
};

export function buildReport(input: ReportInput, src: ReportSource): ReportResult {
  const now = today();
  const f = resolveFilters(input, now);
  const span = eligibleSpan(now);
  const params: ReportParams = { ...f, today: now, spanFrom: span.from, spanTo: span.to };
  const data = BUILD[input.report](params, src);
  return { report: input.report, from: f.from, to: f.to, data } as ReportResult;
}
