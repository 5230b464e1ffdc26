/** History lines for attachments, custom checklist items, validity dates and packets. */
import type { TFunction } from 'i18next';
import type { Lang } from '../../../core/messages';
import { describeNotEnclosed, documentNames, type NotEnclosed } from '../../../core/documents';
import { eventIdOfItemKey } from '../../../core/lifecycle';
import type { HistoryEntry } from '../../../core/types';

type Rec = Record<string, unknown>;
const isObject = (v: unknown): v is Rec => typeof v === 'object' && v !== null;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * "Attached receipt.pdf to Proof of performance", "Exported the submission packet …,
 * SHA-256 …", "Business licence: valid until — → 2027-03-31"; null for any other entry.
 */
export function documentsChange(entry: HistoryEntry, t: TFunction, lang: Lang): string | null {
  const before = isObject(entry.before) ? entry.before : {};
  const after = isObject(entry.after) ? entry.after : {};
  // A decision's document is stored under its event (event-<id>), not a checklist item.
  const itemName = (key: unknown) =>
    eventIdOfItemKey(str(key)) === null ? documentNames([str(key)], lang) : t('events.historyItem');

  if ('packet' in after && isObject(after.packet)) {
    const p = after.packet;
    const line = t('docHistory.packet', {
      filename: str(p.filename),
      count: typeof p.pageCount === 'number' ? p.pageCount : 0,
      sha: str(p.sha256),
    });
    // Exported with items left out: which, and the reason the user wrote.
    const left = (Array.isArray(p.notEnclosed) ? (p.notEnclosed as NotEnclosed[]) : []).filter(
      (n) => n.kind !== 'paperOriginal',
    );
    if (left.length === 0) return line;
    const list = left.map((n) => describeNotEnclosed(n, lang)).join(t('history.separator'));
    return `${line}${t('packetResult.history', { list, reason: str(p.overrideReason) })}`;
  }
  if (isObject(after.letterVersion)) {
    const v = after.letterVersion;
    const kind = v.kind === 'application' ? 'application' : 'commitment';
    return t('letterEditor.history', {
      letter: t(`letters.${kind}`),
      version: typeof v.version === 'number' ? v.version : 0,
      language: v.lang === 'zh' ? t('letters.chinese') : t('letters.english'),
      filename: str(v.filename),
    });
  }
  if ('file' in after || 'file' in before) {
    const now = isObject(after.file) ? after.file : null;
    const was = isObject(before.file) ? before.file : null;
    const file = now ?? was;
    if (!file) return null;
    return t(now ? 'docHistory.attached' : 'docHistory.removed', {
      filename: str(file.filename),
      name: itemName(file.itemKey),
    });
  }
  if ('checklistItem' in after || 'checklistItem' in before) {
    const now = isObject(after.checklistItem) ? after.checklistItem : null;
    const was = isObject(before.checklistItem) ? before.checklistItem : null;
    const item = now ?? was;
    if (!item) return null;
    return t(now ? 'docHistory.itemAdded' : 'docHistory.itemRemoved', { name: str(item.name) });
  }
  if (isObject(after.document)) {
    // Only the validity date changed (the status line is lifecycleChange's).
    const now = after.document;
    const was = isObject(before.document) ? before.document : null;
    const from = str(was?.validUntil);
    const to = now.validUntil === undefined ? from : str(now.validUntil);
    if ((was?.status ?? 'missing') !== now.status || from === to) return null;
    const none = t('common.none');
    return t('docHistory.validUntil', {
      name: itemName(now.documentId),
      from: from || none,
      to: to || none,
    });
  }
  return null;
}
