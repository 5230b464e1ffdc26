/**
 * Whether an authority event may be recorded (the guards; PRODUCT.md journeys
 * 4–5): dates in order and not in the future, only the moves the stage allows, one
 * extension per application, and no filing early or without every document unless the
 * user writes why. A re-application bar cannot be overridden.
 */
import { documentsNotInHand, type Readiness } from '../documents/checklist';
import type { MessageKey } from '../messages';
import type { CaseEvaluation } from '../rules/case-types';
import type { DocumentId } from '../rules/types';
import type { Stage } from '../stages';
import { listingLabel, type LabelledListing } from '../listing-label';
import type { LifecycleEventType } from './events';
import { barOn, stageBeforeFiling, waitingUntil } from './stage';
import {
  allowedNext,
  applyEvent,
  EVENT_LABELS,
  nextLabels,
  sortEvents,
  STAGE_LABELS,
  START,
  type LifecycleEvent,
  type Replay,
} from './transitions';

export type Override = 'notEligible' | 'documentsMissing' | 'both';

export type GuardFailure = {
  ok: false;
  key: MessageKey;
  params: Record<string, string | number>;
  /** The form field to show the message at. */
  field?: string;
  /** True where a written override reason (filed.overrideReason) lets the filing through. */
  overridable: boolean;
  /** The missing documents, for a checklist link; names are in params already. */
  documents?: DocumentId[];
};

export type GuardResult = { ok: true; overridden?: Override } | GuardFailure;

export type SequenceResult =
  { ok: true } | (GuardFailure & { index: number; eventId: number | undefined });

export interface GuardContext {
  evaluation: CaseEvaluation;
  readiness: Readiness;
  today: string;
  /** The case's listings, so a refusal names one by regime and decision number. */
  listings: readonly (LabelledListing & { id: number })[];
}

export interface CheckEventInput extends GuardContext {
  /** The case's other events, in any order (sorted by date, then id). */
  events: readonly LifecycleEvent[];
  next: LifecycleEvent;
  /** Editing this event: `next` replaces it in its place and the sequence is re-checked. */
  ignoreId?: number;
}

const fail = (
  key: MessageKey,
  params: GuardFailure['params'] = {},
  field?: string,
  overridable = false,
): GuardFailure => ({ ok: false, key, params, field, overridable });

function stageOf(state: Replay, ctx: GuardContext): Stage {
  const hasListings = ctx.evaluation.ruleVersions.length > 0;
  return state.stage ?? stageBeforeFiling({ ...ctx, hasListings });
}

/** The filing's own checks: the bar first (it cannot be overridden), then wait and documents. */
function checkFiling(next: LifecycleEvent & { type: 'filed' }, ctx: GuardContext): GuardResult {
  const bar = barOn(ctx.evaluation, next.date);
  if (bar) {
    const barred = ctx.listings.find((l) => l.id === bar.listingId);
    const name = (lang: 'en' | 'zh') => (barred ? listingLabel(barred, lang) : '');
    return fail(
      'lifecycle.barred',
      { date: bar.until, listing: name('en'), listingZh: name('zh') },
      'date',
    );
  }
  const until = waitingUntil(ctx.evaluation, next.date);
  // An expired document is not in hand either; the message names it as expired.
  const expired = ctx.readiness.expired.map((e) => e.id);
  const missing = [...ctx.readiness.missing, ...expired];
  if (until === null && missing.length === 0) return { ok: true };
  const overridden: Override =
    until !== null && missing.length > 0
      ? 'both'
      : until !== null
        ? 'notEligible'
        : 'documentsMissing';
  if (next.overrideReason.trim() !== '') return { ok: true, overridden };
  const docs = {
    documents: documentsNotInHand(ctx.readiness, 'en'),
    documentsZh: documentsNotInHand(ctx.readiness, 'zh'),
    count: missing.length,
  };
  const early = { filed: next.date, date: until ?? '' };
  const anyExpired = expired.length > 0;
  const result =
    overridden === 'both'
      ? fail(
          anyExpired
            ? 'lifecycle.notEligibleAndDocumentsNotInHand'
            : 'lifecycle.notEligibleAndDocumentsMissing',
          { ...early, ...docs },
          'overrideReason',
          true,
        )
      : overridden === 'notEligible'
        ? fail('lifecycle.notEligible', early, 'overrideReason', true)
        : fail(
            anyExpired ? 'lifecycle.documentsNotInHand' : 'lifecycle.documentsMissing',
            docs,
            'overrideReason',
            true,
          );
  return missing.length > 0 ? { ...result, documents: [...missing] } : result;
}

