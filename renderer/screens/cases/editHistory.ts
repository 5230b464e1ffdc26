/** History lines for corrections: listings added to or removed from a case, and the dates a change moved. */
import type { TFunction } from 'i18next';
import { listingLabel, type LabelledListing } from '../../../core/listing-label';
import type { Lang } from '../../../core/messages';
import type { DateChange } from '../../../core/rules';
import type { HistoryEntry, MovedDates } from '../../../core/types';

type Rec = Record<string, unknown>;
const isObject = (v: unknown): v is Rec => typeof v === 'object' && v !== null;
const isListing = (v: unknown): v is LabelledListing =>
  isObject(v) && typeof v.regimeId === 'string' && typeof v.decisionNo === 'string';
const isMoved = (v: unknown): v is MovedDates =>
  isObject(v) &&
  typeof v.caseId === 'number' &&
  Array.isArray(v.dates) &&
  Array.isArray(v.listings);

/** The listing an entry is about: a listing's own entry, by its regime and decision number. */
export function listingOf(entry: HistoryEntry): LabelledListing | null {
  if (entry.entity !== 'listing') return null;
  return [entry.after, entry.before].find(isListing) ?? null;
}

/**
 * The dates an entry recorded as moved: a case entry holds its case's, a listing entry
 * one per case of the listing; on a case page only that case's are wanted.
 */
export function movedOf(entry: HistoryEntry, caseId?: number): MovedDates[] {
  const moved = isObject(entry.after) ? entry.after.moved : undefined;
  return (Array.isArray(moved) ? moved : [moved])
    .filter(isMoved)
    .filter((m) => caseId === undefined || m.caseId === caseId);
}

/** "Dates moved: May apply from: 2025-06-04 → 2025-06-14; …", one line per case that moved. */
export function movedText(moved: MovedDates[], t: TFunction, lang: Lang): string {
  const brief = (b: DateChange['before']) =>
    !b ? t('common.none') : b.provisional ? t('editHistory.provisional', { date: b.date }) : b.date;
  const withDates = moved.filter((m) => m.dates.length > 0);
  return withDates
    .map((m) => {
      const list = m.dates
        .map((d) => {
          const kind = t(`dateKind.${d.kind}`);
          const listing = m.listings.find((l) => l.id === d.listingId);
          // With one listing the date's kind says enough; with several, name the listing.
          const field =
            m.listings.length > 1 && listing
              ? t('editHistory.kindOf', { kind, name: listingLabel(listing, lang) })
              : kind;
          return t('history.fieldChange', { field, from: brief(d.before), to: brief(d.after) });
        })
        .join(t('history.separator'));
      return withDates.length > 1
        ? t('editHistory.movedIn', { id: m.caseId, list })
        : t('editHistory.moved', { list });
    })
    .join('\n');
}

/** "Added the listing … to the case"; null when the entry is not about a case's listings. */
export function caseListingChange(entry: HistoryEntry, t: TFunction, lang: Lang): string | null {
  const after = isObject(entry.after) ? entry.after : {};
  const before = isObject(entry.before) ? entry.before : {};
  if (entry.entity !== 'case' || !('caseListing' in after)) return null;
  const added = isListing(after.caseListing) ? after.caseListing : null;
  const removed = isListing(before.caseListing) ? before.caseListing : null;
  const listing = added ?? removed;
  if (!listing) return null;
  return t(added ? 'editHistory.listingAdded' : 'editHistory.listingRemoved', {
    name: listingLabel(listing, lang),
  });
}
