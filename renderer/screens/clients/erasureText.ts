import type { TFunction } from 'i18next';
import type { ErasureRecord } from '../../../core/personal/erase';
import type { HistoryEntry } from '../../../core/types';

/** An erasure's history entry: its reason and how many entries it emptied. */
export function erasureText(entry: HistoryEntry, t: TFunction): string {
  const record = entry.after as ErasureRecord | null;
  if (!record) return '';
  return t('personal.erase.logged', {
    reason: record.reason,
    count: record.counts.historyEntries,
  });
}
