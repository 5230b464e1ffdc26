import type { Database } from '../connection';
import { nowIso, statementCache } from '../statements';

export interface CustomItem {
  id: number;
  caseId: number;
  /** The checklist key of a custom item: "custom-<id>", beside the catalogue's document ids. */
  key: string;
  name: string;
  required: boolean;
}

interface Row {
  id: number;
  case_id: number;
  name: string;
  required: number;
}

export const customKey = (id: number) => `custom-${id}`;

const toItem = (r: Row): CustomItem => ({
  id: r.id,
  caseId: r.case_id,
  key: customKey(r.id),
  name: r.name,
  required: r.required === 1,
});

/** Checklist items the user adds to a case beyond what the rule version requires. */
export function customItemsRepository(db: Database) {
  const sql = statementCache(db);
  return {
    forCase(caseId: number): CustomItem[] {
      return (
        sql(
          'SELECT * FROM checklist_custom WHERE case_id = :caseId AND removed_at IS NULL ORDER BY id',
        ).all({
          caseId,
        }) as Row[]
      ).map(toItem);
    },

    add(caseId: number, name: string, required: boolean, actor: string): CustomItem {
      const { lastInsertRowid } = sql(
        `INSERT INTO checklist_custom (case_id, name, required, created_at, created_by)
         VALUES (:caseId, :name, :required, :now, :actor)`,
      ).run({ caseId, name, required: required ? 1 : 0, now: nowIso(), actor });
      return this.forCase(caseId).find((i) => i.id === Number(lastInsertRowid))!;
    },

    remove(id: number): void {
      sql('UPDATE checklist_custom SET removed_at = :now WHERE id = :id').run({
        id,
        now: nowIso(),
      });
    },
  };
}
