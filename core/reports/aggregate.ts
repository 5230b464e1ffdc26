/**
 * The reports' arithmetic on the rows the database grouped (db/repositories/reports.ts):
 * months filled in, rates, percentiles in working days, the next twelve weeks. Pure, so
 * each rule is tested on its own; dates as YYYY-MM-DD strings, never Date.
 */
import { Temporal } from 'temporal-polyfill';
import type { HolidayCalendar } from '../dates';
import { dayNumber } from '../dates/plain';
import { countingFor } from '../agenda/working-days';
import { addDays } from '../agenda/days-left';
import type { Stage } from '../stages';
import {
  APPLICATION_STAGES,
  type ApplicationStage,
  type DecisionTimeRow,
  type EligibleWeek,
  type LegalDeadline,
  type Rate,
  type StagesReport,
  type WorkloadReport,
} from './types';

/** Every month from the month of `from` to the month of `to`, as 'YYYY-MM'. */
export function monthsOf(from: string, to: string): string[] {
  const last = Temporal.PlainYearMonth.from(to.slice(0, 7));
  const out: string[] = [];
  for (
    let m = Temporal.PlainYearMonth.from(from.slice(0, 7));
    Temporal.PlainYearMonth.compare(m, last) <= 0;
    m = m.add({ months: 1 })
  )
    out.push(m.toString());
  return out;
}

export function stageSeries(
  rows: readonly { month: string; stage: string; n: number }[],
  from: string,
  to: string,
): StagesReport {
  const zero = () =>
    Object.fromEntries(APPLICATION_STAGES.map((s) => [s, 0])) as Record<ApplicationStage, number>;
  const byMonth = new Map(monthsOf(from, to).map((month) => [month, { month, ...zero() }]));
  for (const r of rows) {
    const month = byMonth.get(r.month);
    if (month && (APPLICATION_STAGES as readonly string[]).includes(r.stage))
      month[r.stage as ApplicationStage] += r.n;
  }
  return { months: [...byMonth.values()] };
}

/** Approved over decided per key (summing rows of the same key), most decisions first. */
export function rates(rows: readonly { key: string; decided: number; approved: number }[]): Rate[] {
  const sums = new Map<string, { decided: number; approved: number }>();
  for (const r of rows) {
    const s = sums.get(r.key) ?? { decided: 0, approved: 0 };
    s.decided += r.decided;
    s.approved += r.approved;
    sums.set(r.key, s);
  }
  return [...sums]
    .map(([key, s]) => ({ key, ...s, rate: s.decided ? s.approved / s.decided : null }))
    .sort((a, b) => b.decided - a.decided || a.key.localeCompare(b.key));
}

/**
 * The nearest-rank percentile (0 < p ≤ 1) of values each seen `n` times: the smallest value
 * at or below which at least p of all observations lie. Null for no observations.
 */
export function percentile(
  values: readonly { value: number; n: number }[],
  p: number,
): number | null {
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const total = sorted.reduce((s, v) => s + v.n, 0);
  if (total === 0) return null;
  const rank = Math.ceil(p * total);
  let seen = 0;
  for (const v of sorted) {
    seen += v.n;
    if (seen >= rank) return v.value;
  }
  return sorted.at(-1)!.value;
}

/**
 * Decision times per authority and regime: working days after the start (acceptance, or
 * filing) up to and including the decision day, the count the rules engine uses for the
 * deadline itself (core/dates addWorkingDays), so "on the deadline day" is exactly n.
 */
export function decisionTimes(
  rows: readonly { authority: string; regimeId: string; start: string; end: string; n: number }[],
  calendar: HolidayCalendar,
  legalOf: (regimeId: string) => LegalDeadline | null,
): DecisionTimeRow[] {
  const counter = countingFor(calendar);
  const groups = new Map<
    string,
    { authority: string; regimeId: string; values: { value: number; n: number }[] }
  >();
  for (const r of rows) {
    const key = `${r.authority}\u0000${r.regimeId}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { authority: r.authority, regimeId: r.regimeId, values: [] }));
    const from = dayNumber(r.start);
    const to = dayNumber(r.end);
    g.values.push({ value: to > from ? counter.between(from, to) : 0, n: r.n });
  }
  return [...groups.values()]
    .map(({ authority, regimeId, values }) => {
      const legal = legalOf(regimeId);
      const late =
        legal?.unit === 'working'
          ? values.filter((v) => v.value > legal.n).reduce((s, v) => s + v.n, 0)
          : 0;
      return {
        authority,
        regimeId,
        decisions: values.reduce((s, v) => s + v.n, 0),
        median: percentile(values, 0.5)!,
        p90: percentile(values, 0.9)!,
        legal,
        late,
      };
    })
    .sort((a, b) => b.p90 - a.p90 || a.authority.localeCompare(b.authority));
}

/** The twelve weeks from today (week k: today + 7k … today + 7k + 6), with the cases per week. */
export function eligibleWeeks(
  rows: readonly { date: string; n: number }[],
  now: string,
): EligibleWeek[] {
  const weeks = Array.from({ length: 12 }, (_, k) => ({
    from: addDays(now, 7 * k),
    to: addDays(now, 7 * k + 6),
    cases: 0,
  }));
  const start = dayNumber(now);
  for (const r of rows) {
    const k = Math.floor((dayNumber(r.date) - start) / 7);
    if (k >= 0 && k < 12) weeks[k]!.cases += r.n;
  }
  return weeks;
}

/** The twelve weeks' span, for the query: today through the last day of week twelve. */
export const eligibleSpan = (now: string) => ({ from: now, to: addDays(now, 83) });

/** Open cases per assignee and stage, busiest first; the stages in lifecycle order. */
export function workload(
  rows: readonly { assignee: string; stage: string; n: number }[],
  order: readonly Stage[],
): WorkloadReport {
  const people = new Map<string, WorkloadReport['rows'][number]>();
  const seen = new Set<string>();
  for (const r of rows) {
    let p = people.get(r.assignee);
    if (!p) people.set(r.assignee, (p = { assignee: r.assignee, byStage: {}, total: 0 }));
    p.byStage[r.stage as Stage] = (p.byStage[r.stage as Stage] ?? 0) + r.n;
    p.total += r.n;
    seen.add(r.stage);
  }
  return {
    stages: order.filter((s) => seen.has(s)),
    rows: [...people.values()].sort(
      (a, b) => b.total - a.total || a.assignee.localeCompare(b.assignee),
    ),
  };
}
