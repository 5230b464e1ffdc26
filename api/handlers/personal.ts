/**
 * Personal data under the owner's control (PIPL): erasing a client's personal data in one
 * transaction with its history entry, and what the dialog shows first.
 */
import { AppError } from '../errors';
import type { Client } from '../../core/types';
import type { ErasurePreview, ErasureRecord } from '../../core/personal/erase';
import { instantDate } from '../../core/instant';
import { sortKey } from '../../core/sort-key';
import type { HandlerContext, HandlerTable } from './context';
import { recordHistory } from './context';
import { requireClient } from './clients';

type PersonalChannels = 'personal.preview' | 'personal.erase';

function requireNotErased(ctx: HandlerContext, id: number): Client {
  const client = requireClient(ctx, id);
  if (client.erasedAt) {
    throw new AppError('conflict', 'personal.alreadyErased', {
      date: instantDate(client.erasedAt),
    });
  }
  return client;
}

/** Every value the erasure removes, as a byte scan (and the planner's samples) would find it. */
function personalValues(client: Client): string[] {
  return [
    client.name,
    sortKey(client.name),
    client.idNumber,
    client.address,
    client.legalRep,
    ...client.contacts.flatMap((c) => [c.name, c.phone, c.email]),
  ].filter((v) => v !== '');
}

const WAL_RETRIES = 30;
const WAL_RETRY_MS = 2000;

function retryTruncate(ctx: HandlerContext, left: number): void {
  if (left === 0) {
    ctx.log({ level: 'warn', channel: 'personal.erase', error: 'WAL still in use; not truncated' });
    return;
  }
  setTimeout(() => {
    try {
      if (!ctx.repos.personal.truncateWal()) retryTruncate(ctx, left - 1);
    } catch {
      // The folder was closed meanwhile: closing checkpoints the WAL itself.
    }
  }, WAL_RETRY_MS).unref();
}

/** The name or the identifier, typed as shown (case and surrounding spaces aside). */
const confirms = (client: Client, typed: string) =>
  typed === client.name || typed.toUpperCase() === client.idNumber.toUpperCase();

export const personalHandlers: HandlerTable<PersonalChannels> = {
  'personal.preview': async ({ id }, ctx): Promise<ErasurePreview> => {
    requireNotErased(ctx, id);
    const { backups } = await ctx.backups.list();
    return { counts: ctx.repos.personal.preview(id), backups: backups.length };
  },

  'personal.erase': async ({ id, reason, confirm }, ctx): Promise<ErasureRecord> => {
    const client = requireNotErased(ctx, id);
    if (!confirms(client, confirm)) {
      throw new AppError('invalid', 'personal.confirmMismatch', { name: client.name }, 'confirm');
    }
    const { personal, history } = ctx.repos;
    const { value, walTruncated } = personal.securely(() =>
      ctx.repos.transaction(() => {
        const ids = personal.mentions(id);
        const { freed, ...rows } = personal.erase(id, personalValues(client));
        history.eraseContent(ids);
        const record: ErasureRecord = {
          reason,
          counts: { ...rows, storedFiles: freed.length, historyEntries: ids.length },
          erasedHistoryIds: ids,
        };
        recordHistory(ctx, 'client', id, 'erase', null, record);
        return { record, freed };
      }),
    );
    // After the commit: a file goes only once no row points at it (the store re-checks).
    for (const sha256 of value.freed) await ctx.store.removeUnreferenced(sha256);
    // A job reading an older snapshot kept the WAL's earlier pages: empty it once it is done.
    if (!walTruncated) retryTruncate(ctx, WAL_RETRIES);
    return value.record;
  },
};
