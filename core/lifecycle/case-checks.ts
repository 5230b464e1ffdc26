/**
 * An authority event checked against its case (issue 8): not before a listing of the case
 * exists in full, in order with the other events and a move the stage allows (guards.ts),
 * and an extension of the length the rule version sets. One refined schema serves the event
 * form (built from the CaseDetail it has) and the events handler (built from the stored
 * case), so the form shows as the user types what the backend would answer.
 */
import type { z } from 'zod';
import type { Readiness } from '../documents/checklist';
import { listingLabel, type LabelledListing } from '../listing-label';
import { encodeMessage, type Lang, type MessageKey } from '../messages';
import { catalogueFor, pickVersion } from '../rules/catalogue';
import type { CaseEvaluation } from '../rules/case-types';
import { countText } from '../rules/common';
import { citationText } from '../rules/sources';
import type { Catalogue, Citation, DayCount } from '../rules/types';
import { today } from '../today';
import {
  eventFields,
  LIFECYCLE_EVENT_TYPES,
  type EventFields,
  type LifecycleEventType,
} from './events';
import { plainDate } from '../schemas';
import { checkEvent, type GuardContext, type GuardFailure, type GuardResult } from './guards';
import { firstEventBefore, type ListingDates } from './listing-order';
import { sortEvents, type LifecycleEvent } from './transitions';

export type CaseEventListing = ListingDates & LabelledListing & { id: number };

export interface EventCaseContext extends GuardContext {
  /** The case's live listings (archived ones left out). */
  listings: readonly CaseEventListing[];
  /** Its logged events, in any order. */
  events: readonly LifecycleEvent[];
  /** The event being edited: the new values take its place. */
  editingId?: number;
  /** The catalogue the case is computed with. */
  catalogue: Catalogue;
}

/** What a case is judged with: a CaseDetail has it, and so has the stored case. */
export interface CaseFacts {
  listings: readonly (CaseEventListing & { archivedAt: string | null })[];
  events: readonly LifecycleEvent[];
  evaluation: CaseEvaluation;
  readiness: Readiness;
  catalogueVersion: string;
}

export function eventCaseContext(facts: CaseFacts, editingId?: number): EventCaseContext {
  return {
    today: today(),
    listings: facts.listings.filter((l) => l.archivedAt === null),
    events: facts.events,
    evaluation: facts.evaluation,
    readiness: facts.readiness,
    catalogue: catalogueFor(facts.catalogueVersion),
    editingId,
  };
}

const failure = (key: MessageKey, params: GuardFailure['params'], field: string): GuardFailure => ({
  ok: false,
  key,
  params,
  field,
  overridable: false,
});

const both = (text: (lang: Lang) => string) => ({ en: text('en'), zh: text('zh') });

/** No event before a listing stands complete; the latest such listing is the one to name. */
function beforeListing(ctx: EventCaseContext, next: LifecycleEvent): GuardFailure | null {
  let latest: { listing: CaseEventListing; on: string } | null = null;
  for (const listing of ctx.listings) {
    const found = firstEventBefore(listing, [next]);
    if (found && (!latest || found.listedOn > latest.on)) latest = { listing, on: found.listedOn };
  }
  if (!latest) return null;
  const { listing, on } = latest;
  const name = both((lang) => listingLabel(listing, lang));
  return failure(
    'events.beforeListing',
    { listing: name.en, listingZh: name.zh, date: on },
    'date',
  );
}

export interface ExtensionRule {
  /** The filing of the application extended: its date chooses the rule versions. */
  filed: string;
  /** The lengths the versions set (one, in the default catalogue). */
  allowed: DayCount[];
  /** Listings whose version sets no extension, with that version's citation. */
  without: { listing: CaseEventListing; cite: Citation }[];
  /** The rule to quote: the versions that set the lengths, else those that set none. */
  cite: { en: string; zh: string };
}

/**
 * The extension the rule versions of the case's listings set, at the filing of the
 * application an extension on `date` belongs to (the latest filing on or before it; the
 * latest of all where the date is not known yet). Null before any filing.
 */
