import type { Database } from '../connection';
import type { LetterDoc, LetterKind, LetterVersion } from '../../core/documents';
import type { Lang } from '../../core/messages';
import { nowIso, statementCache } from '../statements';

interface Row {
  id: number;
  case_id: number;
  kind: LetterKind;
  lang: Lang;
  version: number;
  doc: string;
  saved_at: string;
  saved_by: string;
  file_id: number;
}

const toVersion = (r: Row): LetterVersion => ({
  id: r.id,
  caseId: r.case_id,
  kind: r.kind,
  lang: r.lang,
  version: r.version,
  doc: JSON.parse(r.doc) as LetterDoc,
  savedAt: r.saved_at,
  savedBy: r.saved_by,
  fileId: r.file_id,
});

/** Every saved version of a case's letters; rows are only ever added (a save never overwrites). */
export function letterVersionsRepository(db: Database) {
  const sql = statementCache(db);
  return {
    /** The versions of one letter, newest first. */
    forCase(caseId: number, kind: LetterKind): LetterVersion[] {
      return (
        sql(
          'SELECT * FROM letter_versions WHERE case_id = :caseId AND kind = :kind ORDER BY version DESC',
        ).all({ caseId, kind }) as Row[]
      ).map(toVersion);
    },

    /** The number the next save of this letter takes. */
    nextVersion(caseId: number, kind: LetterKind): number {
      const row = sql(
        'SELECT coalesce(max(version), 0) + 1 AS n FROM letter_versions WHERE case_id = :caseId AND kind = :kind',
      ).get({ caseId, kind }) as { n: number };
      return row.n;
    },

    /**
     * Stores a version; call inside the transaction that attaches its file. A number taken
     * meanwhile (two saves at once) fails the UNIQUE constraint: nothing is overwritten.
     */
    add(
      v: Pick<LetterVersion, 'caseId' | 'kind' | 'lang' | 'version' | 'doc' | 'savedBy' | 'fileId'>,
    ): LetterVersion {
      const row = sql(
        `INSERT INTO letter_versions (case_id, kind, lang, version, doc, saved_at, saved_by, file_id)
         VALUES (:caseId, :kind, :lang, :version, :doc, :now, :savedBy, :fileId)
         RETURNING *`,
      ).get({ ...v, doc: JSON.stringify(v.doc), now: nowIso() }) as Row;
      return toVersion(row);
    },
  };
}
