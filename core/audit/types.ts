import type { LabelledListing } from '../listing-label';
import type { HistoryEntry } from '../types';
import type { HistoryAction } from './filter';

/** One entry of the audit log, with what names it to a reader (never an internal id alone). */
export interface AuditEntry extends Omit<HistoryEntry, 'action'> {
  action: HistoryAction;
  /** When the entry's content (before, after) was erased; null while it is there. */
  erasedAt: string | null;
  /** The client the entry belongs to (itself, or the owner of its listing or case). */
  client: { id: number; name: string } | null;
  /** The case it belongs to: itself, or the first case holding its listing. */
  caseId: number | null;
  /** A listing's entry: the listing as it stands now. */
  listing: LabelledListing | null;
}

/** A case named to a reader: its client and number, as the moved-dates notice names it. */
export const caseLabel = (clientName: string, caseId: number): string => `${clientName} #${caseId}`;
