/**
 * What a data file holds, read through a read-only connection, for checks made from
 * outside the app (the crash test, scripts/crash): the file's own integrity, the rows of
 * every case and the rows that point at stored files, and the facts of the history log
 * that tie each write to its entry. Run it while no server has the folder open.
 */
import { join } from 'node:path';
import { openSqlite } from './driver';
import { DB_FILE } from './connection';

export interface InspectedData {
  /** `PRAGMA integrity_check`: ['ok'] when the file is sound. */
  integrity: string[];
  /** Rows naming a parent that does not exist (`PRAGMA foreign_key_check`). */
  foreignKeyViolations: number;
  clients: { id: number; name: string; address: string }[];
  listings: { id: number; clientId: number; reason: string }[];
  cases: { id: number; clientId: number; notes: string; computedOn: string }[];
  caseListings: { caseId: number; listingId: number }[];
  caseDates: { caseId: number; listingId: number; kind: string; date: string }[];
  events: { id: number; caseId: number; type: string; date: string }[];
  documents: { caseId: number; documentId: string; status: string; note: string }[];
  files: { id: number; caseId: number; sha256: string; removed: boolean }[];
  packets: { id: number; caseId: number; sha256: string }[];
  /** One row per history entry, with the fields the checks match writes by. */
  history: HistoryFacts[];
}

export interface HistoryFacts {
  entity: string;
  entityId: number;
  action: string;
  /** After the change: a client's name, a case's notes, a listing's reason. */
  name: string | null;
  notes: string | null;
  reason: string | null;
  /** The note of a checklist item set, the event, file or packet added. */
  documentNote: string | null;
  eventId: number | null;
  fileId: number | null;
  packetId: number | null;
  /** The file a removal took away (before.file). */
  removedFileId: number | null;
}

export function inspectData(dataDir: string): InspectedData {
  const db = openSqlite(join(dataDir, DB_FILE), { readonly: true, fileMustExist: true });
  try {
    const all = <T>(sql: string) => db.prepare(sql).all() as T[];
    return {
      integrity: (db.pragma('integrity_check') as { integrity_check: string }[]).map(
        (r) => r.integrity_check,
      ),
      foreignKeyViolations: (db.pragma('foreign_key_check') as unknown[]).length,
      clients: all('SELECT id, name, address FROM clients ORDER BY id'),
      listings: all('SELECT id, client_id AS clientId, reason FROM listings ORDER BY id'),
      cases: all(
        'SELECT id, client_id AS clientId, notes, computed_on AS computedOn FROM cases ORDER BY id',
      ),
      caseListings: all('SELECT case_id AS caseId, listing_id AS listingId FROM case_listings'),
      caseDates: all(
        'SELECT case_id AS caseId, listing_id AS listingId, kind, date FROM case_dates',
      ),
      events: all('SELECT id, case_id AS caseId, type, date FROM case_events ORDER BY id'),
      documents: all(
        'SELECT case_id AS caseId, document_id AS documentId, status, note FROM case_documents',
      ),
      files: all<{ id: number; caseId: number; sha256: string; removed: number }>(
        `SELECT id, case_id AS caseId, sha256, removed_at IS NOT NULL AS removed
         FROM case_files ORDER BY id`,
      ).map((f) => ({ ...f, removed: f.removed === 1 })),
      packets: all('SELECT id, case_id AS caseId, sha256 FROM packets ORDER BY id'),
      history: all(
        `SELECT entity, entity_id AS entityId, action,
           json_extract(after, '$.name') AS name,
           json_extract(after, '$.notes') AS notes,
           json_extract(after, '$.reason') AS reason,
           json_extract(after, '$.document.note') AS documentNote,
           json_extract(after, '$.event.id') AS eventId,
           json_extract(after, '$.file.id') AS fileId,
           json_extract(after, '$.packet.id') AS packetId,
           json_extract(before, '$.file.id') AS removedFileId
         FROM history ORDER BY id`,
      ),
    };
  } finally {
    db.close();
  }
}
