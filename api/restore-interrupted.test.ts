/**
 * A restore that fails at its most delicate point, the swap: the data file is left as it
 * was, nothing staged stays behind, and the backend goes on serving the data it had.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Of } from '../db/backup/test-files';
import { DB_FILE } from '../db/connection';
import { backUp, caseCount, jobEnds } from './backup-testing';
import { samrCase, testBackend, type TestBackend } from './testing';

vi.mock('../db/backup/restore', async (importOriginal) => {
  const real = await importOriginal<typeof import('../db/backup/restore')>();
  return {
    ...real,
    swapDatabase: (dataDir: string) =>
      real.swapDatabase(dataDir, {
        beforeRename: () => {
          throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
        },
      }),
  };
});

let t: TestBackend;
afterEach(() => t.backend.close());

describe('a restore interrupted mid-swap', () => {
  it('leaves the data folder intact and the app working on it', async () => {
    t = testBackend();
    const kase = await samrCase(t);
    const { backup } = await backUp(t);
    await t.ok('cases.update', { id: kase.id, notes: 'written after the backup' });
    const file = join(t.dir, DB_FILE);
    const rows = t.snapshot();

    const ends = jobEnds(t.backend);
    const { jobId } = await t.ok('backups.restore', { id: backup!.id });
    const done = await ends.done(jobId);
    expect(done).toMatchObject({ ok: false, message: expect.stringContaining('EIO') });

    expect(t.snapshot()).toBe(rows);
    expect(readdirSync(t.dir).filter((n) => n.includes('restoring'))).toEqual([]);
    expect(sha256Of(file)).not.toBeNull();
    expect(t.backend.recovery()).toBeNull();
    expect((await t.ok('cases.get', { id: kase.id })).notes).toBe('written after the backup');
    expect(await caseCount(t)).toBe(1);
    // Writes are allowed again.
    await t.ok('cases.update', { id: kase.id, notes: 'and after the failed restore' });
  });
});
