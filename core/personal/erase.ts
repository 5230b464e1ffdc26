/** What erasing a client's personal data (PIPL) removes, and what its history entry says. */
import { z } from 'zod';
import { byId } from '../schemas';

/** The free-text fields of a logged authority event: whatever was typed about the client. */
export const EVENT_TEXT_FIELDS = ['overrideReason', 'reason', 'what', 'reasons', 'note'] as const;

/** A custom checklist item's name, once erased (it may have named the person). */
export const ERASED_ITEM_NAME = '—';

/** The unique identifier an erased client keeps in place of its number. */
export const erasedIdNumber = (clientId: number): string => `ERASED-${clientId}`;

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

const reasonText = z.string().trim().min(1).max(1000);

/** The typed confirmation is checked against the client's name or code by the backend. */
export const eraseInput = byId.extend({
  reason: reasonText,
  confirm: z.string().trim().min(1).max(200),
});
