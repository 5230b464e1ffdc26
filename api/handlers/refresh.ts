/**
 * Keeps what is stored about a case (stage, next action, computed dates) in step with
 * the rules engine. Called inside the transaction of every write that can move a date
 * or a stage, and once a day for cases whose stage moves with time.
 */
import { requiredDocuments, readiness, type DocStatus, type Readiness } from '../../core/documents';
import type { DocumentId } from '../../core/rules';
import { deriveStage, toRulesEvents, type CaseEventRecord } from '../../core/lifecycle';
import type { CaseDate, CaseEvaluation, Catalogue } from '../../core/rules';
import { DEADLINE_KINDS, nextDue } from '../../core/agenda';
import { today } from '../../core/today';
import type { HolidayCalendar } from '../../core/dates';
import type { HandlerContext } from './context';
import { calendarOf, catalogueFor, evaluate } from './evaluation';
import type { CaseInputs } from '../../db/repositories/case-inputs';
import type { StoredEvent } from '../../db/repositories/events';

export { DEADLINE_KINDS } from '../../core/agenda';

const DEADLINE_FIELD = {
  acceptanceDue: 'accept',
  decisionDue: 'decide',
  publicityStopDue: 'publicityStop',
} as const;

/** Working or calendar days, as the rule version that produced the date counts them. */
function unitOf(catalogue: Catalogue, d: CaseDate): 'working' | 'calendar' | '' {
  if (!(d.kind in DEADLINE_FIELD)) return '';
  const regimeId = d.ruleVersionId.split('@')[0]!;
  const version = catalogue.regimes[regimeId]?.versions.find((v) => v.id === d.ruleVersionId);
  return version?.deadlines[DEADLINE_FIELD[d.kind as keyof typeof DEADLINE_FIELD]]?.unit ?? '';
}

/** Stored events as the lifecycle reads them. */
function recordsOf(stored: readonly StoredEvent[]): CaseEventRecord[] {
  return stored.map(
    (e) =>
      ({
        ...e.data,
        id: e.id,
        type: e.type,
        date: e.date,
        createdAt: e.createdAt,
        createdBy: e.createdBy,
      }) as CaseEventRecord,
  );
}

export function eventsOf(ctx: HandlerContext, caseId: number): CaseEventRecord[] {
  return recordsOf(ctx.repos.events.forCase(caseId));
}

/** What the engine reads about one case: the same bulk reads a batch makes, for one id. */
export function inputsOf(ctx: HandlerContext, caseId: number): CaseInputs {
  const [inputs] = ctx.repos.caseInputs.forCases([caseId]);
  if (!inputs) throw new Error(`Case ${caseId} does not exist.`);
  return inputs;
}

export interface CaseState {
  events: CaseEventRecord[];
  evaluation: CaseEvaluation;
  required: DocumentId[];
  readiness: Readiness;
}

/** Everything the lifecycle needs to judge a case, from what was read about it. */
export function stateFrom(
  inputs: CaseInputs,
  calendar: HolidayCalendar,
  now: string = today(),
  events: CaseEventRecord[] = recordsOf(inputs.events),
): CaseState {
  const listings = inputs.listings.filter((l) => l.archivedAt === null);
  const evaluation = evaluate(
    { catalogueVersion: inputs.catalogueVersion, listings },
    calendar,
    toRulesEvents(events),
    now,
  );
  const lastFiled = [...events].reverse().find((e) => e.type === 'filed');
  const required = requiredDocuments(
    listings,
    lastFiled?.date ?? now,
    catalogueFor(inputs.catalogueVersion),
  );
  const statuses = Object.fromEntries(
    inputs.documents.map((d) => [d.documentId, d.status as DocStatus]),
  );
  const validUntil = Object.fromEntries(inputs.documents.map((d) => [d.documentId, d.validUntil]));
  // Custom items the user marked required count for readiness like the rule's own documents.
  const customRequired = inputs.requiredCustom as DocumentId[];
  return {
    events,
    evaluation,
    required,
    readiness: readiness([...required, ...customRequired], statuses, { validUntil, today: now }),
  };
}

