/** Backups as the fake backend lists them, for the component tests. */
import type { ServerEvents } from '../../../api/contract';
import type { BackupList, BackupSummary } from '../../../core/backups';

export const JOB = '0b5a3c1e-2f4d-4e6a-8b7c-9d0e1f2a3b4c';

export function summary(over: Partial<BackupSummary> = {}): BackupSummary {
  return {
    id: '20261130-020000-manual-4f1a',
    location: '/data/xiufu/backups',
    kind: 'manual',
    createdAt: '2026-11-30T02:00:00.000Z',
    app: '0.1.0',
    dataVersion: 9,
    counts: { clients: 3, cases: 4, files: 2 },
    newestChange: '2026-11-30T01:59:00.000Z',
    size: 300 * 1024,
    filesSize: 2048,
    missing: 0,
    status: { state: 'verified', checkedAt: '2026-11-30T02:00:05.000Z' },
    ...over,
  };
}

export function backupList(backups: BackupSummary[], over: Partial<BackupList> = {}): BackupList {
  return {
    backups,
    locations: [{ path: '/data/xiufu/backups', own: true, reachable: true }],
    current: {
      counts: { clients: 5, cases: 7, files: 3 },
      newestChange: '2026-11-30T08:00:00.000Z',
      size: 400 * 1024,
      filesSize: 4096,
    },
    retention: { keepDaily: 7, keepWeekly: 4 },
    running: null,
    canPickFolder: false,
    ...over,
  };
}

/** The end of a restore of summary(), as the backend reports it. */
export const restoredEvent = (): ServerEvents['backup.done'] => ({
  jobId: JOB,
  op: 'restore',
  ok: true,
  restored: true,
  backup: summary(),
});
