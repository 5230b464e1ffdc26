/** The shapes the backend answers with. Plain JSON: dates as YYYY-MM-DD, instants as UTC ISO strings. */
import type { ClientKind } from './schemas';
import type { RegimeId } from './regimes';
import type { Stage } from './stages';
import type { Lang } from './messages';
import type { Bilingual, CaseEvaluation, DateChange } from './rules';
import type { CaseEventRecord } from './lifecycle';
import type { DocStatus, NotEnclosed, Readiness } from './documents';
import type { NotEmbeddable } from './files/rules';

export interface Contact {
  name: string;
  role: string;
  phone: string;
  email: string;
}

export interface Client {
  id: number;
  kind: ClientKind;
  name: string;
  idNumber: string;
  address: string;
  legalRep: string;
  contacts: Contact[];
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  /** Set when the client's personal data was erased: its name is then empty. */
  erasedAt?: string;
}

export interface Listing {
  id: number;
  clientId: number;
  regimeId: RegimeId;
  authority: string;
  decisionNo: string;
  decisionDate: string;
  listingDate: string;
  publicationDate: string;
  reason: string;
  penaltyFen: number | null;
  penaltyPaid: boolean;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

export interface CaseSummary {
  id: number;
  clientId: number;
  clientName: string;
  clientIdNumber: string;
  stage: Stage;
  assignee: string;
  listingCount: number;
  regimeIds: RegimeId[];
  /** The case's next date (core/agenda/next-due.ts), null when it has none. */
  nextDue: string | null;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

export interface HistoryEntry {
  id: number;
  at: string;
  actor: string;
  entity: 'client' | 'listing' | 'case' | 'settings' | 'calendar';
  entityId: number;
  action: 'create' | 'update' | 'archive' | 'restore' | 'erase' | 'reveal' | 'export';
  before: unknown;
  after: unknown;
  /** Set when the entry's content was erased (personal data); before and after are then null. */
  erasedAt?: string | null;
}

export interface CaseDetail extends CaseSummary {
  notes: string;
  /** The rule catalogue version the case is computed with. */
  catalogueVersion: string;
  /** Every date of the case, computed now by the rules engine, with explanations. */
  evaluation: CaseEvaluation;
  /** Authority events in the order they happened, each with its files (a decision's document). */
  events: CaseEventView[];
  /** The documents the case's rule versions require, with their state. */
  checklist: ChecklistItem[];
  readiness: Readiness;
  /** The case's next date (the one the Cases list sorts by) with the days left to it; null when none. */
  nearest: import('./agenda').NearestDate | null;
  /** Submission packets exported so far, newest first. */
  packets: PacketRecord[];
  client: Client;
  listings: Listing[];
  history: HistoryEntry[];
}

/** A logged event as the case shows it, with the files stored under its item key (event-<id>). */
export type CaseEventView = CaseEventRecord & { files: CaseFile[] };

export interface ClientDetail extends Client {
  listings: Listing[];
  cases: CaseSummary[];
  /** Changes to the client and its listings, newest first. */
  history: HistoryEntry[];
}

/**
 * The computed dates of one case that a change moved, before and after, with the
 * listings they belong to so each can be named by regime and decision number.
 */
export interface MovedDates {
  caseId: number;
  clientName: string;
  listings: { id: number; regimeId: RegimeId; decisionNo: string }[];
  dates: DateChange[];
}

/** A listing saved (listings.update): what moved in every case it belongs to. */
export interface ListingSaved {
  listing: Listing;
  moved: MovedDates[];
}

/** A listing added to or removed from a case: the case as it is now, and what moved. */
export interface CaseListingsChanged {
  detail: CaseDetail;
  moved: MovedDates;
}

export interface Page<T> {
  items: T[];
  /** Opaque; pass back as `cursor` for the next page. Null on the last page. */
  nextCursor: string | null;
}

export interface Settings {
  language: Lang;
  userName: string;
  notifications: boolean;
  /** IANA zone of "today" and of every timestamp shown (default Asia/Shanghai). */
  timeZone: string;
  /** Days before each date that the exported calendar reminds of it; 0: no reminder. */
  icsReminderDays: number;
  dataDir: string;
  /** Everything can be read, nothing changed: the folder cannot be written, or it was asked so. */
  readOnly: ReadOnlyMode;
}

/** Why a data folder is open read-only (XIUFU_READ_ONLY asks for it), or false. */
export type ReadOnlyMode = false | 'folder' | 'requested';

export interface DashboardSummary extends DashboardLists {
  clients: number;
  cases: number;
  openCases: number;
  byStage: Record<Stage, number>;
}

/** A case whose dates a calendar year moves (Rules › Add a year shows these before saving). */
export interface CalendarChange {
  caseId: number;
  clientName: string;
  /** Each moved date with its listing named by regime and decision number. */
  dates: (DateChange & { listing: Bilingual })[];
}

/** One computed date of one case, as the dashboard, queue and agenda list them. */
export interface DueItem {
  caseId: number;
  clientName: string;
  clientIdNumber: string;
  stage: Stage;
  assignee: string;
  listingId: number;
  regimeId: RegimeId;
  authority: string;
  decisionNo: string;
  kind: import('./rules').DateKind;
  date: string;
  /** The event this date waited for has happened. */
  done: boolean;
  provisional: boolean;
  /** How the authority counts it: working or calendar days; '' for milestones. */
  unit: 'working' | 'calendar' | '';
}

/** A case in the reviewer queue: its next authority deadline and the days left to it. */
export interface QueueItem extends DueItem {
  daysLeft: number;
  /**
   * 'stopped': a supplement was requested, so the decision clock waits for the material;
   * `date` is then the day it was requested and `daysLeft` is 0.
   */
  status: 'upcoming' | 'dueToday' | 'overdue' | 'stopped';
}

export interface DashboardLists {
  today: string;
  overdueCount: number;
  overdue: DueItem[];
  dueToday: DueItem[];
  dueSoon: DueItem[];
  eligible30: DueItem[];
  eligible90: DueItem[];
}

export interface ChecklistItem {
  /** A catalogue document id, or "custom-<n>" for an item the user added. */
  documentId: string;
  name: Bilingual;
  status: DocStatus;
  note: string;
  updatedAt: string | null;
  updatedBy: string | null;
  /** Added by the user rather than required by the rule version. */
  custom: boolean;
  /** Counts for readiness to file. */
  required: boolean;
  /** Last day the document is valid, '' where it does not expire. */
  validUntil: string;
  /** 'expired' before today; 'beforeDecision' before the expected decision date. */
  expiry: 'ok' | 'expired' | 'beforeDecision';
  files: CaseFile[];
}

/** A file attached to a checklist item; its bytes live once in the data folder under sha256. */
export interface CaseFile {
  id: number;
  caseId: number;
  itemKey: string;
  sha256: string;
  filename: string;
  mime: string;
  size: number;
  addedAt: string;
  addedBy: string;
  /**
   * Null for a PDF, PNG or JPEG that decoded: it goes into the packet and makes its item
   * received. Otherwise the file is supporting material only: 'type' (a kind a PDF cannot
   * hold) or 'encrypted' (a password-protected PDF).
   */
  notEmbeddable: NotEmbeddable | null;
}

/** An exported submission packet, kept with its own SHA-256. */
export interface PacketRecord {
  id: number;
  caseId: number;
  sha256: string;
  filename: string;
  pageCount: number;
  lang: string;
  createdAt: string;
  createdBy: string;
  /** What the packet left out (its index says "not enclosed" for each), paper originals included. */
  notEnclosed: NotEnclosed[];
  /** The user's written reason for exporting with documents left out; '' when nothing was. */
  overrideReason: string;
}
