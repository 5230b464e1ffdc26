/**
 * The three dates of a listing and their order: an authority decides, then lists, then
 * publishes (decision ≤ listing ≤ publication). The listing schema, the listing edit and
 * the messages that name a date field all take the fields and their names from here.
 */
import type { TriggerField } from './regimes';

export type ListingDateField = TriggerField;

/** In the order they happen. */
export const LISTING_DATE_FIELDS: readonly ListingDateField[] = [
  'decisionDate',
  'listingDate',
  'publicationDate',
];

/** Field names as messages use them, mid-sentence (RULES.md §6 terms). */
export const LISTING_DATE_NAMES: Record<ListingDateField, { en: string; zh: string }> = {
  decisionDate: { en: 'decision date', zh: '决定日期' },
  listingDate: { en: 'listing date', zh: '列入日期' },
  publicationDate: { en: 'publication date', zh: '公示日期' },
};

/** A date field before an earlier one in the order: shown at `later`, the field to correct. */
export interface DateOrderProblem {
  later: ListingDateField;
  laterDate: string;
  earlier: ListingDateField;
  earlierDate: string;
}

/**
 * Each field dated before a field that must precede it, checked only between the dates
 * that are given ('' is not given). One problem per field: against the nearest earlier
 * field that is given and later, so the message names the pair the user most likely mixed up.
 */
export function dateOrderProblems(
  dates: Partial<Record<ListingDateField, string>>,
): DateOrderProblem[] {
  const problems: DateOrderProblem[] = [];
  LISTING_DATE_FIELDS.forEach((later, i) => {
    const laterDate = dates[later] ?? '';
    if (laterDate === '') return;
    for (const earlier of LISTING_DATE_FIELDS.slice(0, i).reverse()) {
      const earlierDate = dates[earlier] ?? '';
      if (earlierDate !== '' && laterDate < earlierDate) {
        problems.push({ later, laterDate, earlier, earlierDate });
        return;
      }
    }
  });
  return problems;
}

/** Bilingual message parameters naming a field: `{field}` in English, `{fieldZh}` in Chinese. */
export function fieldParams(name: string, field: ListingDateField): Record<string, string> {
  return {
    [name]: LISTING_DATE_NAMES[field].en,
    [`${name}Zh`]: LISTING_DATE_NAMES[field].zh,
  };
}
