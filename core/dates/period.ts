/** Month, year and day periods (Civil Code arts. 201–202; RULES.md §2.1–2.3). */
import type { CountStep } from './explain';
import { addMonths, assertSpan, dateOfDay, dayNumber, type Bilingual, type Span } from './plain';

/** A counted date with the steps that produced it. */
export interface Explained {
  date: string;
  provisional: boolean;
  missingYears: number[];
  steps: CountStep[];
}

/**
 * The last day of a period that starts after `start`. Art. 202: no corresponding day in
 * the final month means that month's last day (addMonths, as Temporal's constrain overflow).
 */
export function explainPeriodEnd(
  start: string,
  span: Span,
  label: Bilingual | null = null,
): Explained {
  assertSpan(span);
  const { years = 0, months = 0, days = 0 } = span;
  // Day numbers, not Temporal objects: a bulk recompute counts tens of thousands of periods.
  const monthEnd = addMonths(start, years, months, 'start date');
  const end = dateOfDay(monthEnd.day + days);
  const steps: CountStep[] = [
    { kind: 'start', date: start, label },
    { kind: 'periodEnd', span, end, lastDayOfMonth: monthEnd.clamped },
  ];
  return { date: end, provisional: false, missingYears: [], steps };
}

export function periodEnd(start: string, span: Span): string {
  return explainPeriodEnd(start, span).date;
}

/**
 * The earliest application day: a wait is over at the end of its last day (§2.3).
 * Holidays do not move it; firstWorkingDayOnOrAfter gives the in-person filing day.
 */
export function explainEligibleFrom(
  trigger: string,
  wait: Span,
  label: Bilingual | null = null,
): Explained {
  const end = explainPeriodEnd(trigger, wait, label);
  const date = dateOfDay(dayNumber(end.date) + 1);
  return { ...end, date, steps: [...end.steps, { kind: 'dayAfter', date }] };
}

export function eligibleFrom(trigger: string, wait: Span): string {
  return explainEligibleFrom(trigger, wait).date;
}
