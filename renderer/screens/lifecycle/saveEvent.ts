/** Saving an event from its form: the event, then a decision's document under the event. */
import type { ApiError } from '../../../api/contract';
import { eventItemKey } from '../../../core/lifecycle';
import type { CaseDetail, CaseEventView } from '../../../core/types';
import { call } from '../../lib/api';
import { uploadFile } from '../../lib/upload';
import { withoutCase, type EventOutput } from './eventForm';

/** A new event, or the changes to the logged event `id`. */
export function sendEvent(values: EventOutput, id?: number) {
  return id === undefined
    ? call('events.add', values)
    : call('events.update', { ...withoutCase(values), id });
}

export type Attached =
  { ok: true; detail: CaseDetail } | { ok: false; error: ApiError; event: CaseEventView };

/**
 * Attaches the decision's document under its event's item key (event-<id>) through the
 * usual upload channels. Without `eventId` the decision is the one just logged: the
 * latest decision of the case (event ids grow as events are logged).
 */
export async function attachDecision(
  detail: CaseDetail,
  eventId: number | undefined,
  file: File,
): Promise<Attached> {
  const decisions = detail.events.filter((e) => e.type === 'decided');
  const id = eventId ?? Math.max(...decisions.map((e) => e.id));
  const event = decisions.find((e) => e.id === id)!;
  const target = { caseId: detail.id, itemKey: eventItemKey(id) };
  const outcome = await uploadFile(file, target, () => undefined, new AbortController().signal);
  if (outcome.ok) return { ok: true, detail: outcome.detail };
  // Nothing aborts this upload, so a failure always carries the backend's reason.
  return { ok: false, error: 'error' in outcome ? outcome.error : unknownError, event };
}

const unknownError: ApiError = { code: 'internal', message: '' };
