/**
 * Why a job in the background failed, as its end event says it: a full disk or a lost race
 * as such (as dispatch says it for a request), anything else logged with a correlation id
 * and said without internals, in the user's language.
 */
import { randomUUID } from 'node:crypto';
import { translateMessage } from '../core/messages';
import { AppError } from './errors';
import { faultToAppError } from './faults';
import type { HandlerContext } from './handlers/context';

export function jobFailureMessage(ctx: HandlerContext, channel: string, err: unknown): string {
  const known = err instanceof AppError ? err : faultToAppError(err, ctx.dataDir);
  if (known) return translateMessage(`${known.key}|${JSON.stringify(known.params)}`, ctx.lang);
  const id = randomUUID().slice(0, 8);
  ctx.log({ level: 'error', id, channel, error: err instanceof Error ? err.stack : String(err) });
  return translateMessage(`error.internal|${JSON.stringify({ id })}`, ctx.lang);
}
