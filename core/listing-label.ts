/**
 * How a listing is named to a user: by its regime and decision number (文号), never by an
 * internal id. "SAMR seriously illegal and dishonest list 沪市监〔2025〕12号".
 */
import { REGIMES, type RegimeId } from './regimes';
import type { Lang } from './messages';

export interface LabelledListing {
  regimeId: string;
  decisionNo: string;
}

export function listingLabel(l: LabelledListing, lang: Lang): string {
  const regime = REGIMES[l.regimeId as RegimeId]?.name[lang] ?? l.regimeId;
  const no = l.decisionNo.trim();
  if (!no) return regime;
  return lang === 'zh' ? `${regime}（${no}）` : `${regime} ${no}`;
}

/** Both languages at once, for messages and notices that carry a Bilingual parameter. */
export function listingLabels(l: LabelledListing): { en: string; zh: string } {
  return { en: listingLabel(l, 'en'), zh: listingLabel(l, 'zh') };
}
