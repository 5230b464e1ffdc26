/**
 * Encryption at rest, as the form and the backend both see it: the passphrase rules and
 * the inputs of the security channels (one zod schema for both sides), and what
 * Settings › Security shows.
 */
import { z } from 'zod';
import { backupRef } from './backups/schemas';
import { encodeMessage as m } from './messages';

/** Short passphrases fall to guessing even through scrypt; ten characters is a floor, not a goal. */
export const PASSPHRASE_MIN = 10;
const PASSPHRASE_MAX = 1000;

const typed = z.string().max(PASSPHRASE_MAX, m('field.tooLong', { max: PASSPHRASE_MAX }));
const given = typed.min(1, m('field.required'));
const chosen = typed.min(PASSPHRASE_MIN, m('crypt.tooShort', { min: PASSPHRASE_MIN }));

const sameTwice = <T extends { passphrase: string; confirm: string }>(v: T) =>
  v.passphrase === v.confirm;
const mismatch = { message: m('crypt.mismatch'), path: ['confirm'] };

export const unlockInput = z.object({
  passphrase: given,
  /** Desktop: keep the key in the system's store (Electron safeStorage). */
  remember: z.boolean().default(false),
});
export const enableInput = z
  .object({ passphrase: chosen, confirm: typed })
  .refine(sameTwice, mismatch);
export const changeInput = z
  .object({ current: given, passphrase: chosen, confirm: typed })
  .refine(sameTwice, mismatch);
export const disableInput = z.object({ passphrase: given });
/**
 * Restoring a backup (Settings › Backups): `passphrase`, the one the data had when the
 * backup was made, asked only for a backup whose key this app does not hold.
 */
export const restoreBackupInput = backupRef.extend({ passphrase: typed.optional() });
export type RestoreBackupInput = z.infer<typeof restoreBackupInput>;

export type RekeyOp = 'enable' | 'change' | 'disable';
export type RekeyStep = 'copy' | 'rekey' | 'check' | 'files';

export interface RunningRekey {
  jobId: string;
  op: RekeyOp;
  step: RekeyStep | null;
  done: number;
  total: number;
}

export interface SecurityStatus {
  encrypted: boolean;
  locked: boolean;
  /** The shell can keep the key in the system's store (the desktop app). */
  canRemember: boolean;
  /** The key of this folder is kept in the system's store. */
  remembered: boolean;
  running: RunningRekey | null;
}
