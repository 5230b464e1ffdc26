/**
 * Case bundles (migration 0014): this folder's own id, carried by every bundle it exports,
 * and which case of which source folder became which case here (an import is idempotent).
 */
import type { Database } from '../connection';
import { nowIso, statementCache } from '../statements';

export interface BundleImport {
  sourceCase: number;
  caseId: number;
  bundleName: string;
  bundleSha256: string;
  exportedAt: string;
  importedAt: string;
}

interface Row {
  source_case: number;
  case_id: number;
  bundle_name: string;
  bundle_sha256: string;
  exported_at: string;
  imported_at: string;
}

export function bundlesRepository(db: Database) {
  const sql = statementCache(db);
  return {
    folderId(): string {
      return (
        sql('SELECT folder_id FROM folder_identity WHERE one = 1').get() as { folder_id: string }
      ).folder_id;
    },

    /** The cases of `sourceFolder` imported here before, by their source id. */
    imported(sourceFolder: string, sourceCases: number[]): BundleImport[] {
      return (
        sql(
          `SELECT * FROM bundle_imports WHERE source_folder = :sourceFolder
             AND source_case IN (SELECT value FROM json_each(:ids)) ORDER BY source_case`,
        ).all({ sourceFolder, ids: JSON.stringify(sourceCases) }) as Row[]
      ).map((r) => ({
        sourceCase: r.source_case,
        caseId: r.case_id,
        bundleName: r.bundle_name,
        bundleSha256: r.bundle_sha256,
        exportedAt: r.exported_at,
        importedAt: r.imported_at,
      }));
    },

    /** Call inside the import's transaction. */
    record(i: { sourceFolder: string } & Omit<BundleImport, 'importedAt'>): void {
      sql(
        `INSERT INTO bundle_imports (source_folder, source_case, case_id, bundle_name, bundle_sha256, exported_at, imported_at)
         VALUES (:sourceFolder, :sourceCase, :caseId, :bundleName, :bundleSha256, :exportedAt, :now)`,
      ).run({ ...i, now: nowIso() });
    },
  };
}
