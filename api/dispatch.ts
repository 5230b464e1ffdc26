/**
 * The backend's one entry point: look up the channel, validate the input with the
 * contract's schema, call the handler, and wrap every outcome in the Result envelope.
 * Both shells (Electron IPC, loopback HTTP) call `dispatch` and nothing else.
 */
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import type { ZodError } from 'zod';
import { encodeMessage, translateMessage, type Lang } from '../core/messages';
import { contract, isChannel, type Channel, type ErrorCode, type Result } from './contract';
import { AppError } from './errors';
import { faultToAppError } from './faults';
import { EventHub } from './events';
import { handlers, type HandlerContext } from './handlers';
import type { DesktopServices } from './handlers/context';
import { openDatabase, type Database } from '../db/connection';
import { createRepositories } from '../db/repositories';
import { createAttachmentStore } from '../db/attachments/store';
import { Uploads } from '../db/attachments/uploads';
import { applyTimeZone } from './handlers/settings';
import type { ReadOnlyMode } from '../core/types';
import { OpenCopies } from './open-copies';
import { NOTHING_SWEPT, sweepAtStartup, type StartupSweep } from './startup-sweep';

export interface CallContext {
  lang?: Lang;
}

export interface Backend {
  dispatch(channel: string, input: unknown, ctx?: CallContext): Promise<Result<unknown>>;
  events: EventHub;
  dataDir: string;
  /** Opened read-only (and why): every change is answered with `read_only`. */
  readOnly: ReadOnlyMode;
  /** The start-up clean-up of the data folder (api/startup-sweep.ts), settled once it ran. */
  swept: Promise<StartupSweep>;
  close(): void;
}

export type Logger = (line: Record<string, unknown>) => void;

const defaultLogger: Logger = (line) => console.error(JSON.stringify(line));

/**
 * Verbs that write nothing to the data folder (those with bookkeeping skip it when the
 * folder is read-only): all that a read-only folder answers.
 */
export const READS = /\.(get|list|summary|preview|catalogue|ics|poll|read|verify|draft|open|preflight)$/;
/** Uploads write only their own temporary files: no case data changed either. */
export const UPLOAD_STEPS = /\.(begin|chunk|cancel)$/;

/** Whether a call on this channel may change case data (a "data.changed" event follows). */
export function changesCaseData(channel: string): boolean {
  return !READS.test(channel) && !UPLOAD_STEPS.test(channel);
}

export type { DesktopServices };

export function createBackend(opts: {
  dataDir: string;
  log?: Logger;
  desktop?: DesktopServices;
  /** The shell found the folder read-only, or was asked to open it so. */
  readOnly?: ReadOnlyMode;
  /** Where copies opened with the system's app go (default: the system's temp folder). */
  tempDir?: string;
}): Backend {
  const readOnly = opts.readOnly ?? false;
  const db: Database = openDatabase(opts.dataDir, { readOnly: readOnly !== false });
  const repos = createRepositories(db);
  const events = new EventHub();
  const log = opts.log ?? defaultLogger;
  // "Today" everywhere in the backend is taken in the zone of Settings.
  applyTimeZone(repos.settings.get().timeZone, log);
  const store = createAttachmentStore(opts.dataDir, {
    isReferenced: (sha256) => repos.files.references(sha256) > 0,
  });
  const uploads = new Uploads(opts.dataDir);
  const openCopies = new OpenCopies(opts.tempDir ?? tmpdir());
  const jobs = new Map<string, AbortController>();
  const closing = new AbortController();
  // Only the lock owner gets here (db/lock.ts), so no other process's files are swept;
  // a read-only folder is left exactly as it is.
  const swept = readOnly
    ? Promise.resolve(NOTHING_SWEPT)
    : sweepAtStartup({ store, uploads, openCopies, log, signal: closing.signal });

  async function dispatch(channel: string, input: unknown, ctx: CallContext = {}) {
    const lang: Lang = ctx.lang ?? repos.settings.get().language;
    if (!isChannel(channel)) {
      return fail(
        'unknown_channel',
        translateMessage(`error.unknownChannel|${JSON.stringify({ channel })}`, lang),
      );
    }
    // Before validation: in a read-only folder no correction of the input would help.
    if (readOnly && !READS.test(channel)) {
      const key = readOnly === 'requested' ? 'owner.readOnlyRequested' : 'owner.readOnly';
      const message = encodeMessage(key, { dataDir: opts.dataDir });
      return fail('read_only', translateMessage(message, lang));
    }
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) return invalid(parsed.error, lang);
    const hctx: HandlerContext = {
      repos,
      lang,
      dataDir: opts.dataDir,
      readOnly,
      store,
      uploads,
      events,
      jobs,
      log,
      desktop: opts.desktop,
      openCopies,
    };
    try {
      const handler = handlers[channel] as (i: unknown, c: HandlerContext) => unknown;
      const value = await handler(parsed.data, hctx);
      if (changesCaseData(channel))
        events.emit('data.changed', { channel: channel as Channel });
      return { ok: true as const, value };
    } catch (err) {
      const known = err instanceof AppError ? err : faultToAppError(err, opts.dataDir);
      if (known) {
        if (known !== err) log({ level: 'warn', channel, code: known.code, error: String(err) });
        const message = translateMessage(`${known.key}|${JSON.stringify(known.params)}`, lang);
        return fail(known.code, message, known.field);
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
    closing.abort();
    for (const job of jobs.values()) job.abort();
    uploads.clear();
    openCopies.removeAll(log);
    db.close();
  }

  return { dispatch, events, dataDir: opts.dataDir, readOnly, swept, close };
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
