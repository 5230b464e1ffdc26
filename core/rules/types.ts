/** The shape of the rule catalogue (RULES.md §1, §4). Plain data, so a firm can edit it. */
import type { Bilingual, Span } from '../dates/plain';
import type { TriggerField } from '../regimes';

export type { Bilingual, Span };

/** Where a figure comes from: a source of the catalogue and its articles. */
export interface Citation {
  source: SourceId;
  articles: number[];
}

export type SourceId =
  | 'ndrc-36'
  | 'ndrc-58'
  | 'ndrc-2019-527'
  | 'samr-107'
  | 'samr-44'
  | 'samr-101'
  | 'spc-2017'
  | 'sta-54'
  | 'firm';

/** An authority's time limit. */
export interface DayCount {
  n: number;
  unit: 'working' | 'calendar';
  cite: Citation;
  /** Not fixed by the regulation: the firm's own planning figure. */
  firmSetting?: boolean;
  note?: Bilingual;
}

export interface Deadlines {
  /** Accept (受理) after submission. */
  accept?: DayCount;
  /** Decide after acceptance (or after complete supplementary material). */
  decide?: DayCount;
  /** Added to the decision deadline once when the authority extends it. */
  extension?: DayCount;
  /** After a favourable decision: publicity stops within. */
  publicityStop?: DayCount;
}

/**
 * Before an early application: a span after the trigger date, conditions to meet,
 * or both. No span means "as soon as the conditions are met".
 */
export interface Wait {
  span?: Span;
  conditions: Bilingual[];
  /**
   * Without a span: what ends the listing and what the client does about it, told where a
   * date would otherwise stand ("ends when the cause is remedied and the application is made").
   */
  remedy?: Bilingual;
  cite: Citation;
}

export interface AutomaticEnd {
  /** No span: the record is not removed by time alone. */
  span?: Span;
  note?: Bilingual;
  cite: Citation;
}

export interface Bar {
  id: string;
  text: Bilingual;
  /** A bar with a span runs from the revocation of a repair ("no application for 3 years"). */
  span?: Span;
  /** Revocation restarts the waiting period from the revocation date. */
  restartsWait?: boolean;
  cite: Citation;
}

export type DocumentId =
  | 'repair-application'
  | 'application-form'
  | 'credit-commitment-letter'
  | 'integrity-commitment-letter'
  | 'tax-integrity-commitment'
  | 'stop-publication-form'
  | 'business-licence'
  | 'registration-certificate'
  | 'proof-of-correction'
  | 'proof-of-performance'
  | 'proof-of-remedy'
  | 'statement-of-facts'
  | 'penalty-authority-repair-form'
  | 'training-certificate'
  | 'credit-report'
  | 'sector-documents';

export interface RuleVersion {
  /** Stable id, e.g. "samr-serious-list@2025-12-25". */
  id: string;
  /** First filing date the version governs; null: since before the catalogue's records. */
  validFrom: string | null;
  /** Last filing date it governs (inclusive); null: still in force. */
  validTo: string | null;
  trigger: TriggerField;
  wait: Wait;
  automaticEnd: AutomaticEnd;
  bars: Bar[];
  deadlines: Deadlines;
  documents: DocumentId[];
  /** The regulation as a whole, for the version's heading. */
  cite: Citation;
}

export interface Regime {
  id: string;
  name: Bilingual;
  /** Ordered by validFrom; at most one version governs any date. */
  versions: RuleVersion[];
}

export interface Catalogue {
  version: string;
  sources: Record<SourceId, Bilingual>;
  documents: Record<DocumentId, Bilingual>;
  regimes: Record<string, Regime>;
}
