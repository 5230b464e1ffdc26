/**
 * Retention of personal data (PIPL): kept N years after a client's last case ended, then
 * due for erasure. Off unless the owner sets N. A case has ended when it is archived or in
 * a final stage; the day it ended is counted on the user's today with Temporal PlainDate.
 */
import { Temporal } from 'temporal-polyfill';
import type { Stage } from '../stages';

/** Stages after which nothing more happens in a case. */
export const FINISHED_STAGES: readonly Stage[] = ['repaired', 'refused', 'closed', 'withdrawn'];

export const MAX_RETENTION_YEARS = 50;

/** A client whose every case ended before the cut-off: due for erasure. */
export interface DueForErasure {
  id: number;
  name: string;
  kind: 'company' | 'person';
  cases: number;
  /** The day the client's last case ended (YYYY-MM-DD). */
  lastEnded: string;
}

export interface RetentionView {
  /** Null: retention is off. */
  years: number | null;
  today: string;
  /** Cases that ended on or before this day make their client due (null when off). */
  cutoff: string | null;
  due: DueForErasure[];
  /** More are due than listed (the list shows the longest-ended first). */
  more: boolean;
}

/** The last day a case may have ended for its client to be due today. */
export function retentionCutoff(today: string, years: number): string {
  return Temporal.PlainDate.from(today).subtract({ years }).toString();
}
