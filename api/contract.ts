/**
 * Every channel of the backend: its input schema and the type of its answer.
 * This is the one list of channel names; the handler table must have exactly these keys.
 */
import type { z } from 'zod';
import * as s from '../core/schemas';
import { userYearSchema } from '../core/calendar';
import type { YearSummary } from '../core/calendar';
import type { UserYear } from '../core/dates';
import type { Catalogue } from '../core/rules';
import { eventAddInput, eventDeleteInput, eventUpdateInput } from '../core/lifecycle';
import type { AgendaItem, DaySummary } from '../core/agenda';
import * as d from '../core/documents';
import * as b from '../core/backups';
import * as i from '../core/integrity';
import { auditListInput, type AuditEntry } from '../core/audit';
import { exportJobInput, exportReadInput, exportStartInput, type ExportList } from '../core/export';
import * as k from '../core/crypt';
import * as personal from '../core/personal/schemas';
import * as rep from '../core/reports';
import * as bundle from '../core/bundle/inputs';
import type { ErasurePreview, ErasureRecord } from '../core/personal/erase';
import type { DemoStatus } from '../core/demo-removal';
import * as imp from '../core/import/schemas';
import type { ImportBatch, ImportOpened, ImportOutcome } from '../core/import/results';
import type { RetentionView } from '../core/personal/retention';
import type {
  CalendarChange,
  CaseFile,
  PacketRecord,
  DueItem,
  QueueItem,
  CaseDetail,
  CaseListingsChanged,
  CaseSummary,
  Client,
  ClientDetail,
  DashboardSummary,
  Listing,
  ListingSaved,
  Page,
  Settings,
} from '../core/types';

/** Carries the answer type of a channel without any runtime cost. */
const answers = <T>() => undefined as unknown as T;

