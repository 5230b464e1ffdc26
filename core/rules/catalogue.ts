/**
 * The default catalogue (RULES.md §4). A firm may edit a copy; every case keeps the
 * catalogue version it was computed with, so bump CATALOGUE_VERSION on any change.
 */
import { CREDIT_CHINA } from './catalogue-credit-china';
import { OTHER } from './catalogue-other';
import { SAMR } from './catalogue-samr';
import { DOCUMENTS, SOURCES } from './sources';
import type { Catalogue, Regime, RuleVersion } from './types';
import { parseDate } from '../dates/plain';

export const CATALOGUE_VERSION = '2026.1';

export const DEFAULT_CATALOGUE: Catalogue = {
  version: CATALOGUE_VERSION,
  sources: SOURCES,
  documents: DOCUMENTS,
  regimes: Object.fromEntries([...CREDIT_CHINA, ...SAMR, ...OTHER].map((r) => [r.id, r])),
};

const CATALOGUES: Record<string, Catalogue> = { [DEFAULT_CATALOGUE.version]: DEFAULT_CATALOGUE };

/**
 * The catalogue a case pinned; a version this build no longer ships falls back to the
 * current one. The backend and the renderer's forms both judge a case with it.
 */
export function catalogueFor(version: string): Catalogue {
  return CATALOGUES[version] ?? DEFAULT_CATALOGUE;
}

/** The version that governs a filing date (or today, before filing); null if none does. */
export function pickVersion(regime: Regime, date: string): RuleVersion | null {
  parseDate(date, 'filing date');
  return (
    regime.versions.find(
      (v) =>
        (v.validFrom === null || v.validFrom <= date) && (v.validTo === null || date <= v.validTo),
    ) ?? null
  );
}
