/**
 * Authority events: each is checked against the case (listings, order, stage, the rule's
 * extension, eligibility, documents, bars) by the same refined schema the event form uses,
 * stored with its history entry, and moves the case's stage and dates, all in one
 * transaction.
 */
import {
  checkCaseEvent,
  checkSequence,
  eventCaseContext,
  eventFields,
  eventIdOfItemKey,
  eventItemKey,
  eventSchemaFor,
  type EventCaseContext,
  type EventFields,
  type GuardFailure,
  type GuardResult,
} from '../../core/lifecycle';
import { decodeMessage } from '../../core/messages';
import { AppError } from '../errors';
import type { StoredEvent } from '../../db/repositories/events';
import type { HandlerContext, HandlerTable } from './context';
import { actorOf, recordHistory } from './context';
import { caseDetail, requireWritableCase } from './cases';
import { caseState, refreshCase, type CaseState } from './refresh';

type Channels = 'events.add' | 'events.update' | 'events.delete';

function refuse(f: GuardFailure): never {
  // An overridable refusal asks for the written reason; the form shows it on that field.
  if (f.overridable) throw new AppError('needs_override', f.key, f.params, 'overrideReason');
  throw new AppError('conflict', f.key, f.params, f.field ?? 'date');
}

/** The case as stored, as the event checks read it (the form builds the same from CaseDetail). */
function contextOf(
  ctx: HandlerContext,
  caseId: number,
  state: CaseState,
  editingId?: number,
): EventCaseContext {
  const record = ctx.repos.cases.get(caseId)!;
  const listings = ctx.repos.listings.forCase(caseId);
  return eventCaseContext(
    { ...state, listings, catalogueVersion: record.catalogueVersion },
    editingId,
  );
}

/**
 * The event schema refined against the case answers first, as it does in the form; what
 * is left is the guards' verdict on a filing (a written reason needed, or what it overrode).
 */
function judge(context: EventCaseContext, fields: EventFields): GuardResult & { ok: true } {
  const parsed = eventSchemaFor(context, eventFields).safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const { key, params } = decodeMessage(issue.message);
    throw new AppError('conflict', key, params, issue.path.map(String).join('.') || 'date');
  }
  const verdict = checkCaseEvent(context, parsed.data);
  if (!verdict.ok) refuse(verdict);
  return verdict;
}

function splitEvent(fields: EventFields) {
  const { type, date, ...data } = fields;
  return { type, date, data };
}

/** An event as the history log shows it: its fields, flat. */
const asLogged = (e: StoredEvent) => ({ id: e.id, type: e.type, date: e.date, ...e.data });

function requireEvent(ctx: HandlerContext, id: number) {
  const event = ctx.repos.events.get(id);
  if (!event) throw new AppError('not_found', 'error.notFound', { entity: 'event', id });
  requireWritableCase(ctx, event.caseId);
  return event;
}

/** A decision's document is stored under its event's key: a decided event of this case. */
export function isDecisionItemKey(ctx: HandlerContext, caseId: number, itemKey: string): boolean {
  const id = eventIdOfItemKey(itemKey);
  const event = id === null ? null : ctx.repos.events.get(id);
  return event?.caseId === caseId && event.type === 'decided';
}

export const eventHandlers: HandlerTable<Channels> = {
  'events.add': ({ caseId, ...fields }, ctx) => {
    requireWritableCase(ctx, caseId);
    const verdict = judge(contextOf(ctx, caseId, caseState(ctx, caseId)), fields);
    ctx.repos.transaction(() => {
      const stored = ctx.repos.events.insert({
        caseId,
        ...splitEvent(fields),
        actor: actorOf(ctx),
      });
      recordHistory(ctx, 'case', caseId, 'update', null, {
        event: { id: stored.id, ...fields },
        override: verdict.overridden ?? null,
      });
      refreshCase(ctx, caseId);
    });
    return caseDetail(ctx, caseId);
  },

  'events.update': ({ id, ...fields }, ctx) => {
    const before = requireEvent(ctx, id);
    judge(contextOf(ctx, before.caseId, caseState(ctx, before.caseId), id), fields);
    ctx.repos.transaction(() => {
      ctx.repos.events.update(id, splitEvent(fields));
      recordHistory(
        ctx,
        'case',
        before.caseId,
        'update',
        { event: asLogged(before) },
        { event: { id, ...fields } },
      );
      refreshCase(ctx, before.caseId);
    });
    return caseDetail(ctx, before.caseId);
  },

  /**
   * A deletion keeps the event in the history, with the reason it was removed; a document
   * attached to it goes with it (its row is kept, marked removed, like any removed file).
   */
  'events.delete': async ({ id, reason }, ctx) => {
    const before = requireEvent(ctx, id);
    const state = caseState(ctx, before.caseId);
    const remaining = state.events.filter((e) => e.id !== id);
    const verdict = checkSequence(remaining, contextOf(ctx, before.caseId, state));
    if (!verdict.ok) refuse(verdict);
    const files = ctx.repos.files
      .forCase(before.caseId)
      .filter((f) => f.itemKey === eventItemKey(id));
    ctx.repos.transaction(() => {
      ctx.repos.events.delete(id);
      files.forEach((f) => ctx.repos.files.remove(f.id));
      recordHistory(
        ctx,
        'case',
        before.caseId,
        'update',
        { event: asLogged(before) },
        { event: null, reason, ...(files.length ? { files } : {}) },
      );
      refreshCase(ctx, before.caseId);
    });
    for (const f of files) await ctx.store.removeUnreferenced(f.sha256);
    return caseDetail(ctx, before.caseId);
  },
};
