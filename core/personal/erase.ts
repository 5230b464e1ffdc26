/** What erasing a client's personal data (PIPL) removes, and what its history entry says. */

/** The free-text fields of a logged authority event: whatever was typed about the client. */
export const EVENT_TEXT_FIELDS = ['overrideReason', 'reason', 'what', 'reasons', 'note'] as const;

/** A custom checklist item's name, once erased (it may have named the person). */
export const ERASED_ITEM_NAME = '—';

/** The unique identifier an erased client keeps in place of its number. */
const ERASED_PREFIX = 'ERASED-';
export const erasedIdNumber = (clientId: number): string => `${ERASED_PREFIX}${clientId}`;
export const isErasedIdNumber = (idNumber: string): boolean => idNumber.startsWith(ERASED_PREFIX);

/** How much an erasure removed: the counts its history entry records, and no personal data. */
export interface ErasureCounts {
  cases: number;
  listings: number;
  events: number;
  documentNotes: number;
  customItems: number;
  files: number;
  packets: number;
  storedFiles: number;
  historyEntries: number;
}

/** The 'erase' history entry's `after`: the verifier reads erasedHistoryIds. */
export interface ErasureRecord {
  reason: string;
  counts: ErasureCounts;
  erasedHistoryIds: number[];
}

/** What the erase dialog shows before the user confirms. */
export interface ErasurePreview {
  counts: Omit<ErasureCounts, 'storedFiles'>;
  /** Backups made before hold the data until retention prunes them. */
  backups: number;
}
