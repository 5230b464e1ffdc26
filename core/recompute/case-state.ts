/**
 * A case judged from what was read about it: its dates from the rules engine, its
 * readiness and stage, and the rows stored for it. Pure, so the server thread and a
 * worker thread (a holiday year's save) compute a case the same way.
 */
import { DEADLINE_KINDS, nextDue } from '../agenda';
import type { HolidayCalendar } from '../dates';
import { readiness, requiredDocuments, type DocStatus, type Readiness } from '../documents';
import { deriveStage, toRulesEvents, type CaseEventRecord } from '../lifecycle';
import {
  catalogueFor,
  evaluateCase,
  type CaseDate,
  type CaseEvaluation,
  type Catalogue,
  type DocumentId,
} from '../rules';
import type { Stage } from '../stages';
import type { Listing } from '../types';

/** Cases read and written together: a few bulk reads and one transaction each. */
export const RECOMPUTE_BATCH = 500;

export interface CaseInputs {
  id: number;
  clientName: string;
  catalogueVersion: string;
  listingCount: number;
  /** Every listing of the case, archived ones too. */
  listings: Listing[];
  /** In the order they happened; `data` holds the type's own fields. */
  events: {
    id: number;
    type: string;
    date: string;
    data: Record<string, unknown>;
    createdAt: string;
    createdBy: string;
  }[];
  documents: { documentId: string; status: string; validUntil: string }[];
  /** Checklist keys of the custom items the user marked required. */
  requiredCustom: string[];
}

export interface CaseState {
  events: CaseEventRecord[];
  evaluation: CaseEvaluation;
  required: DocumentId[];
  readiness: Readiness;
}

/** What is stored about a case after it is judged. */
export interface ComputedCase {
  stage: Stage;
  nextAction: CaseEvaluation['nextAction'];
  nextDue: string | null;
  dates: {
    listingId: number;
    kind: string;
    date: string;
    done: boolean;
    provisional: boolean;
    unit: 'working' | 'calendar' | '';
  }[];
}

/** Stored events as the lifecycle reads them. */
export function recordsOf(stored: CaseInputs['events']): CaseEventRecord[] {
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

/** The bare engine call on the listings that are not archived; caseState() adds readiness. */
export function evaluateListings(
  c: { catalogueVersion: string; listings: readonly Listing[] },
  calendar: HolidayCalendar,
  events: CaseEventRecord[],
  today: string,
): CaseEvaluation {
  return evaluateCase({
    listings: c.listings.map(
      ({ id, regimeId, decisionNo, decisionDate, listingDate, publicationDate }) => ({
        id,
        regimeId,
        decisionNo,
        decisionDate,
        listingDate,
        publicationDate,
      }),
    ),
    events: toRulesEvents(events),
    today,
    calendar,
    catalogue: catalogueFor(c.catalogueVersion),
  });
}

/** Everything the lifecycle needs to judge a case, from what was read about it. */
export function stateFrom(
  inputs: CaseInputs,
  calendar: HolidayCalendar,
  now: string,
  events: CaseEventRecord[] = recordsOf(inputs.events),
): CaseState {
  const listings = inputs.listings.filter((l) => l.archivedAt === null);
  const catalogueVersion = inputs.catalogueVersion;
  const evaluation = evaluateListings({ catalogueVersion, listings }, calendar, events, now);
  const lastFiled = [...events].reverse().find((e) => e.type === 'filed');
  const catalogue = catalogueFor(catalogueVersion);
  const required = requiredDocuments(listings, lastFiled?.date ?? now, catalogue);
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

/** The computed dates as stored and as the agenda reads them: met or not, and how they are counted. */
export function datedOf(catalogueVersion: string, evaluation: CaseEvaluation) {
  const catalogue = catalogueFor(catalogueVersion);
  return evaluation.dates.map((d) => ({
    listingId: d.listingId,
    kind: d.kind,
    date: d.date,
    done: DEADLINE_KINDS.includes(d.kind) && d.status === 'done',
    provisional: d.provisional,
    unit: unitOf(catalogue, d),
  }));
}

/** The stage, next action and date rows to store for a judged case. */
export function computedOf(inputs: CaseInputs, state: CaseState, now: string): ComputedCase {
  const stage = deriveStage({
    events: state.events,
    evaluation: state.evaluation,
    readiness: state.readiness,
    hasListings: inputs.listingCount > 0,
    today: now,
  });
  const dates = datedOf(inputs.catalogueVersion, state.evaluation);
  // Sorting the Cases list by next date reads next_due (core/agenda/next-due.ts).
  return {
    stage,
    nextAction: state.evaluation.nextAction,
    nextDue: nextDue(dates, stage, now),
    dates,
  };
}
