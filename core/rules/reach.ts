/**
 * How far a counted date can lie from the day its count started. A holiday year can only
 * move a date whose count touched that year, so only the cases with a stored date from
 * the year's first day to its last day plus this reach need evaluating when it changes.
 */
import type { DateKind } from './case-types';
import type { Catalogue } from './types';

/**
 * The dates counted against the holiday calendar. The others are periods (a wait, an
 * automatic end, a bar) that holidays do not move (RULES.md §2.3).
 */
export const CALENDAR_COUNTED_KINDS: readonly DateKind[] = [
  'firstWorkingDayToFile',
  'acceptanceDue',
  'decisionDue',
  'publicityStopDue',
];

/**
 * Rest days a count can cross beyond its weekends: the longest holiday runs (Spring
 * Festival, National Day) with their adjoining weekends, twice over, and a rolled-forward
 * first working day after a wait. Generous on purpose: too wide only evaluates more cases.
 */
const REST_SLACK_DAYS = 31;

/** The calendar days the longest count of `catalogue` (a deadline and its extension) can span. */
export function countReachDays(catalogue: Catalogue): number {
  let longest = 0;
  for (const regime of Object.values(catalogue.regimes)) {
    for (const { deadlines: d } of regime.versions) {
      const decide = (d.decide?.n ?? 0) + (d.extension?.n ?? 0);
      longest = Math.max(longest, d.accept?.n ?? 0, decide, d.publicityStop?.n ?? 0);
    }
  }
  // Five working days take seven calendar days; calendar-day counts take fewer.
  return Math.ceil((longest * 7) / 5) + REST_SLACK_DAYS;
}
