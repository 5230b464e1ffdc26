/**
 * The backend's one entry point: look up the channel, validate the input with the
 * contract's schema, call the handler, and wrap every outcome in the Result envelope.
 * Both shells (Electron IPC, loopback HTTP) call `dispatch` and nothing else.
 *
 * The data folder is opened checked (api/data-folder.ts). When its file cannot be used
 * the backend runs in recovery mode: only RECOVERY_CHANNELS answer, every other channel
 * says `recovery`. A folder opened read-only answers every change `read_only`; while a
 * restore runs, channels that write say `busy`.
 */
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import type { ZodError } from 'zod';
import { encodeMessage, translateMessage, type Lang } from '../core/messages';
import type { ReadOnlyMode } from '../core/types';
import {
  contract,
  isChannel,
  LOCKED_CHANNELS,
  RECOVERY_CHANNELS,
  type Channel,
  type ErrorCode,
  type ErrorDetails,
  type RecoveryChannel,
  type Result,
} from './contract';
import { AppError } from './errors';
import { faultToAppError } from './faults';
import { EventHub } from './events';
import { handlers, recoveryModeHandlers, type HandlerContext } from './handlers';
import type { DesktopServices, RecoveryContext, ShellServices } from './handlers/context';
import { applyTimeZone } from './handlers/settings';
import { BackupService } from './backup-service';
import { IntegrityService } from './integrity-service';
import { DataFolder, type Recovery } from './data-folder';
import { OpenCopies } from './open-copies';
import { sealLeftovers, SecurityService } from './security-service';
import { NOTHING_SWEPT, sweepAtStartup, type StartupSweep } from './startup-sweep';

export type { DesktopServices, ShellServices } from './handlers/context';
export type { Recovery } from './data-folder';

export interface CallContext {
  lang?: Lang;
}

export interface Backend {
  dispatch(channel: string, input: unknown, ctx?: CallContext): Promise<Result<unknown>>;
  events: EventHub;
  dataDir: string;
  /** Opened read-only (and why): every change is answered with `read_only`. */
  readOnly: ReadOnlyMode;
  /**
   * Settles once the folder is open or in recovery mode (a migration backs up first);
   * rejects with a FolderError when a read-only folder cannot be shown at all.
   */
  ready: Promise<void>;
  /** Why the data file could not be opened; null while it is open. */
  recovery(): Recovery | null;
  /** The latest start-up clean-up of the data folder (api/startup-sweep.ts), once it ran. */
  readonly swept: Promise<StartupSweep>;
  close(): void;
}

export type Logger = (line: Record<string, unknown>) => void;

const defaultLogger: Logger = (line) => console.error(JSON.stringify(line));

/**
 * Verbs that write nothing to the data folder (those with bookkeeping skip it when the
 * folder is read-only): all that a read-only folder answers. The audit log's CSV export
 * (csv, csvRead, csvCancel) writes only a temporary file outside it.
 */
export const READS =
  /\.(get|list|summary|preview|catalogue|ics|poll|read|verify|draft|open|preflight|status|pick|checkpoint|check|csv|csvRead|csvCancel)$/;
/** Uploads write only their own temporary files: no case data changed either. */
export const UPLOAD_STEPS = /\.(begin|chunk|cancel)$/;

/** Whether a call on this channel may change case data (a "data.changed" event follows). */
export function changesCaseData(channel: string): boolean {
  return !READS.test(channel) && !UPLOAD_STEPS.test(channel);
}

/** Answered while a restore runs (it would not see, or would lose, anything written). */
const DURING_RESTORE = new Set<string>(['backups.cancel', 'recovery.quit']);

const isRecoveryChannel = (c: Channel): c is RecoveryChannel =>
  (RECOVERY_CHANNELS as readonly string[]).includes(c);
const isLockedChannel = (c: Channel) => (LOCKED_CHANNELS as readonly string[]).includes(c);

