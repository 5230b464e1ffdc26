/**
 * The values of the event form: one member of core/lifecycle's eventAddInput, the type and
 * case fixed by the button that opened it. Editing starts from the logged event.
 */
import type { z } from 'zod';
import type {
  CaseEventRecord,
  eventAddInput,
  EventFields,
  LifecycleEventType,
} from '../../../core/lifecycle';
import { today } from '../../../core/today';

export type EventValues = z.input<typeof eventAddInput>;
export type EventOutput = z.output<typeof eventAddInput>;

/**
 * An empty form for a new event of this type, dated today. An extension starts at the
 * length its rule sets (`extensionDays`); a decision starts with no outcome chosen.
 */
export function newEventValues(
  caseId: number,
  type: LifecycleEventType,
  extensionDays?: number,
): EventValues {
  const date = today();
  switch (type) {
    case 'filed':
      return { caseId, type, date, channel: 'online', reference: '', overrideReason: '' };
    case 'refusedToAccept':
    case 'extension':
      return type === 'extension'
        ? { caseId, type, date, workingDays: extensionDays as number, reason: '' }
        : { caseId, type, date, reason: '' };
    case 'supplementRequested':
      return { caseId, type, date, what: '' };
    case 'decided':
      // The user states the outcome: the schema refuses a decision without one.
      return { caseId, type, date, outcome: undefined as never, decisionNo: '', reasons: '' };
    case 'withdrawn':
      return { caseId, type, date, reason: '' };
    case 'closed':
      return { caseId, type, date, note: '' };
    case 'accepted':
    case 'materialsReceived':
      return { caseId, type, date };
  }
}

/** The form for changing a logged event: its own fields, without the record's bookkeeping. */
export function editEventValues(caseId: number, event: CaseEventRecord): EventValues {
  const fields = without(event, ['id', 'createdAt', 'createdBy', 'files']);
  return { ...newEventValues(caseId, event.type), ...fields, caseId } as EventValues;
}

/** The fields of an event without the case, for events.update. */
export function withoutCase(values: EventOutput): EventFields {
  return without(values, ['caseId']) as EventFields;
}

function without(value: object, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
}
