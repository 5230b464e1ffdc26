/**
 * Backup names: the UTC time of the copy, its kind and a random suffix, e.g.
 * `20260105-093000-daily-4f1a`. They sort by time, say what they are, and are checked
 * against this pattern before any path is built from them.
 */
import { BACKUP_KINDS, type BackupKind } from './types';

export const BACKUP_ID_RE = new RegExp(`^\\d{8}-\\d{6}-(${BACKUP_KINDS.join('|')})-[0-9a-f]{4}$`);

export function backupId(createdAt: string, kind: BackupKind, suffix: string): string {
  // 2026-01-05T09:30:00.123Z → 20260105-093000
  const stamp = createdAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `${stamp}-${kind}-${suffix}`;
}

export function isBackupId(value: string): boolean {
  return BACKUP_ID_RE.test(value);
}