export function extensionRule(ctx: EventCaseContext, date: string | null): ExtensionRule | null {
  const filings = sortEvents(ctx.events).filter(
    (e) =>
      e.type === 'filed' &&
      (ctx.editingId === undefined || e.id !== ctx.editingId) &&
      (date === null || e.date <= date),
  );
  const filed = filings.at(-1)?.date;
  if (!filed) return null;
  const rule: ExtensionRule = { filed, allowed: [], without: [], cite: { en: '', zh: '' } };
  for (const listing of ctx.listings) {
    const regime = ctx.catalogue.regimes[listing.regimeId];
    const version = regime ? pickVersion(regime, filed) : null;
    // Without a version the listing has no deadline to extend; evaluateCase reports it.
    if (!version) continue;
    const extension = version.deadlines.extension;
    if (!extension) rule.without.push({ listing, cite: version.cite });
    else if (!rule.allowed.some((a) => a.n === extension.n && a.unit === extension.unit))
      rule.allowed.push(extension);
  }
  const cites = rule.allowed.length ? rule.allowed : rule.without;
  rule.cite = both((lang) =>
    [...new Set(cites.map((c) => citationText(c.cite, lang, ctx.catalogue.sources)))].join('; '),
  );
  return rule;
}

function extensionProblem(ctx: EventCaseContext, next: LifecycleEvent): GuardFailure | null {
  if (next.type !== 'extension') return null;
  // Before any filing the move guard refuses the extension already.
  const rule = extensionRule(ctx, next.date);
  if (!rule) return null;
  const { cite } = rule;
  if (rule.allowed.length === 0) {
    const names = both((lang) => rule.without.map((w) => listingLabel(w.listing, lang)).join('; '));
    const params = { cite: cite.en, citeZh: cite.zh, listing: names.en, listingZh: names.zh };
    return failure('events.extensionNone', params, 'workingDays');
  }
  if (rule.allowed.some((a) => a.n === next.workingDays)) return null;
  const counts = rule.allowed.map(countText);
  const params = {
    cite: cite.en,
    citeZh: cite.zh,
    allowed: counts.map((c) => c.en).join(' or '),
    allowedZh: counts.map((c) => c.zh).join('或'),
    value: next.workingDays,
  };
  return failure('events.extensionLength', params, 'workingDays');
}

const guardOf = (ctx: EventCaseContext, next: LifecycleEvent): GuardResult =>
  checkEvent({ ...ctx, next, ignoreId: ctx.editingId });

/** Every refusal no written reason can lift, at most one per field, in the order to fix them. */
export function eventProblems(ctx: EventCaseContext, next: LifecycleEvent): GuardFailure[] {
  const guard = guardOf(ctx, next);
  const found = [
    beforeListing(ctx, next),
    guard.ok || guard.overridable ? null : guard,
    extensionProblem(ctx, next),
  ].filter((p): p is GuardFailure => p !== null);
  return found.filter(
    (p, i) => found.findIndex((q) => (q.field ?? 'date') === (p.field ?? 'date')) === i,
  );
}

/**
 * The whole verdict: the first refusal, else the guards' answer, which for a filing may
 * ask for a written reason (overridable) or report what the reason overrode.
 */
export function checkCaseEvent(ctx: EventCaseContext, next: LifecycleEvent): GuardResult {
  return eventProblems(ctx, next)[0] ?? guardOf(ctx, next);
}

/** An event whose type and date are known: enough to judge it against the case. */
function isDated(value: unknown): value is { type: LifecycleEventType; date: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { type, date } = value as Record<string, unknown>;
  return (
    LIFECYCLE_EVENT_TYPES.includes(type as LifecycleEventType) && plainDate.safeParse(date).success
  );
}

/**
 * The event schema (eventFields, eventAddInput or eventUpdateInput) refined against the
 * case: each refusal becomes an issue at its field. It runs as soon as the type and the
 * date are known, even while another field is still empty (a decision's outcome not
 * chosen yet), so the form says at once that a date is out of order. The filing's
 * warnings are not issues: a written reason lifts them (filingWarning, needs_override).
 */
export function eventSchemaFor<S extends z.ZodType<EventFields>>(
  ctx: EventCaseContext,
  schema: S,
): S {
  return schema.superRefine(
    (value, issues) => {
      // While another field is still invalid the value may lack its defaults.
      const next = { overrideReason: '', ...value } as LifecycleEvent;
      for (const p of eventProblems(ctx, next))
        issues.addIssue({
          code: 'custom',
          path: [p.field ?? 'date'],
          message: encodeMessage(p.key, p.params),
        });
    },
    { when: (payload) => isDated(payload.value) },
  );
}

/**
 * What a filing with these values would need a written reason for (the wait not over,
 * documents missing), recomputed from the values as they stand, so it never names a date
 * the user has since changed. Null while the values do not parse or are refused outright.
 */
export function filingWarning(ctx: EventCaseContext, values: unknown): GuardFailure | null {
  const parsed = eventFields.safeParse(values);
  if (!parsed.success || parsed.data.type !== 'filed') return null;
  const next = { ...parsed.data, overrideReason: '' };
  if (eventProblems(ctx, next).length > 0) return null;
  const verdict = guardOf(ctx, next);
  return verdict.ok ? null : verdict;
}
