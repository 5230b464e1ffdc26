/**
 * Authority events: each is checked against the case (order, stage, eligibility,
 * documents, bars), stored with its history entry, and moves the case's stage and dates,
 * all in one transaction.
 */
import {
  checkEvent,
  checkSequence,
  type EventFields,
  type GuardFailure,
} from '../../core/lifecycle';
import { today } from '../../core/today';
import { AppError } from '../errors';
import type { StoredEvent } from '../../db/repositories/events';
import type { HandlerContext, HandlerTable } from './context';
import { actorOf, recordHistory } from './context';
import { caseDetail, requireWritableCase } from './cases';
import { caseState, refreshCase } from './refresh';

type Channels = 'events.add' | 'events.update' | 'events.delete';

function refuse(f: GuardFailure): never {
  // An overridable refusal asks for the written reason; the form shows it on that field.
  if (f.overridable) throw new AppError('needs_override', f.key, f.params, 'overrideReason');
  throw new AppError('conflict', f.key, f.params, f.field ?? 'date');
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

export const eventHandlers: HandlerTable<Channels> = {
  'events.add': ({ caseId, ...fields }, ctx) => {
    requireWritableCase(ctx, caseId);
    const state = caseState(ctx, caseId);
    const verdict = checkEvent({ ...state, next: fields, today: today() });
    if (!verdict.ok) refuse(verdict);
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
    const state = caseState(ctx, before.caseId);
    const verdict = checkEvent({ ...state, next: { ...fields, id }, today: today(), ignoreId: id });
    if (!verdict.ok) refuse(verdict);
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

  /** A deletion keeps the event in the history, with the reason it was removed. */
  'events.delete': ({ id, reason }, ctx) => {
    const before = requireEvent(ctx, id);
    const state = caseState(ctx, before.caseId);
    const remaining = state.events.filter((e) => e.id !== id);
    const verdict = checkSequence(remaining, {
      evaluation: state.evaluation,
      readiness: state.readiness,
      today: today(),
    });
    if (!verdict.ok) refuse(verdict);
    ctx.repos.transaction(() => {
      ctx.repos.events.delete(id);
      recordHistory(
        ctx,
        'case',
        before.caseId,
        'update',
        { event: asLogged(before) },
        { event: null, reason },
      );
      refreshCase(ctx, before.caseId);
    });
    return caseDetail(ctx, before.caseId);
  },
};
