/** Inputs of the backup channels, shared by the Settings forms and the backend. */
import { z } from 'zod';
import { encodeMessage as m } from '../messages';
import { isBackupId } from './ids';

export const MAX_KEEP_DAILY = 90;
export const MAX_KEEP_WEEKLY = 104;

/**
 * A folder typed by the user (the browser shell cannot show a folder dialog): a full
 * path on this machine, POSIX (/media/usb) or Windows (E:\Backups, \\server\share).
 * Whether it exists and can be written is checked by the backend.
 */
export const folderPath = z
  .string({ error: m('backups.folderAbsolute') })
  .trim()
  .min(1, m('backups.folderAbsolute'))
  .max(1000, m('field.tooLong', { max: 1000 }))
  // Control characters (NUL above all) never belong in a path a user typed.
  // eslint-disable-next-line no-control-regex
  .refine((p) => !/[\u0000-\u001f]/.test(p), m('backups.folderAbsolute'))
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\[^\\]+\\[^\\]+)/.test(p), m('backups.folderAbsolute'));

export const backupCreateInput = z.object({ to: folderPath.optional() });

export const backupFolderForm = z.object({ to: folderPath });

export const backupRef = z.object({
  id: z.string({ error: m('backups.unknownId') }).refine(isBackupId, m('backups.unknownId')),
  /** The folder the backup is in; absent: the data folder's own backups/. */
  location: folderPath.optional(),
});

const keep = (max: number, min: number) =>
  z
    .number({ error: m('backups.keep', { min, max }) })
    .int(m('backups.keep', { min, max }))
    .min(min, m('backups.keep', { min, max }))
    .max(max, m('backups.keep', { min, max }));

export const retentionInput = z.object({
  keepDaily: keep(MAX_KEEP_DAILY, 1),
  keepWeekly: keep(MAX_KEEP_WEEKLY, 0),
});

/** The data folder to open instead (desktop: the folder picker's answer). */
export const openFolderInput = z.object({ path: folderPath });
