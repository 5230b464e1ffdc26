/**
 * The backend's one entry point: look up the channel, validate the input with the
 * contract's schema, call the handler, and wrap every outcome in the Result envelope.
 * Both shells (Electron IPC, loopback HTTP) call `dispatch` and nothing else.
 *
 * The data folder is opened checked (api/data-folder.ts). When its file cannot be used
 * the backend runs in recovery mode: only RECOVERY_CHANNELS answer, every other channel
 * says `recovery`. While a restore runs, channels that write say `busy`.
 */
import { randomUUID } from 'node:crypto';
import type { ZodError } from 'zod';
import { translateMessage, type Lang } from '../core/messages';
import {
  contract,
  isChannel,
  RECOVERY_CHANNELS,
  type Channel,
  type ErrorCode,
  type RecoveryChannel,
  type Result,
} from './contract';
import { AppError } from './errors';
import { EventHub } from './events';
import { handlers, recoveryModeHandlers, type HandlerContext } from './handlers';
import type { RecoveryContext, ShellServices } from './handlers/context';
import { applyTimeZone } from './handlers/settings';
import { BackupService } from './backup-service';
import { DataFolder, type Recovery } from './data-folder';

export type { ShellServices } from './handlers/context';
export type { Recovery } from './data-folder';

export interface CallContext {
  lang?: Lang;
}

export interface Backend {
  dispatch(channel: string, input: unknown, ctx?: CallContext): Promise<Result<unknown>>;
  events: EventHub;
  dataDir: string;
  /** Settles once the folder is open or in recovery mode (a migration backs up first). */
  ready: Promise<void>;
  /** Why the data file could not be opened; null while it is open. */
  recovery(): Recovery | null;
  close(): void;
}

export type Logger = (line: Record<string, unknown>) => void;

const defaultLogger: Logger = (line) => console.error(JSON.stringify(line));

/** Verbs that change no case data: no "data.changed" event after them. */
const READ_ONLY =
  /\.(get|list|summary|preview|catalogue|ics|poll|read|verify|draft|begin|chunk|cancel|open|preflight|status|pick)$/;

/** Answered while a restore runs (it would not see, or would lose, anything written). */
const DURING_RESTORE = new Set<string>(['backups.cancel', 'recovery.quit']);

const isRecoveryChannel = (c: Channel): c is RecoveryChannel =>
  (RECOVERY_CHANNELS as readonly string[]).includes(c);

/** What only the desktop shell can do; the browser shell leaves it out. */
export interface DesktopServices {
  /** Opens a file with the system's default app; resolves to an error text, '' on success. */
  openPath(path: string): Promise<string>;
}

export function createBackend(opts: {
  dataDir: string;
  log?: Logger;
  desktop?: DesktopServices;
  shell?: ShellServices;
  /** Back up on the first start of each day (the shells; tests leave it off). */
  dailyBackup?: boolean;
  /** The folder of the bundled job workers (the desktop app's build). */
  bundledJobs?: string;
}): Backend {
  const events = new EventHub();
  const log = opts.log ?? defaultLogger;
  const folder = new DataFolder(opts.dataDir, {
    backupFirst: () => backups.beforeMigration(),
    opened: (data) => {
      // "Today" everywhere in the backend is taken in the zone of Settings.
      applyTimeZone(data.repos.settings.get().timeZone, log);
      void data.store.sweepTemp();
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
  });
  // Synchronous unless a migration must be backed up first.
  const ready = folder.open();

  function contextFor(lang: Lang): HandlerContext | RecoveryContext {
    const base: RecoveryContext = {
      lang,
      dataDir: opts.dataDir,
      events,
      log,
      backups,
      shell: opts.shell,
    };
    const data = folder.data();
    if (!data) return base;
    const { repos, store, uploads, jobs } = data;
    return { ...base, repos, store, uploads, jobs, desktop: opts.desktop };
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
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) return invalid(parsed.error, lang);
    if (!data && !isRecoveryChannel(channel)) {
      return fail('recovery', translateMessage('recovery.refused', lang));
    }
    if (backups.isRestoring() && !READ_ONLY.test(channel) && !DURING_RESTORE.has(channel)) {
      return fail('busy', translateMessage('backups.restoring', lang));
    }
    const hctx = contextFor(lang);
    try {
      const handler = (
        'repos' in hctx ? handlers[channel] : recoveryModeHandlers[channel as RecoveryChannel]
      ) as (i: unknown, c: typeof hctx) => unknown;
      const value = await handler(parsed.data, hctx);
      if (!READ_ONLY.test(channel)) events.emit('data.changed', { channel: channel as Channel });
      return { ok: true as const, value };
    } catch (err) {
      if (err instanceof AppError) {
        const message = translateMessage(`${err.key}|${JSON.stringify(err.params)}`, lang);
        return fail(err.code, message, err.field);
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
    backups.close();
    folder.close();
  }

  return {
    dispatch,
    events,
    dataDir: opts.dataDir,
    ready,
    recovery: () => folder.recovery(),
    close,
  };
}

function fail(code: ErrorCode, message: string, field?: string) {
  return { ok: false as const, error: field ? { code, message, field } : { code, message } };
}

/** The first issue names the field (dotted path) and says, in the caller's language, what to fix. */
function invalid(error: ZodError, lang: Lang) {
  const issue = error.issues[0]!;
  const field = issue.path.map(String).join('.') || undefined;
  return fail('invalid', translateMessage(issue.message, lang), field);
}
