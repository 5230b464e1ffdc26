/** How the screens name what a verification of the history chain found. */
import type { TFunction } from 'i18next';
import type { ChainBreak, ChainEntryRef } from '../../core/integrity';
import { instantDateTime } from './dates';

const ENTITIES = ['client', 'listing', 'case', 'settings', 'calendar'] as const;
const ACTIONS = ['create', 'update', 'archive', 'restore', 'erase', 'reveal', 'export'] as const;

/** "entry 12 — Updated the case (case 3), by Li Na on 2026-12-01 09:30": what it was about, not its content. */
export function entryText(ref: ChainEntryRef | null, t: TFunction): string {
  if (!ref) return t('chainBanner.entryGone');
  const entity = (ENTITIES as readonly string[]).includes(ref.entity)
    ? t(`history.entity.${ref.entity as (typeof ENTITIES)[number]}`)
    : ref.entity;
  const what = (ACTIONS as readonly string[]).includes(ref.action)
    ? t(`history.${ref.action as (typeof ACTIONS)[number]}`, { entity })
    : ref.action;
  return t('chainBanner.entry', {
    id: ref.id,
    what,
    entity,
    entityId: ref.entityId,
    actor: ref.actor || t('case.unknownActor'),
    time: instantDateTime(ref.at),
  });
}

/** One sentence: where the chain does not hold and what happened there. */
export function breakText(found: ChainBreak, t: TFunction): string {
  const entry = entryText(found.entry, t);
  switch (found.kind) {
    case 'edited':
      return t('chainBanner.edited', {
        entry,
        part: t(`chainBanner.part.${found.part ?? 'content'}`),
      });
    case 'rewritten': {
      const cp = found.checkpoint;
      const params = {
        entry,
        afterId: found.afterId ?? 0,
        time: cp ? instantDateTime(cp.at) : '—',
        entries: cp?.count ?? 0,
      };
      return found.afterId
        ? t('chainBanner.rewritten', params)
        : t('chainBanner.rewrittenStart', params);
    }
    default:
      return t(`chainBanner.${found.kind}`, { entry });
  }
}