export const contract = {
  'clients.create': { input: s.clientInput, output: answers<Client>() },
  'clients.get': { input: s.byId, output: answers<ClientDetail>() },
  'clients.list': { input: s.clientListInput, output: answers<Page<Client>>() },
  'clients.reveal': { input: personal.revealInput, output: answers<{ idNumber: string }>() },
  'clients.update': { input: s.clientUpdateInput, output: answers<Client>() },
  'clients.archive': { input: s.byId, output: answers<Client>() },
  'clients.restore': { input: s.byId, output: answers<Client>() },

  /** Erasing a client's personal data: what it would touch, then the erasure itself. */
  'personal.preview': { input: s.byId, output: answers<ErasurePreview>() },
  'personal.erase': { input: personal.eraseInput, output: answers<ErasureRecord>() },
  /** Keep personal data N years after a client's last case ended: the setting and who is due. */
  'retention.get': { input: s.empty, output: answers<RetentionView>() },
  'retention.set': { input: personal.retentionInput, output: answers<RetentionView>() },
  /** "Export personal data": a job (personal.progress / personal.done), then the archive once. */
  'personal.exportStart': { input: s.byId, output: answers<{ jobId: string }>() },
  'personal.exportCancel': { input: d.jobIdInput, output: answers<{ cancelled: boolean }>() },
  'personal.exportRead': {
    input: d.jobIdInput,
    output: answers<{ filename: string; data: string }>(),
  },

  /**
   * Case bundles (issue 13, part 3): export a selection as one .xiufu file (a job:
   * bundle.progress / bundle.done, then the file once); check an uploaded bundle before
   * anything is written (a summary to confirm), then import what the check accepted.
   */
  'bundles.exportStart': { input: bundle.bundleExportInput, output: answers<{ jobId: string }>() },
  'bundles.exportCancel': { input: d.jobIdInput, output: answers<{ cancelled: boolean }>() },
  'bundles.exportRead': {
    input: d.jobIdInput,
    output: answers<{ filename: string; data: string }>(),
  },
  'bundles.verify': { input: bundle.bundleVerifyInput, output: answers<bundle.BundleSummary>() },
  'bundles.import': { input: bundle.bundleImportInput, output: answers<bundle.BundleImported>() },

  'listings.create': { input: s.listingCreateInput, output: answers<Listing>() },
  'listings.get': { input: s.byId, output: answers<Listing>() },
  'listings.list': { input: s.listingListInput, output: answers<Page<Listing>>() },
  'listings.update': { input: s.listingUpdateInput, output: answers<ListingSaved>() },
  'listings.archive': { input: s.byId, output: answers<Listing>() },

  'cases.create': { input: s.caseCreateInput, output: answers<CaseDetail>() },
  'cases.get': { input: s.byId, output: answers<CaseDetail>() },
  'cases.list': { input: s.caseListInput, output: answers<Page<CaseSummary>>() },
  'cases.update': { input: s.caseUpdateInput, output: answers<CaseDetail>() },
  'cases.archive': { input: s.byId, output: answers<CaseDetail>() },
  'cases.addListing': { input: s.caseAddListingInput, output: answers<CaseListingsChanged>() },
  'cases.removeListing': {
    input: s.caseRemoveListingInput,
    output: answers<CaseListingsChanged>(),
  },
  'cases.restore': { input: s.caseRestoreInput, output: answers<CaseDetail>() },

  'events.add': { input: eventAddInput, output: answers<CaseDetail>() },
  'events.update': { input: eventUpdateInput, output: answers<CaseDetail>() },
  'events.delete': { input: eventDeleteInput, output: answers<CaseDetail>() },
  'documents.set': { input: d.documentStatusInput, output: answers<CaseDetail>() },
  'documents.addCustom': { input: d.customItemInput, output: answers<CaseDetail>() },
  'documents.removeCustom': { input: d.customItemRemoveInput, output: answers<CaseDetail>() },
  'uploads.begin': { input: d.uploadBeginInput, output: answers<{ uploadId: string }>() },
  'uploads.chunk': {
    input: d.uploadChunkInput,
    output: answers<{ received: number; size: number }>(),
  },
  'uploads.finish': { input: d.uploadFinishInput, output: answers<CaseDetail>() },
  'uploads.cancel': { input: d.uploadCancelInput, output: answers<{ cancelled: boolean }>() },
  'files.read': { input: d.fileIdInput, output: answers<CaseFile & { data: string }>() },
  'files.remove': { input: d.fileIdInput, output: answers<CaseDetail>() },
  'files.open': {
    input: d.fileOpenInput,
    /** Where it went; `notice`: what the user must know (its content is not what its name says). */
    output: answers<{ opened: 'app' | 'folder'; notice: string | null }>(),
  },
  'files.verify': {
    input: s.byId,
    output: answers<{
      files: ({ id: number; filename: string; sha256: string } & (
        { ok: true } | { ok: false; actual: string | null }
      ))[];
    }>(),
  },
  'letters.draft': {
    input: d.letterDraftInput,
    /** The drafted letter as the editor's first document; `itemKey`: the item it fills. */
    output: answers<{ doc: d.LetterDoc; itemKey: string }>(),
  },
  /** The PDF of the letter as it stands (base64), exactly as a save would attach it. */
  'letters.preview': {
    input: d.letterPreviewInput,
    output: answers<{ data: string; pageCount: number }>(),
  },
  /** Saves a new version and attaches its PDF; earlier versions stay as they were. */
  'letters.save': {
    input: d.letterSaveInput,
    output: answers<{ detail: CaseDetail; version: d.LetterVersion }>(),
  },
  /** The saved versions of one letter of a case, newest first (a read: `.list`). */
  'letters.list': { input: d.letterVersionsInput, output: answers<d.LetterVersion[]>() },
  'packets.preflight': {
    input: d.packetPreflightInput,
    output: answers<d.PreflightSummary>(),
  },
  'packets.start': { input: d.packetStartInput, output: answers<{ jobId: string }>() },
  'packets.cancel': { input: d.jobIdInput, output: answers<{ cancelled: boolean }>() },
  'packets.read': {
    input: s.byId,
    output: answers<PacketRecord & { data: string }>(),
  },

  'settings.get': { input: s.empty, output: answers<Settings>() },
  'settings.update': { input: s.settingsInput, output: answers<Settings>() },

  'rules.catalogue': { input: s.empty, output: answers<Catalogue>() },
  'calendars.list': {
    input: s.empty,
    output: answers<{ official: YearSummary[]; user: UserYear[] }>(),
  },
  'calendars.preview': {
    input: userYearSchema,
    output: answers<{ year: number; changes: CalendarChange[] }>(),
  },
  'calendars.save': {
    input: userYearSchema,
    output: answers<{ year: number; changes: CalendarChange[] }>(),
  },
  /** Stops the check a preview or save is running (its jobId came with calendar.progress). */
  'calendars.cancel': { input: d.jobIdInput, output: answers<{ cancelled: boolean }>() },

  'dashboard.summary': { input: s.empty, output: answers<DashboardSummary>() },
  /** The navigation's overdue badge: one count, for every screen (the summary is the dashboard's). */
  'badge.get': { input: s.empty, output: answers<{ overdueCount: number }>() },
  'queue.list': {
    input: s.queueListInput,
    output: answers<Page<QueueItem> & { today: string }>(),
  },
  'agenda.list': {
    input: s.agendaListInput,
    output: answers<
      Page<AgendaItem> & {
        today: string;
        /** The range shown, both ends included: the one asked for, or the default. */
        from: string;
        to: string;
        assignees: string[];
        authorities: string[];
      }
    >(),
  },
  /** The month grid: each day of `month` (within the selection's range) that has dates. */
  'agenda.summary': { input: s.agendaSummaryInput, output: answers<{ days: DaySummary[] }>() },
  'agenda.ics': { input: s.agendaFilter, output: answers<{ filename: string; content: string }>() },
  'reminders.poll': {
    input: s.empty,
    output: answers<{ items: (DueItem & { status: 'dueToday' | 'overdue' })[] }>(),
  },

  /** The audit log: every history entry across clients and cases, newest first, filtered. */
  'history.list': { input: auditListInput, output: answers<Page<AuditEntry>>() },
  /** The people named in the history, for the audit log's person filter. */
  'actors.list': { input: s.empty, output: answers<{ actors: string[] }>() },

  // Issue 13, part 2 (export): every list to CSV or .xlsx.
  /**
   * Starts exporting a list — cases, clients, queue, agenda or audit — with the list's own
   * input (all matching rows, not the page); events export.progress / export.done.
   */
  'exports.start': { input: exportStartInput, output: answers<{ jobId: string }>() },
  'exports.cancel': { input: exportJobInput, output: answers<{ cancelled: boolean }>() },
  /** A chunk of a finished export; `next`: the offset to read next, null after the last. */
  'exports.read': {
    input: exportReadInput,
    output: answers<{ filename: string; size: number; data: string; next: number | null }>(),
  },

  /** Demo data: added through the same channels as typed input, and removable (core/demo-removal.ts). */
  'demo.load': { input: s.empty, output: answers<{ clients: number; cases: number }>() },
  'demo.status': { input: s.empty, output: answers<DemoStatus>() },
  'demo.remove': { input: s.empty, output: answers<DemoStatus>() },

  /**
   * Import from spreadsheets (issue 13): the picked files read into sheets with a mapping
   * offered; then a job (import.progress / import.done) checks the rows (import.check, a
   * read), dry-runs or runs the import (import.start), its outcome read once it is done
   * (import.read); a batch can be undone (also a job). import.list: the past imports.
   */
  'import.open': { input: imp.importOpenInput, output: answers<ImportOpened>() },
  'import.check': { input: imp.importCheckInput, output: answers<{ jobId: string }>() },
  'import.start': { input: imp.importStartInput, output: answers<{ jobId: string }>() },
  'import.cancel': { input: imp.importJobInput, output: answers<{ cancelled: boolean }>() },
  'import.read': { input: imp.importJobInput, output: answers<ImportOutcome>() },
  'import.list': { input: s.empty, output: answers<{ batches: ImportBatch[] }>() },
  'import.undo': { input: imp.importUndoInput, output: answers<{ jobId: string }>() },

  'backups.list': { input: s.empty, output: answers<b.BackupList>() },
  /** Starts a backup (to the data folder's backups/, or into a folder given); progress as events. */
  'backups.create': { input: b.backupCreateInput, output: answers<{ jobId: string }>() },
  'backups.verify': { input: b.backupRef, output: answers<{ jobId: string }>() },
  /** Verifies, keeps a safety copy of what is there now, swaps the backup in, reopens. */
  /** A backup made under another passphrase takes it (crypt area: core/crypt.ts). */
  'backups.restore': { input: k.restoreBackupInput, output: answers<{ jobId: string }>() },
  'backups.cancel': { input: d.jobIdInput, output: answers<{ cancelled: boolean }>() },
  'backups.configure': { input: b.retentionInput, output: answers<b.Retention>() },
  /** The desktop's folder dialog; null when the user closed it. */
  'folders.pick': { input: s.empty, output: answers<{ path: string | null }>() },

  /** Starts verifying the history chain in the background; history.status events follow. */
  'history.verify': { input: s.empty, output: answers<{ jobId: string }>() },
  'history.status': { input: s.empty, output: answers<i.IntegrityStatus>() },
  /** The chain's head now: hash, entry count, time (remembered, to hold later verifications to). */
  'history.checkpoint': { input: s.empty, output: answers<i.Checkpoint>() },
  /** Whether today's chain still holds a saved checkpoint: nothing before it was rewritten. */
  'history.check': { input: i.checkpointCheckInput, output: answers<i.CheckpointCheck>() },

  'recovery.status': { input: s.empty, output: answers<b.RecoveryStatus>() },
  /** Desktop: restarts the app on another data folder. */
  'recovery.openFolder': { input: b.openFolderInput, output: answers<{ opened: boolean }>() },
  'recovery.quit': { input: s.empty, output: answers<{ quitting: boolean }>() },

  'security.status': { input: s.empty, output: answers<k.SecurityStatus>() },
  'security.unlock': { input: k.unlockInput, output: answers<{ unlocked: boolean }>() },
  /** Turning encryption on, changing the passphrase, turning it off: a job (security.progress). */
  'security.enable': { input: k.enableInput, output: answers<{ jobId: string }>() },
  'security.change': { input: k.changeInput, output: answers<{ jobId: string }>() },
  'security.disable': { input: k.disableInput, output: answers<{ jobId: string }>() },
  'security.cancel': { input: d.jobIdInput, output: answers<{ cancelled: boolean }>() },
  /** Desktop: stop keeping the key in the system's store. */
  'security.forget': { input: s.empty, output: answers<{ forgotten: boolean }>() },

  // Issue 13, part 4 — Reports: one report of the screen for the filters (grouped in SQL),
  // the filters' choices, and a chart's PDF page (its PNG and its table, base64 back).
  'reports.get': { input: rep.reportInput, output: answers<rep.ReportResult>() },
  'reportFilters.list': {
    input: s.empty,
    output: answers<{ authorities: string[]; assignees: string[] }>(),
  },
  'reports.preview': {
    input: rep.reportPdfInput,
    output: answers<{ data: string; bytes: number }>(),
  },
} as const;

