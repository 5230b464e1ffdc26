/**
 * Backups (Settings › Backups and the recovery screen): list, create (here or into a
 * chosen folder), verify, restore, cancel; retention; the desktop's folder dialog. The
 * work itself runs in api/backup-service.ts and jobs/.
 */
import type { Retention } from '../../core/backups';
import { AppError } from '../errors';
import type { HandlerTable, RecoveryHandlerTable } from './context';
import { retentionOf } from '../backup-service';

/** Answered in recovery mode too: they need no database. */
export const backupRecoveryHandlers: Pick<
  RecoveryHandlerTable,
  'backups.list' | 'backups.verify' | 'backups.restore' | 'backups.cancel' | 'folders.pick'
> = {
  'backups.list': (_input, ctx) => ctx.backups.list(),
  'backups.verify': (ref, ctx) => ctx.backups.verify(ref, ctx.lang),
  'backups.restore': (ref, ctx) => ctx.backups.restore(ref, ctx.lang),
  'backups.cancel': ({ jobId }, ctx) => ctx.backups.cancel(jobId),
  'folders.pick': async (_input, ctx) => {
    if (!ctx.shell?.pickFolder) throw new AppError('invalid', 'backups.desktopOnly');
    return { path: await ctx.shell.pickFolder(ctx.lang) };
  },
};

export const backupHandlers: HandlerTable<'backups.create' | 'backups.configure'> = {
  'backups.create': ({ to }, ctx) => ctx.backups.create(to, ctx.lang),
  'backups.configure': ({ keepDaily, keepWeekly }, ctx): Retention => {
    const saved = ctx.repos.settings.set({
      backupKeepDaily: keepDaily,
      backupKeepWeekly: keepWeekly,
    });
    return retentionOf(saved);
  },
};
