/**
 * The recovery screen's own channels: what is wrong (and the newest backup to restore),
 * open another data folder (the desktop restarts on it), quit.
 */
import { AppError } from '../errors';
import { checkDataFolder } from '../backup-folders';
import type { RecoveryHandlerTable } from './context';

export const recoveryHandlers: Pick<
  RecoveryHandlerTable,
  'recovery.status' | 'recovery.openFolder' | 'recovery.quit'
> = {
  'recovery.status': (_input, ctx) => ctx.backups.recoveryStatus(ctx.lang),
  'recovery.openFolder': async ({ path }, ctx) => {
    const relaunch = ctx.shell?.relaunch;
    if (!relaunch) throw new AppError('invalid', 'recovery.desktopOnly');
    const folder = await checkDataFolder(path);
    // After the answer has gone out: the restart ends this process.
    setImmediate(() => relaunch(folder));
    return { opened: true };
  },
  'recovery.quit': (_input, ctx) => {
    const shell = ctx.shell;
    if (shell) setImmediate(() => shell.quit());
    return { quitting: shell !== undefined };
  },
};
