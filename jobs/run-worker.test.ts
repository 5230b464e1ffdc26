import { describe, expect, it } from 'vitest';
import { defaultLocation } from '../db/backup/layout';
import { listBackups } from '../db/backup/list';
import { folderWithFiles } from '../db/backup/test-folder';
import type { BackupJob, BackupJobResult } from './backup-ops';
import { JobCancelledError, runWorker } from './run-worker';

describe('a backup job in a worker thread', () => {
  it('makes a verified backup, reporting progress', async () => {
    const f = await folderWithFiles();
    const location = defaultLocation(f.dataDir);
    const phases = new Set<string>();
    const job: BackupJob = { op: 'create', dataDir: f.dataDir, location, kind: 'manual', app: 't' };
    const { result } = runWorker<BackupJobResult>('backup-worker', job, {
      onProgress: (phase) => phases.add(phase),
    });
    const { backup } = await result;
    f.db.close();
    expect(backup.status.state).toBe('verified');
    expect(phases).toContain('verifying');
    expect(await listBackups(location)).toEqual([backup]);
  });

  it('is cancelled without leaving a backup', async () => {
    const f = await folderWithFiles(Array.from({ length: 40 }, (_, i) => `file ${i}`));
    const location = defaultLocation(f.dataDir);
    const job: BackupJob = { op: 'create', dataDir: f.dataDir, location, kind: 'manual', app: 't' };
    const running = runWorker<BackupJobResult>('backup-worker', job, {
      onProgress: () => running.cancel(),
    });
    await expect(running.result).rejects.toBeInstanceOf(JobCancelledError);
    f.db.close();
    expect(await listBackups(location)).toEqual([]);
  });

  it('revives a refusal as its error class', async () => {
    const f = await folderWithFiles();
    f.db.close();
    const job: BackupJob = {
      op: 'restore',
      dataDir: f.dataDir,
      location: defaultLocation(f.dataDir),
      id: '20260101-000000-manual-abcd',
      app: 't',
      supported: 99,
      safety: 'backup',
    };
    await expect(runWorker('backup-worker', job).result).rejects.toMatchObject({
      name: 'BackupDamagedError',
      problems: [{ kind: 'manifest' }],
    });
  });
});
