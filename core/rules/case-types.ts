/** What evaluateCase takes and answers. Plain JSON; dates are YYYY-MM-DD. */
import type { HolidayCalendar } from '../dates/calendar';
import type { Bilingual, Catalogue } from './types';
import type { Notice } from './messages';

export interface CaseListing {
  id: number;
  regimeId: string;
  /** The decision number (文号): with the regime, how notices name the listing to a user. */
  decisionNo: string;
  /** '' where unknown. */
  decisionDate: string;
  listingDate: string;
  publicationDate: string;
}

export const CASE_EVENT_TYPES = [
  'filed',
  'refusedToAccept',
  'accepted',
  'supplementRequested',
  'materialsReceived',
  'extension',
  'decided',
  'withdrawn',
  'revoked',
] as const;

export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

export interface CaseEvent {
  type: CaseEventType;
  date: string;
  /** The event concerns this listing only; omitted: every listing of the case. */
  listingId?: number;
  /** For 'decided'. Omitted counts as refused: only a stated repair stops the case. */
  outcome?: 'repaired' | 'refused';
  reason?: string;
}

export interface EvaluateInput {
  listings: CaseListing[];
  events: CaseEvent[];
  today: string;
  calendar: HolidayCalendar;
  catalogue?: Catalogue;
}

export type DateKind =
  | 'mayApplyFrom'
  | 'firstWorkingDayToFile'
  | 'automaticEnd'
  | 'reapplicationBarredUntil'
  | 'acceptanceDue'
  | 'decisionDue'
  | 'publicityStopDue';

export type DateStatus = 'upcoming' | 'dueToday' | 'overdue' | 'done';

export interface Explanation {
  en: string[];
  zh: string[];
}

export interface CaseDate {
  kind: DateKind;
  listingId: number;
  date: string;
  status: DateStatus;
  provisional: boolean;
  missingYears: number[];
  ruleVersionId: string;
  /** Source and article, e.g. "SAMR Order No. 107, arts. 13–17, 23". */
  citation: Bilingual;
  explanation: Explanation;
}

export interface CaseEvaluation {
  catalogueVersion: string;
  /** The version each listing's dates came from; null where none applies. */
  ruleVersions: { listingId: number; ruleVersionId: string | null }[];
  dates: CaseDate[];
  issues: Notice[];
  nextAction: Notice;
  /**
   * Listings whose regime counts no waiting period (abnormal operations, court list): why
   * no date is shown, the rule, and what to do instead.
   */
  remedies: { listingId: number; notice: Notice }[];
}