/** Everything the lifecycle needs to judge a case now. */
export function caseState(
  ctx: HandlerContext,
  caseId: number,
  calendar: HolidayCalendar = calendarOf(ctx),
  events?: CaseEventRecord[],
): CaseState {
  return stateFrom(inputsOf(ctx, caseId), calendar, today(), events);
}

/** Stores what `state` says about the case: stage, next action and computed dates. */
export function storeState(
  ctx: HandlerContext,
  inputs: CaseInputs,
  state: CaseState,
  now: string,
): void {
  const catalogue = catalogueFor(inputs.catalogueVersion);
  const stage = deriveStage({
    events: state.events,
    evaluation: state.evaluation,
    readiness: state.readiness,
    hasListings: inputs.listingCount > 0,
    today: now,
  });
  const dates = state.evaluation.dates.map((d) => ({
    listingId: d.listingId,
    kind: d.kind,
    date: d.date,
    done: DEADLINE_KINDS.includes(d.kind) && d.status === 'done',
    provisional: d.provisional,
    unit: unitOf(catalogue, d),
  }));
  ctx.repos.cases.setComputed(inputs.id, {
    stage,
    nextAction: state.evaluation.nextAction,
    computedOn: now,
    // Sorting the Cases list by next date reads this column (core/agenda/next-due.ts).
    nextDue: nextDue(dates, stage, now),
  });
  ctx.repos.caseDates.replace(inputs.id, dates);
}

/** Recomputes `inputs` (read beforehand, e.g. in bulk) with `calendar` and stores the result. */
export function refreshFrom(
  ctx: HandlerContext,
  inputs: CaseInputs,
  calendar: HolidayCalendar,
  now: string = today(),
): CaseState {
  const state = stateFrom(inputs, calendar, now);
  storeState(ctx, inputs, state, now);
  return state;
}

export function refreshCase(
  ctx: HandlerContext,
  caseId: number,
  calendar: HolidayCalendar = calendarOf(ctx),
): CaseState {
  return refreshFrom(ctx, inputsOf(ctx, caseId), calendar);
}

/** Cases read and written together: a few bulk reads and one transaction each. */
export const RECOMPUTE_BATCH = 500;

/**
 * Recomputes every case of `ids` a batch at a time, each batch read in bulk and written
 * in its own transaction, so a long run holds no lock for long and a stop loses nothing.
 */
export function recomputeCases(
  ctx: HandlerContext,
  ids: readonly number[],
  opts: {
    calendar?: HolidayCalendar;
    batch?: number;
    onProgress?: (done: number, total: number) => void;
  } = {},
): number {
  const calendar = opts.calendar ?? calendarOf(ctx);
  const size = opts.batch ?? RECOMPUTE_BATCH;
  const now = today();
  for (let i = 0; i < ids.length; i += size) {
    const batch = ids.slice(i, i + size);
    ctx.repos.transaction(() => {
      for (const inputs of ctx.repos.caseInputs.forCases(batch))
        refreshFrom(ctx, inputs, calendar, now);
    });
    opts.onProgress?.(i + batch.length, ids.length);
  }
  return ids.length;
}

const refreshedOn = new WeakMap<HandlerContext['repos'], string>();

/**
 * Recomputes the cases whose stage the date may have moved. Writes keep cases current,
 * so this looks only once a day per open database.
 */
export function refreshStale(ctx: HandlerContext): number {
  // A read-only folder shows the cases as they were last stored.
  if (ctx.readOnly) return 0;
  const now = today();
  if (refreshedOn.get(ctx.repos) === now) return 0;
  refreshedOn.set(ctx.repos, now);
  const ids = ctx.repos.cases.staleIds(now);
  if (ids.length === 0) return 0;
  return recomputeCases(ctx, ids);
}
