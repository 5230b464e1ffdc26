/**
 * The moves between stages (the diagram): which event may follow which, and the
 * stage a sequence of events leaves the case in. Labels are those of the renderer and of
 * RULES.md §6, so a refusal names the stage as the user sees it.
 */
import type { Lang } from '../messages';
import type { Stage } from '../stages';
import type { EventFields, LifecycleEventType } from './events';

/** An event as the lifecycle needs it; id orders same-day events (creation order). */
export type LifecycleEvent = EventFields & { id?: number };

type Labels<K extends string> = Record<K, Record<Lang, string>>;

export const STAGE_LABELS: Labels<Stage> = {
  intake: { en: 'Intake', zh: '接案登记' },
  waiting: { en: 'Waiting period', zh: '等待期' },
  preparing: { en: 'Preparing documents', zh: '准备材料' },
  ready: { en: 'Ready to file', zh: '可以提交' },
  filed: { en: 'Filed', zh: '已提交' },
  accepted: { en: 'Accepted', zh: '已受理' },
  supplement: { en: 'Supplement requested', zh: '要求补正' },
  repaired: { en: 'Repaired', zh: '已修复' },
  refused: { en: 'Refused', zh: '不予修复' },
  closed: { en: 'Closed', zh: '已结案' },
  withdrawn: { en: 'Withdrawn', zh: '已撤回' },
};

/** An event as a noun: "“Extension” cannot be recorded now". */
export const EVENT_LABELS: Labels<LifecycleEventType> = {
  filed: { en: 'Filed', zh: '已提交' },
  accepted: { en: 'Accepted', zh: '已受理' },
  refusedToAccept: { en: 'Refused to accept', zh: '不予受理' },
  supplementRequested: { en: 'Supplement requested', zh: '要求补正' },
  materialsReceived: { en: 'Materials received', zh: '补正材料已收到' },
  extension: { en: 'Extension', zh: '延长期限' },
  decided: { en: 'Decision', zh: '决定（已修复 / 不予修复）' },
  withdrawn: { en: 'Withdrawn', zh: '已撤回' },
  closed: { en: 'Closed', zh: '已结案' },
};

/** An event as what can happen to the case next: "next it can be accepted, …". */
const NEXT_LABELS: Labels<LifecycleEventType> = {
  filed: { en: 'filed', zh: '提交申请' },
  accepted: { en: 'accepted', zh: '已受理' },
  refusedToAccept: { en: 'refused acceptance', zh: '不予受理' },
  supplementRequested: { en: 'asked for a supplement', zh: '要求补正' },
  materialsReceived: { en: 'given the supplementary material', zh: '补正材料已收到' },
  extension: { en: 'extended', zh: '延长期限' },
  decided: { en: 'decided', zh: '决定' },
  withdrawn: { en: 'withdrawn', zh: '撤回' },
  closed: { en: 'closed', zh: '结案' },
};

export function nextLabels(types: readonly LifecycleEventType[], lang: Lang): string {
  const words = types.map((t) => NEXT_LABELS[t][lang]);
  if (lang === 'zh') return words.join('、');
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** What the events so far say about the current application. */
export interface Replay {
  /** Null while no event has set a stage: the case is before filing. */
  stage: Stage | null;
  /** Of the current application (since the last filing). */
  acceptedOn: string | null;
  extendedOn: string | null;
}

export function applyEvent(state: Replay, event: EventFields): Replay {
  switch (event.type) {
    case 'filed':
      return { stage: 'filed', acceptedOn: null, extendedOn: null };
    case 'accepted':
      return { ...state, stage: 'accepted', acceptedOn: state.acceptedOn ?? event.date };
    case 'refusedToAccept':
      return { ...state, stage: 'refused' };
    case 'supplementRequested':
      return { ...state, stage: 'supplement' };
    case 'materialsReceived':
      // The application goes back to where the request found it.
      return { ...state, stage: state.acceptedOn ? 'accepted' : 'filed' };
    case 'extension':
      return { ...state, extendedOn: state.extendedOn ?? event.date };
    case 'decided':
      return { ...state, stage: event.outcome };
    case 'withdrawn':
      return { ...state, stage: 'withdrawn' };
    case 'closed':
      return { ...state, stage: 'closed' };
  }
}

export const START: Replay = { stage: null, acceptedOn: null, extendedOn: null };

export function replay(events: readonly EventFields[]): Replay {
  return events.reduce(applyEvent, START);
}

const BEFORE_FILING: LifecycleEventType[] = ['filed', 'withdrawn'];

/**
 * The events that may follow. Simplifications (documented for the reviewer): a decision
 * may follow a filing directly, as some rules have no acceptance step; a supplement may
 * be requested before acceptance (the authority accepts only a complete application);
 * while a supplement is pending, the authority may still refuse to accept (before
 * acceptance) or decide (after it) when the material never comes.
 */
export function allowedNext(stage: Stage, state: Replay): LifecycleEventType[] {
  switch (stage) {
    case 'intake':
    case 'waiting':
    case 'preparing':
    case 'ready':
      return BEFORE_FILING;
    case 'filed':
      return ['accepted', 'refusedToAccept', 'supplementRequested', 'decided', 'withdrawn'];
    case 'accepted':
      return state.extendedOn
        ? ['supplementRequested', 'decided', 'withdrawn']
        : ['supplementRequested', 'extension', 'decided', 'withdrawn'];
    case 'supplement':
      return state.acceptedOn
        ? ['materialsReceived', 'decided', 'withdrawn']
        : ['materialsReceived', 'refusedToAccept', 'withdrawn'];
    case 'refused':
      // A refused application may be filed again unless a bar applies (RULES.md §3).
      return ['filed', 'closed'];
    case 'repaired':
    case 'withdrawn':
      return ['closed'];
    case 'closed':
      return [];
  }
}

/** Chronological: by date, then by id (creation order) for events of the same day. */
export function sortEvents<T extends { date: string; id?: number }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : (a.id ?? 0) - (b.id ?? 0),
  );
}
