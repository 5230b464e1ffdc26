import type { Lang } from '../../core/messages';
import type { HistoryEntry, ReadOnlyMode } from '../../core/types';
import type { Repositories } from '../../db/repositories';
import type { AttachmentStore } from '../../db/attachments/store';
import type { EventHub } from '../events';
import type { Uploads } from '../../db/attachments/uploads';
import type { OpenCopies } from '../open-copies';
import type { Channel, Output, Parsed, RecoveryChannel } from '../contract';
import type { BackupService } from '../backup-service';
import type { IntegrityService } from '../integrity-service';
import type { KeyStore, SecurityService } from '../security-service';

/** What a shell lets the backend do to the app itself (both shells; dialogs on the desktop). */
export interface ShellServices {
  /** The desktop's native folder dialog; null when closed without a choice. */
  pickFolder?(lang: Lang): Promise<string | null>;
  /** The desktop app restarts itself on another data folder. */
  relaunch?(dataDir: string): void;
  /** Ends the app (the browser shell: the server). */
  quit(): void;
  /** The desktop keeps an encrypted folder's key in the system's store. */
  keyStore?: KeyStore;
}

export interface HandlerContext {
  repos: Repositories;
  lang: Lang;
  dataDir: string;
  /** Open read-only (and why): handlers skip their bookkeeping writes. */
  readOnly: ReadOnlyMode;
  /** The data folder's content-addressed files. */
  store: AttachmentStore;
  /** Uploads in progress (files arrive in chunks through the contract). */
  uploads: Uploads;
  /** Push events to every window: progress of long work. */
  events: EventHub;
  /** Long work that can be cancelled, by job id. */
  jobs: Map<string, AbortController>;
  /** The folder of the bundled job workers (a built shell); from source when absent. */
  bundledJobs?: string;
  /** Where unexpected faults of background work are logged. */
  log: (line: Record<string, unknown>) => void;
  /** Present in the desktop shell only. */
  desktop?: DesktopServices;
  /** Where copies for the system's app are written; removed when the backend closes. */
  openCopies: OpenCopies;
  /** Backups, restore and the recovery screen's facts. */
  backups: BackupService;
  /** The history chain's verification and checkpoints. */
  integrity: IntegrityService;
  /** Encryption at rest: status, unlock, re-keying. */
  security: SecurityService;
  shell?: ShellServices;
}

/** What only the desktop shell can do; the browser shell leaves it out. */
export interface DesktopServices {
  /** Opens a file with the system's default app; resolves to an error text, '' on success. */
  openPath(path: string): Promise<string>;
  /** Shows a file selected in the system's file manager. */
  showItemInFolder(path: string): void;
}

/** What the handlers that also answer in recovery mode may use: nothing of the database. */
export type RecoveryContext = Pick<
  HandlerContext,
  'lang' | 'dataDir' | 'events' | 'log' | 'backups' | 'security' | 'shell'
>;

export type RecoveryHandlerTable = {
  [C in RecoveryChannel]: (
    input: Parsed<C>,
    ctx: RecoveryContext,
  ) => Output<C> | Promise<Output<C>>;
};

export type Handler<C extends Channel> = (
  input: Parsed<C>,
  ctx: HandlerContext,
) => Output<C> | Promise<Output<C>>;

export type HandlerTable<K extends Channel = Channel> = { [C in K]: Handler<C> };

/** Who history entries name: the user name from Settings, or a neutral placeholder. */
export const actorOf = (ctx: HandlerContext): string => ctx.repos.settings.get().userName || '—';

/** Writes one history entry; call it inside the transaction that makes the change. */
export function recordHistory(
  ctx: HandlerContext,
  entity: 'client' | 'listing' | 'case' | 'settings' | 'calendar',
  entityId: number,
  action: HistoryEntry['action'],
  before: unknown,
  after: unknown,
): void {
  ctx.repos.history.record({ actor: actorOf(ctx), entity, entityId, action, before, after });
}
