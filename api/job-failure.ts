/**
 * How a background job's failure reaches the user: a refusal or a known fault (a full
 * disk, a lost race) in their language, as dispatch says it for a request; anything else
 * logged with a reference that the message names.
 */
import { randomUUID } from 'node:crypto';
import { translateMessage } from '../core/messages';
import { AppError } from './errors';
import { faultToAppError } from './faults';
import type { HandlerContext } from './handlers/context';

export function jobFailureMessage(ctx: HandlerContext, err: unknown, channel: string): string {
  const known = err instanceof AppError ? err : faultToAppError(err, ctx.dataDir);
  if (known) return translateMessage(`${known.key}|${JSON.stringify(known.params)}`, ctx.lang);
  const id = randomUUID().slice(0, 8);
  ctx.log({ level: 'error', id, channel, error: err instanceof Error ? err.stack : String(err) });
  return translateMessage(`error.internal|${JSON.stringify({ id })}`, ctx.lang);
}