/**
 * One event after the ones before it (already valid). `filing` runs the filing's own
 * checks, which read the evaluation and checklist of today and so apply to the latest
 * filing only.
 */
function checkStep(
  previous: LifecycleEvent | undefined,
  state: Replay,
  next: LifecycleEvent,
  ctx: GuardContext,
  filing: boolean,
): GuardResult {
  // The schema refuses future dates already; kept for callers that skip it.
  if (next.date > ctx.today) return fail('field.dateFuture', {}, 'date');
  if (previous && next.date < previous.date) {
    const label = EVENT_LABELS[previous.type];
    return fail(
      'lifecycle.beforePrevious',
      { previous: label.en, previousZh: label.zh, previousDate: previous.date },
      'date',
    );
  }
  const stage = stageOf(state, ctx);
  const allowed = allowedNext(stage, state);
  if (!allowed.includes(next.type)) {
    if (allowed.length === 0) return fail('lifecycle.closed');
    if (next.type === 'extension' && stage === 'accepted' && state.extendedOn)
      return fail('lifecycle.extensionOnce', { date: state.extendedOn });
    return fail('lifecycle.illegalMove', moveParams(stage, next.type, allowed));
  }
  return next.type === 'filed' && filing ? checkFiling(next, ctx) : { ok: true };
}

function moveParams(stage: Stage, type: LifecycleEventType, allowed: LifecycleEventType[]) {
  return {
    stage: STAGE_LABELS[stage].en,
    stageZh: STAGE_LABELS[stage].zh,
    event: EVENT_LABELS[type].en,
    eventZh: EVENT_LABELS[type].zh,
    allowed: nextLabels(allowed, 'en'),
    allowedZh: nextLabels(allowed, 'zh'),
  };
}

/** May `next` be recorded after `events` (or replace event `ignoreId`)? */
export function checkEvent(input: CheckEventInput): GuardResult {
  const { events, next, ignoreId, ...ctx } = input;
  const sorted = sortEvents(events);
  const at = ignoreId === undefined ? -1 : sorted.findIndex((e) => e.id === ignoreId);
  if (at >= 0) {
    const edited = sorted.map((e, i) => (i === at ? { ...next, id: ignoreId } : e));
    const result = checkSequence(edited, { ...ctx, focusId: ignoreId });
    if (result.ok) return filingOverride(edited, at, ctx);
    const later = edited[at + 1];
    if (result.key === 'lifecycle.beforePrevious' && result.index === at + 1 && later) {
      // The edited date moved past the event after it: say so at the edited field.
      const label = EVENT_LABELS[later.type];
      const params = { next: label.en, nextZh: label.zh, nextDate: later.date };
      return fail('lifecycle.afterNext', params, 'date');
    }
    const { ok, key, params, field, overridable, documents } = result;
    return { ok, key, params, field, overridable, ...(documents ? { documents } : {}) };
  }
  const prior = sorted.filter((e) => ignoreId === undefined || e.id !== ignoreId);
  return checkStep(prior.at(-1), prior.reduce(applyEvent, START), next, ctx, true);
}

/** An accepted edit of the latest filing still reports what its reason overrode. */
function filingOverride(
  events: readonly LifecycleEvent[],
  at: number,
  ctx: GuardContext,
): GuardResult {
  const event = events[at];
  if (event?.type !== 'filed' || !isLatestFiling(events, at)) return { ok: true };
  return checkFiling(event, ctx);
}

function isLatestFiling(events: readonly LifecycleEvent[], index: number): boolean {
  return events.findIndex((e, i) => i > index && e.type === 'filed') === -1;
}

/**
 * Re-validates a whole sequence after an edit or a deletion, in the order given
 * (chronological; an edited event keeps its place, so a date moved before its
 * predecessor is reported as such). Returns the first problem. The filing checks, which
 * read today's evaluation and checklist, apply only to `focusId` when it is the latest
 * filing: an older filing was judged against the rules and documents of its own day.
 */
export function checkSequence(
  events: readonly LifecycleEvent[],
  ctx: GuardContext & { focusId?: number },
): SequenceResult {
  let state = START;
  for (const [index, event] of events.entries()) {
    const filing =
      ctx.focusId !== undefined && event.id === ctx.focusId && isLatestFiling(events, index);
    const result = checkStep(events[index - 1], state, event, ctx, filing);
    if (!result.ok) return { ...result, index, eventId: event.id };
    state = applyEvent(state, event);
  }
  return { ok: true };
}
