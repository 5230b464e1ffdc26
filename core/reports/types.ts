/** What each report answers: plain rows the chart and its table both draw from. */
import type { Stage } from '../stages';

/** The stages an application passes through, as the logged authority events record them. */
export const APPLICATION_STAGES = [
  'filed',
  'accepted',
  'supplement',
  'repaired',
  'refused',
  'withdrawn',
] as const satisfies readonly Stage[];
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];

export interface StagesReport {
  /** One row per month of the range ('YYYY-MM'), every stage present (0 when none). */
  months: ({ month: string } & Record<ApplicationStage, number>)[];
}

export interface Rate {
  /** A regime id or an authority's name. */
  key: string;
  decided: number;
  approved: number;
  /** approved / decided, 0..1; null when nothing was decided. */
  rate: number | null;
}

export interface ApprovalReport {
  byRegime: Rate[];
  byAuthority: Rate[];
}

export interface LegalDeadline {
  n: number;
  unit: 'working' | 'calendar';
}

export interface DecisionTimeRow {
  authority: string;
  regimeId: string;
  decisions: number;
  /** Working days from acceptance (or filing, before acceptance) to the decision. */
  median: number;
  p90: number;
  /** The regime's decision deadline in force today; null when the regime sets none. */
  legal: LegalDeadline | null;
  /** Decisions that took longer than the legal deadline (working-day deadlines only). */
  late: number;
}

export interface DecisionTimeReport {
  rows: DecisionTimeRow[];
}

export interface OverdueRow {
  authority: string;
  /** Cases waiting on this authority for an acceptance, a decision or the end of publicity. */
  awaiting: number;
  /** Of those, cases whose deadline has passed. */
  overdue: number;
  rate: number | null;
}

export interface OverdueReport {
  today: string;
  rows: OverdueRow[];
  total: Omit<OverdueRow, 'authority'>;
}

export interface EligibleWeek {
  /** First and last day of the week (today + 7k … today + 7k + 6). */
  from: string;
  to: string;
  cases: number;
}

export interface EligibleReport {
  weeks: EligibleWeek[];
}

export interface WorkloadRow {
  /** '' for cases nobody is assigned to. */
  assignee: string;
  byStage: Partial<Record<Stage, number>>;
  total: number;
}

export interface WorkloadReport {
  stages: Stage[];
  rows: WorkloadRow[];
}

export interface ReportAnswers {
  stages: StagesReport;
  approval: ApprovalReport;
  decisionTime: DecisionTimeReport;
  overdue: OverdueReport;
  eligible: EligibleReport;
  workload: WorkloadReport;
}

/** Every report says the range it counted and whether the folder had anything to count. */
export type ReportResult<K extends keyof ReportAnswers = keyof ReportAnswers> = {
  [P in K]: { report: P; from: string; to: string; data: ReportAnswers[P] };
}[K];
