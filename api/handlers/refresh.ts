/**
 * Keeps what is stored about a case (stage, next action, computed dates) in step with
 * the rules engine. Called inside the transaction of every write that can move a date
 * or a stage, and once a day for cases whose stage moves with time.
 */
import { requiredDocuments, readiness, type Readiness } from '../../core/documents';
import type { DocumentId } from '../../core/rules';
import { deriveStage, toRulesEvents, type CaseEventRecord } from '../../core/lifecycle';
import type { CaseDate, CaseEvaluation, Catalogue } from '../../core/rules';
import { DEADLINE_KINDS, nextDue } from '../../core/agenda';
import { today } from '../../core/today';
import type { HolidayCalendar } from '../../core/dates';
import type { HandlerContext } from './context';
import { calendarOf, catalogueFor, evaluate } from './evaluation';

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

export function eventsOf(ctx: HandlerContext, caseId: number): CaseEventRecord[] {
  return ctx.repos.events.forCase(caseId).map(
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

export interface CaseState {
  events: CaseEventRecord[];
  evaluation: CaseEvaluation;
  required: DocumentId[];
  readiness: Readiness;
}

/** Everything the lifecycle needs to judge a case now. */
export function caseState(
  ctx: HandlerContext,
  caseId: number,
  calendar: HolidayCalendar = calendarOf(ctx),
  events = eventsOf(ctx, caseId),
): CaseState {
  const record = ctx.repos.cases.get(caseId)!;
  const evaluation = evaluate(ctx, caseId, calendar, toRulesEvents(events));
  const lastFiled = [...events].reverse().find((e) => e.type === 'filed');
  const listings = ctx.repos.listings.forCase(caseId).filter((l) => l.archivedAt === null);
  const required = requiredDocuments(
    listings,
    lastFiled?.date ?? today(),
    catalogueFor(record.catalogueVersion),
  );
  const stored = ctx.repos.documents.forCase(caseId);
  const statuses = Object.fromEntries(stored.map((d) => [d.documentId, d.status]));
  const validUntil = Object.fromEntries(stored.map((d) => [d.documentId, d.validUntil]));
  // Custom items the user marked required count for readiness like the rule's own documents.
  const customRequired = ctx.repos.customItems
    .forCase(caseId)
    .filter((i) => i.required)
    .map((i) => i.key as DocumentId);
  return {
    events,
    evaluation,
    required,
    readiness: readiness([...required, ...customRequired], statuses, {
      validUntil,
      today: today(),
    }),
  };
}

export function refreshCase(
  ctx: HandlerContext,
  caseId: number,
  calendar: HolidayCalendar = calendarOf(ctx),
): CaseState {
  const record = ctx.repos.cases.get(caseId)!;
  const state = caseState(ctx, caseId, calendar);
  const catalogue = catalogueFor(record.catalogueVersion);
  const stage = deriveStage({
    events: state.events,
    evaluation: state.evaluation,
    readiness: state.readiness,
    hasListings: record.listingCount > 0,
    today: today(),
  });
  const dates = state.evaluation.dates.map((d) => ({
    listingId: d.listingId,
    kind: d.kind,
    date: d.date,
    done: DEADLINE_KINDS.includes(d.kind) && d.status === 'done',
    provisional: d.provisional,
    unit: unitOf(catalogue, d),
  }));
  const now = today();
  ctx.repos.cases.setComputed(caseId, {
    stage,
    nextAction: state.evaluation.nextAction,
    computedOn: now,
    // Sorting the Cases list by next date reads this column (core/agenda/next-due.ts).
    nextDue: nextDue(dates, stage, now),
  });
  ctx.repos.caseDates.replace(caseId, dates);
  return state;
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
  const calendar = calendarOf(ctx);
  ctx.repos.transaction(() => ids.forEach((id) => refreshCase(ctx, id, calendar)));
  return ids.length;
}
