/** How a backup is said to people: its date, what it holds, what is wrong with it, how its job ended. */
import type { TFunction } from 'i18next';
import type { BackupCounts, BackupStatus, BackupSummary } from '../../../core/backups';
import { instantDateTime } from '../../../core/instant';
import type { BackupOutcome } from './useBackupJob';

export function backupDate(b: Pick<BackupSummary, 'createdAt'>, t: TFunction): string {
  return b.createdAt ? instantDateTime(b.createdAt) : t('backups.unknownDate');
}

export function countsText(c: BackupCounts, t: TFunction): string {
  return t('backups.counts', {
    clients: t('backups.clients', { count: c.clients }),
    cases: t('backups.cases', { count: c.cases }),
    files: t('backups.files', { count: c.files }),
  });
}

/** Each kind of problem once (a thousand missing files are one sentence). */
export function problemsText(status: BackupStatus, t: TFunction): string {
  if (status.state !== 'damaged') return '';
  const kinds = [...new Set(status.problems.map((p) => p.kind))];
  return kinds.map((k) => t(`backups.problems.${k}`)).join(' ');
}

/** Why a backup cannot be restored, or null when it can be (the backend checks again). */
export function notRestorable(b: BackupSummary, t: TFunction): string | null {
  if (b.status.state === 'damaged')
    return t('backups.damagedReason', { problems: problemsText(b.status, t) });
  if (b.status.state === 'raw') return t('backups.rawReason');
  return null;
}

/** The sentence that says how a job ended, and whether it is good news. */
export function outcomeText(e: BackupOutcome, t: TFunction): { text: string; ok: boolean } {
  if (e.cancelled) return { text: t('backups.done.cancelled'), ok: true };
  if (!e.ok || !e.backup) return { text: e.message ?? '', ok: false };
  const date = backupDate(e.backup, t);
  const problems = problemsText(e.backup.status, t);
  const damaged = e.backup.status.state === 'damaged';
  switch (e.op) {
    case 'create':
      return damaged
        ? { text: t('backups.done.createDamaged', { date, problems }), ok: false }
        : { text: t('backups.done.create', { date }), ok: true };
    case 'verify':
      return damaged
        ? { text: t('backups.done.verifyDamaged', { date, problems }), ok: false }
        : { text: t('backups.done.verify', { date }), ok: true };
    case 'restore':
      return { text: t('backups.done.restore', { date }), ok: true };
  }
}
