/**
 * Keeps what is stored about a case (stage, next action, computed dates) in step with
 * the rules engine. Called inside the transaction of every write that can move a date
 * or a stage, and once a day for cases whose stage moves with time.
 */
import type { CaseEventRecord } from '../../core/lifecycle';
import type { HolidayCalendar } from '../../core/dates';
import {
  computedOf,
  RECOMPUTE_BATCH,
  recordsOf,
  stateFrom,
  type CaseInputs,
  type CaseState,
} from '../../core/recompute';
import { today } from '../../core/today';
import type { HandlerContext } from './context';
import { calendarOf } from './evaluation';

export { DEADLINE_KINDS } from '../../core/agenda';
export type { CaseState } from '../../core/recompute';

export function eventsOf(ctx: HandlerContext, caseId: number): CaseEventRecord[] {
  return recordsOf(ctx.repos.events.forCase(caseId));
}

/** What the engine reads about one case: the same bulk reads a batch makes, for one id. */
export function inputsOf(ctx: HandlerContext, caseId: number): CaseInputs {
  const [inputs] = ctx.repos.caseInputs.forCases([caseId]);
  if (!inputs) throw new Error(`Case ${caseId} does not exist.`);
  return inputs;
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

/** Recomputes `inputs` (read beforehand, e.g. in bulk) with `calendar` and stores the result. */
function refreshFrom(
  ctx: HandlerContext,
  inputs: CaseInputs,
  calendar: HolidayCalendar,
  now: string,
): CaseState {
  const state = stateFrom(inputs, calendar, now);
  ctx.repos.caseInputs.store(inputs.id, computedOf(inputs, state, now), now);
  return state;
}

export function refreshCase(
  ctx: HandlerContext,
  caseId: number,
  calendar: HolidayCalendar = calendarOf(ctx),
): CaseState {
  return refreshFrom(ctx, inputsOf(ctx, caseId), calendar, today());
}

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
      const computed = ctx.repos.caseInputs.forCases(batch).map((inputs) => ({
        id: inputs.id,
        computed: computedOf(inputs, stateFrom(inputs, calendar, now), now),
      }));
      ctx.repos.caseInputs.storeMany(computed, now);
    });
    opts.onProgress?.(i + batch.length, ids.length);
  }
  // After a bulk change the planner's statistics catch up (db/optimize.ts).
  if (ids.length > size) ctx.repos.optimize();
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
