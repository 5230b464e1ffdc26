/** History lines for attachments, custom checklist items, validity dates and packets. */
import type { TFunction } from 'i18next';
import type { Lang } from '../../../core/messages';
import { documentNames } from '../../../core/documents';
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
  const itemName = (key: unknown) => documentNames([str(key)], lang);

  if ('packet' in after && isObject(after.packet)) {
    const p = after.packet;
    return t('docHistory.packet', {
      filename: str(p.filename),
      count: typeof p.pageCount === 'number' ? p.pageCount : 0,
      sha: str(p.sha256),
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
