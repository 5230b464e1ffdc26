import type { Database } from '../connection';
import { nowIso, statementCache } from '../statements';

import { safeFileName } from '../../core/files/safe-name';
import type { CaseFile, PacketRecord } from '../../core/types';

export type { CaseFile, PacketRecord };

interface FileRow {
  id: number;
  case_id: number;
  item_key: string;
  sha256: string;
  filename: string;
  mime: string;
  size: number;
  added_at: string;
  added_by: string;
  not_embeddable: CaseFile['notEmbeddable'];
}

const toFile = (r: FileRow): CaseFile => ({
  id: r.id,
  caseId: r.case_id,
  itemKey: r.item_key,
  sha256: r.sha256,
  // Names attached before they were cleaned on the way in are cleaned on the way out.
  filename: safeFileName(r.filename) || 'file',
  mime: r.mime,
  size: r.size,
  addedAt: r.added_at,
  addedBy: r.added_by,
  notEmbeddable: r.not_embeddable,
});

/**
 * Rows pointing at stored files. A file in the store may be removed only when no row
 * (attached file or packet) refers to its hash any more: see `references`.
 */
export function filesRepository(db: Database) {
  const sql = statementCache(db);
  return {
    /** Records the stored bytes once; a second attachment of the same content reuses it. */
    recordAttachment(sha256: string, size: number): void {
      sql(
        'INSERT OR IGNORE INTO attachments (sha256, size, created_at) VALUES (:sha256, :size, :now)',
      ).run({
        sha256,
        size,
        now: nowIso(),
      });
    },

    add(f: Omit<CaseFile, 'id' | 'addedAt'>): CaseFile {
      const { lastInsertRowid } = sql(
        `INSERT INTO case_files (case_id, item_key, sha256, filename, mime, size, added_at, added_by, not_embeddable)
         VALUES (:caseId, :itemKey, :sha256, :filename, :mime, :size, :now, :addedBy, :notEmbeddable)`,
      ).run({ ...f, now: nowIso() });
      return this.get(Number(lastInsertRowid))!;
    },

    get(id: number): CaseFile | null {
      const row = sql('SELECT * FROM case_files WHERE id = :id AND removed_at IS NULL').get({
        id,
      }) as FileRow | undefined;
      return row ? toFile(row) : null;
    },

    forCase(caseId: number): CaseFile[] {
      return (
        sql(
          'SELECT * FROM case_files WHERE case_id = :caseId AND removed_at IS NULL ORDER BY id',
        ).all({
          caseId,
        }) as FileRow[]
      ).map(toFile);
    },

    remove(id: number): void {
      sql('UPDATE case_files SET removed_at = :now WHERE id = :id').run({ id, now: nowIso() });
    },

    /** How many live rows still point at this content. */
    references(sha256: string): number {
      const files = sql(
        'SELECT count(*) AS n FROM case_files WHERE sha256 = :sha256 AND removed_at IS NULL',
      ).get({ sha256 }) as { n: number };
      const packets = sql('SELECT count(*) AS n FROM packets WHERE sha256 = :sha256').get({
        sha256,
      }) as {
        n: number;
      };
      return files.n + packets.n;
    },

    addPacket(p: Omit<PacketRecord, 'id' | 'createdAt'>): PacketRecord {
      const { lastInsertRowid } = sql(
        `INSERT INTO packets (case_id, sha256, filename, page_count, lang, created_at, created_by,
           not_enclosed, override_reason)
         VALUES (:caseId, :sha256, :filename, :pageCount, :lang, :now, :createdBy, :notEnclosed, :overrideReason)`,
      ).run({ ...p, notEnclosed: JSON.stringify(p.notEnclosed), now: nowIso() });
      return this.packets(p.caseId).find((x) => x.id === Number(lastInsertRowid))!;
    },

    packets(caseId: number): PacketRecord[] {
      return (
        sql('SELECT * FROM packets WHERE case_id = :caseId ORDER BY id DESC').all({ caseId }) as {
          id: number;
          case_id: number;
          sha256: string;
          filename: string;
          page_count: number;
          lang: string;
          created_at: string;
          created_by: string;
          not_enclosed: string;
          override_reason: string;
        }[]
      ).map((r) => ({
        id: r.id,
        caseId: r.case_id,
        sha256: r.sha256,
        filename: safeFileName(r.filename) || 'packet.pdf',
        pageCount: r.page_count,
        lang: r.lang,
        createdAt: r.created_at,
        createdBy: r.created_by,
        notEnclosed: JSON.parse(r.not_enclosed) as PacketRecord['notEnclosed'],
        overrideReason: r.override_reason,
      }));
    },

    packet(id: number): PacketRecord | null {
      const row = sql('SELECT case_id FROM packets WHERE id = :id').get({ id }) as
        { case_id: number } | undefined;
      return row ? (this.packets(row.case_id).find((p) => p.id === id) ?? null) : null;
    },
  };
}
