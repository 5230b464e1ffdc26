/** History lines for authority events and checklist changes, in the UI language. */
import type { TFunction } from 'i18next';
import type { Lang } from '../../../core/messages';
import { documentNames, DOC_STATUSES, type DocStatus } from '../../../core/documents';
import { LIFECYCLE_EVENT_TYPES, type LifecycleEventType } from '../../../core/lifecycle';
import type { HistoryEntry } from '../../../core/types';

type Logged = { type?: string; date?: string };
type Doc = { documentId?: string; status?: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isType = (v: unknown): v is LifecycleEventType =>
  LIFECYCLE_EVENT_TYPES.includes(v as LifecycleEventType);
const isStatus = (v: unknown): v is DocStatus => DOC_STATUSES.includes(v as DocStatus);

function eventName(e: Logged, t: TFunction): string {
  const event = isType(e.type) ? t(`lifecycle.event.${e.type}`) : String(e.type ?? '');
  return t('lifecycle.history.eventOf', { event, date: e.date ?? '' });
}

/**
 * "Logged: Filed of 2026-01-05", "Deleted: … — reason", "repair application: Missing →
 * Received"; null when the entry is not about an event or a document.
 */
export function lifecycleChange(entry: HistoryEntry, t: TFunction, lang: Lang): string | null {
  const before = isObject(entry.before) ? entry.before : {};
  const after = isObject(entry.after) ? entry.after : {};
  if ('event' in after || 'event' in before) {
    const was = isObject(before.event) ? (before.event as Logged) : null;
    const now = isObject(after.event) ? (after.event as Logged) : null;
    if (now && !was) {
      const line = t('lifecycle.history.logged', { event: eventName(now, t) });
      return after.override ? `${line}${t('lifecycle.history.overridden')}` : line;
    }
    if (now && was) return t('lifecycle.history.edited', { event: eventName(now, t) });
    if (was)
      return t('lifecycle.history.deleted', {
        event: eventName(was, t),
        reason: typeof after.reason === 'string' ? after.reason : '',
      });
    return null;
  }
  if ('document' in after) {
    const now = isObject(after.document) ? (after.document as Doc) : null;
    if (!now?.documentId) return null;
    const was = isObject(before.document) ? (before.document as Doc) : null;
    const status = (s: unknown) => (isStatus(s) ? t(`documents.status.${s}`) : t('common.none'));
    return t('lifecycle.history.document', {
      name: documentNames([now.documentId], lang),
      from: was ? status(was.status) : status('missing'),
      to: status(now.status),
    });
  }
  return null;
}
