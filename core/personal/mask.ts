/**
 * A person's ID-card number is personal data (PIPL): lists and pages show it masked, first
 * four and last four characters, and the full number leaves the backend only on a logged
 * reveal. A company's credit code (USCC) is public and shown as it is.
 */
import type { ClientKind } from '../schemas';
import type { HistoryEntry } from '../types';
import { isErasedIdNumber } from './erase';

/** Characters kept at each end of a masked number. */
export const MASK_KEEP = 4;
export const MASK_CHAR = '*';

/** "110101********1234"; numbers too short to hide anything are fully masked. */
export function maskIdNumber(kind: ClientKind, idNumber: string): string {
  // An erased client's placeholder says nothing to the reader: lists show no identifier.
  if (isErasedIdNumber(idNumber)) return '';
  if (kind !== 'person') return idNumber;
  if (idNumber.length <= MASK_KEEP * 2) return MASK_CHAR.repeat(idNumber.length);
  return (
    idNumber.slice(0, MASK_KEEP) +
    MASK_CHAR.repeat(idNumber.length - MASK_KEEP * 2) +
    idNumber.slice(-MASK_KEEP)
  );
}

/** Whether a shown number is a mask (the form then needs a reveal before editing). */
export const isMasked = (idNumber: string): boolean => idNumber.includes(MASK_CHAR);

/** A client with its number masked when it is a person's. */
export function maskClient<T extends { kind: ClientKind; idNumber: string }>(client: T): T {
  return { ...client, idNumber: maskIdNumber(client.kind, client.idNumber) };
}

/** The fields of a stored snapshot (a client, a case) that carry the client's number. */
const NUMBER_FIELDS = ['idNumber', 'clientIdNumber'] as const;

function maskSnapshot(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const v = { ...(value as Record<string, unknown>) };
  for (const field of NUMBER_FIELDS) {
    const n = v[field];
    if (typeof n === 'string') v[field] = maskIdNumber('person', n);
  }
  return v;
}

/**
 * One client's history as a page shows it (the client's or a case's entries): when the
 * client is a person, the number in every snapshot is masked, older entries included.
 */
export function maskHistory(entries: HistoryEntry[], kind: ClientKind): HistoryEntry[] {
  if (kind !== 'person') return entries;
  return entries.map((e) => ({
    ...e,
    before: maskSnapshot(e.before),
    after: maskSnapshot(e.after),
  }));
}