/** What the backend still answers when it could not open the data file (recovery mode). */
export const RECOVERY_CHANNELS = [
  'recovery.status',
  'recovery.openFolder',
  'recovery.quit',
  'backups.list',
  'backups.verify',
  'backups.restore',
  'backups.cancel',
  'folders.pick',
  'security.status',
  'security.unlock',
] as const satisfies readonly (keyof typeof contract)[];
export type RecoveryChannel = (typeof RECOVERY_CHANNELS)[number];

/** What a locked backend (an encrypted folder not yet unlocked) answers. */
export const LOCKED_CHANNELS = [
  'recovery.status',
  'recovery.quit',
  'security.status',
  'security.unlock',
] as const satisfies readonly (keyof typeof contract)[];
export type LockedChannel = (typeof LOCKED_CHANNELS)[number];

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

/** What a caller passes (before defaults and normalisation). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after validation). */
export type Parsed<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];

/**
 * `needs_override`: refused unless the caller gives a written reason (error.field names it).
 * `read_only`: the data folder cannot be written, so no change is accepted.
 * `disk_full`: the drive of the data folder is full; nothing was saved.
 * `recovery`: the data file could not be opened and only RECOVERY_CHANNELS answer;
 * `busy`: a backup or restore holds the data for now, try again when it ends.
 * `locked`: the data folder is encrypted and not unlocked; only LOCKED_CHANNELS answer.
 */
