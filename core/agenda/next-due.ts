/**
 * A case's next date: what the Cases list sorts by when the user asks for "Next date".
 *
 * It is the earliest of
 * - the case's **open authority deadlines** (acceptance, decision, publicity stop: the
 *   authority has not yet done what the deadline waits for), overdue ones included, while
 *   the case is in a stage in which the authority's clock runs (filed, accepted,
 *   supplement requested, repaired: publicity must still stop after a repair); and
 * - its **upcoming milestones** (may apply from, first working day to file, automatic end,
 *   re-application barred until) dated today or later, while the case has not ended
 *   (not repaired, closed or withdrawn).
 *
 * A case with neither has no next date (null) and sorts last. An overdue deadline stays
 * the next date until it is met, so the most urgent case comes first; a milestone drops
 * out the day after it falls, which is why a case whose next date has passed since it was
 * computed is recomputed once that day (see cases.staleIds).
 */
import type { DateKind } from '../rules';
import type { Stage } from '../stages';
import { DEADLINE_KINDS } from './selection';

/** Stages in which an authority deadline runs (publicity must still stop after a repair). */
export const AUTHORITY_STAGES: readonly Stage[] = ['filed', 'accepted', 'supplement', 'repaired'];

/** Stages after which no milestone matters any more. */
const ENDED_STAGES: readonly Stage[] = ['repaired', 'closed', 'withdrawn'];

export interface DatedItem {
  kind: DateKind;
  date: string;
  /** A deadline whose awaited event has happened. */
  done: boolean;
}

/** The dated item nextDue() picks, with everything it carries (its kind, its unit). */
export function nextDueItem<T extends DatedItem>(
  dates: readonly T[],
  stage: Stage,
  today: string,
): T | null {
  const deadlinesRun = AUTHORITY_STAGES.includes(stage);
  const milestonesCount = !ENDED_STAGES.includes(stage);
  let next: T | null = null;
  for (const d of dates) {
    const counts = DEADLINE_KINDS.includes(d.kind)
      ? deadlinesRun && !d.done
      : milestonesCount && d.date >= today;
    if (counts && (next === null || d.date < next.date)) next = d;
  }
  return next;
}

export function nextDue(dates: readonly DatedItem[], stage: Stage, today: string): string | null {
  return nextDueItem(dates, stage, today)?.date ?? null;
}
