/** Shared fixtures of the lifecycle tests (not part of the public API). */
import { listing } from '../rules/test-kit';
import { officialCalendar } from '../dates/calendar';
import { translateMessage } from '../messages';
import type { CaseEvaluation } from '../rules/case-types';
import { checkEvent, type GuardFailure, type GuardResult } from './guards';
import type { Readiness } from '../documents/checklist';
import type { CaseListing } from '../rules/case-types';
import { evaluateCase } from '../rules/evaluate';
import type { EventFields, LifecycleEventType } from './events';
import { toRulesEvents } from './events';
import type { LifecycleEvent } from './transitions';

export const calendar = officialCalendar();
export const TODAY = '2026-03-20';
export const READY: Readiness = { ready: true, missing: [], expired: [] };
export const NOT_READY: Readiness = {
  ready: false,
  missing: ['integrity-commitment-letter'],
  expired: [],
};
/** The listing of the SAMR fixtures as the guards name it. */
export const SAMR_NAMED = [
  { id: 1, regimeId: 'samr-serious-list', decisionNo: '杭市监严〔2024〕8号' },
] as const;

export { listing };

/** SAMR list, listed 2024-06-03: may apply from 2025-06-04. */
export const SAMR_LISTED = listing('samr-serious-list', { listingDate: '2024-06-03' });
/** Listed 2025-12-01: may apply from 2026-12-02, after TODAY. */
export const SAMR_RECENT = listing('samr-serious-list', { listingDate: '2025-12-01' });

const DEFAULTS: { [T in LifecycleEventType]: Omit<Extract<EventFields, { type: T }>, 'date'> } = {
  filed: { type: 'filed', channel: 'online', reference: '', overrideReason: '' },
  accepted: { type: 'accepted' },
  refusedToAccept: { type: 'refusedToAccept', reason: 'incomplete' },
  supplementRequested: { type: 'supplementRequested', what: 'proof of payment' },
  materialsReceived: { type: 'materialsReceived' },
  extension: { type: 'extension', workingDays: 10, reason: 'complex case' },
  decided: { type: 'decided', outcome: 'repaired', decisionNo: '杭市监修〔2026〕3号', reasons: '' },
  withdrawn: { type: 'withdrawn', reason: '' },
  closed: { type: 'closed', note: '' },
};

let nextId = 1;

/** A complete event with defaults; ids increase in creation order. */
export function ev<T extends LifecycleEventType>(
  type: T,
  date: string,
  extra: Partial<Extract<EventFields, { type: T }>> = {},
): LifecycleEvent {
  return { ...DEFAULTS[type], date, id: nextId++, ...extra } as LifecycleEvent;
}

export function evaluate(
  listings: CaseListing[],
  events: readonly EventFields[] = [],
  today = TODAY,
) {
  return evaluateCase({ listings, events: toRulesEvents(events), today, calendar });
}

export const eligible = evaluate([SAMR_LISTED]);
export const waiting = evaluate([SAMR_RECENT]);
export const noListings = evaluate([]);

export function check(
  events: LifecycleEvent[],
  next: LifecycleEvent,
  opts: { evaluation?: CaseEvaluation; readiness?: Readiness; ignoreId?: number } = {},
): GuardResult {
  return checkEvent({
    events,
    next,
    evaluation: opts.evaluation ?? eligible,
    readiness: opts.readiness ?? READY,
    today: TODAY,
    listings: SAMR_NAMED,
    ignoreId: opts.ignoreId,
  });
}

export function failure(result: GuardResult): GuardFailure {
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

export const en = (r: GuardFailure) =>
  translateMessage(`${r.key}|${JSON.stringify(r.params)}`, 'en');
export const zh = (r: GuardFailure) =>
  translateMessage(`${r.key}|${JSON.stringify(r.params)}`, 'zh');
