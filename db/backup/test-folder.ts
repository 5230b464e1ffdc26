/** Test support: a data folder with a client, a case and attached files, as the app leaves it. */
import { join } from 'node:path';
import { DB_FILE, openDatabase, type Database } from '../connection';
import { createAttachmentStore } from '../attachments/store';
import { freshDir } from './test-files';
import { APPEND_SQL } from '../history-chain';

const NOW = '2026-01-05T09:30:00.000Z';

export async function folderWithFiles(contents: string[] = ['first file', 'second file']) {
  const dataDir = freshDir('xiufu-backup-');
  const db: Database = openDatabase(dataDir);
  const store = createAttachmentStore(dataDir);
  db.prepare(
    "INSERT INTO clients (id, kind, name, id_number, created_at, updated_at) VALUES (1, 'company', 'Acme', 'X1', ?, ?)",
  ).run(NOW, NOW);
  db.prepare('INSERT INTO cases (id, client_id, created_at, updated_at) VALUES (1, 1, ?, ?)').run(
    NOW,
    NOW,
  );
  db.prepare(APPEND_SQL).run({
    at: NOW,
    actor: 'me',
    entity: 'case',
    entityId: 1,
    action: 'create',
    before: null,
    after: null,
  });
  const hashes: string[] = [];
  for (const text of contents) {
    const put = await store.put({ bytes: Buffer.from(text) }, (stored) => stored);
    db.prepare('INSERT OR IGNORE INTO attachments (sha256, size, created_at) VALUES (?, ?, ?)').run(
      put.sha256,
      put.size,
      NOW,
    );
    db.prepare(
      "INSERT INTO case_files (case_id, item_key, sha256, filename, mime, size, added_at, added_by) VALUES (1, 'x', ?, 'f.pdf', 'application/pdf', ?, ?, 'me')",
    ).run(put.sha256, put.size, NOW);
    hashes.push(put.sha256);
  }
  return { dataDir, db, store, hashes, dbFile: join(dataDir, DB_FILE) };
}
