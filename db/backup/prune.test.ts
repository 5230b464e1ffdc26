import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAttachmentStore } from '../attachments/store';
import { createBackup } from './create';
import { defaultLocation, poolFile } from './layout';
import { listBackups } from './list';
import { pruneBackups } from './prune';
import { folderWithFiles } from './test-folder';

describe('pruning', () => {
  it('removes the automatic backups the policy does not keep, and the pooled files only they held', async () => {
    const f = await folderWithFiles(['kept by every backup']);
    const location = defaultLocation(f.dataDir);
    const make = (day: string, kind: 'daily' | 'manual') =>
      createBackup({
        dataDir: f.dataDir,
        location,
        kind,
        app: 't',
        now: () => `${day}T02:00:00.000Z`,
      });

    await make('2026-01-01', 'daily');
    await make('2026-01-02', 'manual');
    // A file attached after the first backups, then removed before the last: only the
    // 2026-01-03 backup holds it.
    const store = createAttachmentStore(f.dataDir);
    const put = await store.put({ bytes: Buffer.from('held by one backup') }, (stored) => stored);
    f.db.prepare("INSERT INTO attachments VALUES (?, ?, 'x')").run(put.sha256, put.size);
    f.db
      .prepare(
        "INSERT INTO case_files (case_id, item_key, sha256, filename, mime, size, added_at, added_by) VALUES (1, 'x', ?, 'g.pdf', 'application/pdf', ?, 'x', 'me')",
      )
      .run(put.sha256, put.size);
    await make('2026-01-03', 'daily');
    f.db.prepare('UPDATE case_files SET removed_at = ? WHERE sha256 = ?').run('y', put.sha256);
    await make('2026-01-04', 'daily');
    await make('2026-01-05', 'daily');
    mkdirSync(join(location, '.partial-20260101-000000-daily-dead'));
    f.db.close();

    const removed = await pruneBackups(location, { keepDaily: 2, keepWeekly: 0 }, 'Asia/Shanghai');
    expect(removed.map((id) => id.slice(0, 8)).sort()).toEqual(['20260101', '20260103']);
    const left = (await listBackups(location)).map((b) => `${b.createdAt!.slice(0, 10)} ${b.kind}`);
    expect(left).toEqual(['2026-01-05 daily', '2026-01-04 daily', '2026-01-02 manual']);
    expect(existsSync(poolFile(location, put.sha256))).toBe(false);
    expect(existsSync(poolFile(location, f.hashes[0]!))).toBe(true);
    expect(readdirSync(location).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