export function createBackend(opts: {
  dataDir: string;
  log?: Logger;
  desktop?: DesktopServices;
  shell?: ShellServices;
  /** The shell found the folder read-only, or was asked to open it so. */
  readOnly?: ReadOnlyMode;
  /** Where copies opened with the system's app go (default: the system's temp folder). */
  tempDir?: string;
  /** Back up on the first start of each day (the shells; tests leave it off). */
  dailyBackup?: boolean;
  /** The folder of the bundled job workers (the desktop app's build). */
  bundledJobs?: string;
  /** Verify the history chain in the background at start and after a restore (the shells). */
  verifyHistory?: boolean;
}): Backend {
  const readOnly = opts.readOnly ?? false;
  const events = new EventHub();
  const log = opts.log ?? defaultLogger;
  const openCopies = new OpenCopies(opts.tempDir ?? tmpdir());
  let swept: Promise<StartupSweep> = Promise.resolve(NOTHING_SWEPT);
  const folder = new DataFolder(opts.dataDir, {
    readOnly: readOnly !== false,
    backupFirst: () => backups.beforeMigration(),
    opened: (data) => {
      // "Today" everywhere in the backend is taken in the zone of Settings.
      applyTimeZone(data.repos.settings.get().timeZone, log);
      integrity.opened(opts.verifyHistory ?? false);
      // A read-only folder is left exactly as it is.
      if (readOnly) return;
      // Only the lock owner gets here (db/lock.ts), so no other process's files are swept.
      const { store, uploads, closing } = data;
      swept = sweepAtStartup({ store, uploads, openCopies, log, signal: closing.signal });
      // Files an interrupted re-key left plain, or sealed with a retired key, are sealed now
      // (in the background); a re-key reopening the folder seals them in its own job.
      if (!security.isBusy())
        void sealLeftovers(opts.dataDir, closing.signal).catch((err: unknown) =>
          log({ level: 'warn', event: 'startup.seal', error: String(err) }),
        );
      void backups
        .daily()
        .catch((err: unknown) =>
          log({ level: 'error', where: 'daily backup', error: String(err) }),
        );
    },
  });
  const backups: BackupService = new BackupService({
    folder,
    events,
    log,
    bundledJobs: opts.bundledJobs,
    canPickFolder: opts.shell?.pickFolder !== undefined,
    canSwitchFolder: opts.shell?.relaunch !== undefined,
    daily: opts.dailyBackup ?? false,
    onChain: (verdict) => integrity.record(verdict),
    afterRestore: () => integrity.afterRestore(),
  });
  const integrity = new IntegrityService({
    folder,
    events,
    log,
    bundledJobs: opts.bundledJobs,
    readOnly: readOnly !== false,
  });
  const security = new SecurityService({
    folder,
    events,
    backups,
    log,
    bundledJobs: opts.bundledJobs,
    keyStore: opts.shell?.keyStore,
  });
  // Synchronous unless a migration must be backed up first. A locked folder whose key the
  // desktop remembered is opened straight away.
  const ready = folder.open().then(async () => {
    if (folder.isLocked() && security.unlockRemembered()) await folder.open();
  });
  // Whoever awaits `ready` hears of a refusal; an unwatched rejection must not end the process.
  ready.catch(() => undefined);

  function contextFor(lang: Lang): HandlerContext | RecoveryContext {
    const base: RecoveryContext = {
      lang,
      dataDir: opts.dataDir,
      events,
      log,
      backups,
      security,
      shell: opts.shell,
    };
    const data = folder.data();
    if (!data) return base;
    const { repos, store, uploads, jobs } = data;
    return {
      ...base,
      repos,
      store,
      uploads,
      jobs,
      readOnly,
      openCopies,
      integrity,
      desktop: opts.desktop,
      bundledJobs: opts.bundledJobs,
    };
  }

  async function dispatch(channel: string, input: unknown, ctx: CallContext = {}) {
    await ready;
    const data = folder.data();
    const lang: Lang = ctx.lang ?? data?.repos.settings.get().language ?? 'en';
    if (!isChannel(channel)) {
      return fail(
        'unknown_channel',
        translateMessage(`error.unknownChannel|${JSON.stringify({ channel })}`, lang),
      );
    }
    // Before validation: in a read-only folder no correction of the input would help.
    // Unlocking writes nothing to the folder: a read-only encrypted folder can be looked at.
    if (readOnly && !READS.test(channel) && channel !== 'security.unlock') {
      const key = readOnly === 'requested' ? 'owner.readOnlyRequested' : 'owner.readOnly';
      const message = encodeMessage(key, { dataDir: opts.dataDir });
      return fail('read_only', translateMessage(message, lang));
    }
    if (folder.isLocked() && !isLockedChannel(channel)) {
      return fail('locked', translateMessage('crypt.locked', lang));
    }
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) return invalid(parsed.error, lang);
    if (!data && !isRecoveryChannel(channel)) {
      return fail('recovery', translateMessage('recovery.refused', lang));
    }
    if (backups.isRestoring() && !READS.test(channel) && !DURING_RESTORE.has(channel)) {
      return fail('busy', translateMessage('backups.restoring', lang));
    }
    if (security.isBusy() && !READS.test(channel) && channel !== 'security.cancel') {
      return fail('busy', translateMessage('crypt.busy', lang));
    }
    const hctx = contextFor(lang);
    try {
      const handler = (
        'repos' in hctx ? handlers[channel] : recoveryModeHandlers[channel as RecoveryChannel]
      ) as (i: unknown, c: typeof hctx) => unknown;
      const value = await handler(parsed.data, hctx);
      if (changesCaseData(channel)) events.emit('data.changed', { channel: channel as Channel });
      return { ok: true as const, value };
    } catch (err) {
      const known = err instanceof AppError ? err : faultToAppError(err, opts.dataDir);
      if (known) {
        if (known !== err) log({ level: 'warn', channel, code: known.code, error: String(err) });
        const message = translateMessage(`${known.key}|${JSON.stringify(known.params)}`, lang);
        return fail(known.code, message, known.field, known.details);
      }
      const id = randomUUID().slice(0, 8);
      log({ level: 'error', id, channel, error: err instanceof Error ? err.stack : String(err) });
      return {
        ok: false as const,
        error: {
          code: 'internal' as const,
          id,
          message: translateMessage(`error.internal|${JSON.stringify({ id })}`, lang),
        },
      };
    }
  }

  function close() {
    integrity.close();
    security.close();
    backups.close();
    folder.close();
    openCopies.removeAll(log);
  }

  return {
    dispatch,
    events,
    dataDir: opts.dataDir,
    readOnly,
    ready,
    recovery: () => folder.recovery(),
    get swept() {
      return swept;
    },
    close,
  };
}

function fail(code: ErrorCode, message: string, field?: string, details?: ErrorDetails) {
  return {
    ok: false as const,
    error: { code, message, ...(field ? { field } : {}), ...(details ? { details } : {}) },
  };
}

/** The first issue names the field (dotted path) and says, in the caller's language, what to fix. */
function invalid(error: ZodError, lang: Lang) {
  const issue = error.issues[0]!;
  const field = issue.path.map(String).join('.') || undefined;
  return fail('invalid', translateMessage(issue.message, lang), field);
}
