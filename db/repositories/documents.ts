import type { Database } from '../connection';
import { nowIso, statementCache } from '../statements';
import type { DocStatus } from '../../core/documents';

export interface StoredDocumentStatus {
  documentId: string;
  status: DocStatus;
  note: string;
  /** Last day the document is valid ('' where it does not expire). */
  validUntil: string;
  updatedAt: string;
  updatedBy: string;
}

interface Row {
  document_id: string;
  status: DocStatus;
  note: string;
  valid_until: string;
  updated_at: string;
  updated_by: string;
}

/** The checklist state of a case's documents; documents never touched are "missing". */
export function documentsRepository(db: Database) {
  const sql = statementCache(db);
  return {
    forCase(caseId: number): StoredDocumentStatus[] {
      return (
        sql('SELECT * FROM case_documents WHERE case_id = :caseId ORDER BY document_id').all({
          caseId,
        }) as Row[]
      ).map((r) => ({
        documentId: r.document_id,
        status: r.status,
        note: r.note,
        validUntil: r.valid_until,
        updatedAt: r.updated_at,
        updatedBy: r.updated_by,
      }));
    },

    set(
      caseId: number,
      documentId: string,
      status: StoredDocumentStatus['status'],
      note: string,
      actor: string,
      validUntil = '',
    ): void {
      sql(
        `INSERT INTO case_documents (case_id, document_id, status, note, valid_until, updated_at, updated_by)
         VALUES (:caseId, :documentId, :status, :note, :validUntil, :now, :actor)
         ON CONFLICT (case_id, document_id) DO UPDATE SET status = excluded.status, note = excluded.note,
           valid_until = excluded.valid_until, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      ).run({ caseId, documentId, status, note, validUntil, now: nowIso(), actor });
    },
  };
}
