/**
 * The stage of a case follows from its dated events (after filing) and from the rules
 * engine and the checklist (before filing); it is never picked from a free list.
 */
import { dateOfDay, dayNumber } from '../dates/plain';
import type { Readiness } from '../documents/checklist';
import type { CaseEvaluation } from '../rules/case-types';
import type { Stage } from '../stages';
import { replay, sortEvents, type LifecycleEvent } from './transitions';

/** Issues that leave a listing without computable dates: it cannot be assessed yet. */
const UNASSESSABLE = new Set(['issue.unknownRegime', 'issue.noVersion', 'issue.missingTrigger']);

export interface ListingWindow {
  listingId: number;
  /** False where the regime, rule version or trigger date is missing (intake work). */
  assessable: boolean;
  /** Null where the wait has no span: "as soon as the cause is remedied". */
  mayApplyFrom: string | null;
  barredUntil: string | null;
}

export function listingWindows(evaluation: CaseEvaluation): ListingWindow[] {
  return evaluation.ruleVersions.map(({ listingId, ruleVersionId }) => {
    const broken = evaluation.issues.some(
      (i) => UNASSESSABLE.has(i.key) && i.params.listingId === listingId,
    );
    return {
      listingId,
      assessable: ruleVersionId !== null && !broken,
      mayApplyFrom: dateOf(evaluation, listingId, 'mayApplyFrom'),
      barredUntil: dateOf(evaluation, listingId, 'reapplicationBarredUntil'),
    };
  });
}

function dateOf(evaluation: CaseEvaluation, listingId: number, kind: string): string | null {
  return evaluation.dates.find((d) => d.listingId === listingId && d.kind === kind)?.date ?? null;
}

function dayAfter(date: string): string {
  return dateOfDay(dayNumber(date) + 1);
}

/** The first date the listing may be applied for: after its wait and after any bar. */
function eligibleFrom(w: ListingWindow): string | null {
  const afterBar = w.barredUntil ? dayAfter(w.barredUntil) : null;
  if (w.mayApplyFrom && afterBar) return w.mayApplyFrom > afterBar ? w.mayApplyFrom : afterBar;
  return w.mayApplyFrom ?? afterBar;
}

/**
 * While no assessable listing may be applied for on `date`, the earliest date one may;
 * null when one may already, or when none can be assessed. A listing whose wait is a
 * condition only (abnormal operations, court list) counts as eligible: whether the cause
 * is remedied is for the consultant to judge, and its proof is on the checklist.
 */
export function waitingUntil(evaluation: CaseEvaluation, date: string): string | null {
  const assessable = listingWindows(evaluation).filter((w) => w.assessable);
  if (assessable.length === 0) return null;
  let earliest: string | null = null;
  for (const w of assessable) {
    const from = eligibleFrom(w);
    if (from === null || from <= date) return null;
    if (earliest === null || from < earliest) earliest = from;
  }
  return earliest;
}

/** A re-application bar that runs on `date` for any listing (the latest such bar). */
export function barOn(
  evaluation: CaseEvaluation,
  date: string,
): { listingId: number; until: string } | null {
  let found: { listingId: number; until: string } | null = null;
  for (const w of listingWindows(evaluation)) {
    if (w.barredUntil && w.barredUntil >= date && (!found || w.barredUntil > found.until))
      found = { listingId: w.listingId, until: w.barredUntil };
  }
  return found;
}

export interface StageInput {
  /** The case's events; sorted here by date, then id. */
  events: readonly LifecycleEvent[];
  evaluation: CaseEvaluation;
  readiness: Readiness;
  hasListings: boolean;
  today: string;
}

/**
 * Before filing: intake until a listing can be assessed, waiting while none may be
 * applied for yet, preparing while a required document is missing, then ready.
 */
export function stageBeforeFiling(input: Omit<StageInput, 'events'>): Stage {
  const { evaluation, readiness, hasListings, today } = input;
  if (!hasListings || !listingWindows(evaluation).some((w) => w.assessable)) return 'intake';
  if (waitingUntil(evaluation, today) !== null) return 'waiting';
  return readiness.ready ? 'ready' : 'preparing';
}

/**
 * The last event that sets a stage decides it ('extension' sets none); a case re-filed
 * after a refusal is filed again. Events that set no stage leave the case before filing.
 */
export function deriveStage(input: StageInput): Stage {
  return replay(sortEvents(input.events)).stage ?? stageBeforeFiling(input);
}