export type ErrorCode =
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'needs_override'
  | 'read_only'
  | 'disk_full'
  | 'unknown_channel'
  | 'internal'
  | 'recovery'
  | 'busy'
  | 'locked';

/** What a refusal points at, for the UI to link to (the message names it in words). */
export interface ErrorDetails {
  /** The existing client a refused duplicate identifier belongs to. */
  clientId?: number;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  field?: string;
  /** Correlation id of a logged internal fault. */
  id?: string;
  details?: ErrorDetails;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Push events from the backend to every window (IPC in Electron, SSE in the browser shell). */
export interface ServerEvents {
  'data.changed': { channel: Channel };
  /** Progress of a long export (packets.start): `done` of `total` steps. */
  'job.progress': { jobId: string; caseId: number; done: number; total: number };
  /** A long export ended: with its result, cancelled, or failed with a message. */
  'job.done': {
    jobId: string;
    caseId: number;
    ok: boolean;
    cancelled?: boolean;
    packet?: PacketRecord;
    message?: string;
  };
  /**
   * A holiday year's preview or save checking the cases it can move (in a worker thread):
   * `done` of `total` cases. The jobId is what calendars.cancel takes.
   */
  'calendar.progress': {
    jobId: string;
    op: 'preview' | 'save';
    year: number;
    done: number;
    total: number;
  };
  /** A list's export (issue 13, export): `done` of `total` items of the list written. */
  'export.progress': { jobId: string; list: ExportList; done: number; total: number };
  /**
   * A list's export ended: its file ready to read (exports.read), cancelled, or failed.
   * `items` 0 with no file: the list held nothing to export.
   */
  'export.done': {
    jobId: string;
    list: ExportList;
    ok: boolean;
    cancelled?: boolean;
    items?: number;
    filename?: string;
    size?: number;
    message?: string;
  };
  /** Progress of a personal-data export: `done` of `total` entries of the archive. */
  'personal.progress': { jobId: string; clientId: number; done: number; total: number };
  /** A personal-data export ended: ready to read (personal.exportRead), cancelled or failed. */
  'personal.done': {
    jobId: string;
    clientId: number;
    ok: boolean;
    cancelled?: boolean;
    filename?: string;
    message?: string;
  };
  /** An import job's progress: `done` of `total` in its phase. */
  'import.progress': {
    jobId: string;
    mode: ImportOutcome['mode'];
    phase: 'checking' | 'writing' | 'removing';
    done: number;
    total: number;
  };
  /** An import job ended: its outcome ready (import.result), cancelled, or refused with a message. */
  'import.done': {
    jobId: string;
    mode: ImportOutcome['mode'];
    ok: boolean;
    cancelled?: boolean;
    message?: string;
  };
  /** Case bundles (issue 13): an export's progress in entries, and its end. */
  'bundle.progress': { jobId: string; done: number; total: number };
  'bundle.done': {
    jobId: string;
    ok: boolean;
    cancelled?: boolean;
    filename?: string;
    message?: string;
  };
  /** The desktop shell was asked to show a case (a xiufu://cases/<id> link was opened). */
  'app.openCase': { caseId: number };
  /** Progress of a backup, verification or restore: `done` of `total` bytes of a phase. */
  'backup.progress': {
    jobId: string;
    op: b.BackupOp;
    phase: b.BackupPhase;
    done: number;
    total: number;
  };
  /**
   * A backup job ended. `backup`: the backup made, verified or restored; `restored`: the
   * data folder now holds it (the app shows it from scratch).
   */
  'backup.done': {
    jobId: string;
    op: b.BackupOp;
    ok: boolean;
    cancelled?: boolean;
    backup?: b.BackupSummary;
    restored?: boolean;
    message?: string;
  };
  /** A re-key (security.enable/change/disable): step `done` of `total`. */
  'security.progress': k.RunningRekey;
  /** A re-key ended; `ok`: the folder now uses the new key (or none). */
  'security.done': {
    jobId: string;
    op: k.RekeyOp;
    ok: boolean;
    /** The folder has its new key; re-sealing the files was cancelled (finished at next open). */
    unfinished?: boolean;
    cancelled?: boolean;
    message?: string;
  };
  /** The history chain's verification started, progressed or ended (history.status's answer). */
  'history.status': i.IntegrityStatus;
}
export const EVENT_NAMES: EventName[] = [
  'data.changed',
  'job.progress',
  'job.done',
  'app.openCase',
  'backup.progress',
  'backup.done',
  'calendar.progress',
  'history.status',
  'export.progress',
  'export.done',
  'security.progress',
  'security.done',
  'personal.progress',
  'personal.done',
  'import.progress',
  'import.done',
  // Case bundles (issue 13, part 3).
  'bundle.progress',
  'bundle.done',
];
export type EventName = keyof ServerEvents;

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
