import type { Database } from '../connection';
import { nowIso, statementCache } from '../statements';

/** A stored authority event: its type and date, and the type's own fields in `data`. */
export interface StoredEvent {
  id: number;
  caseId: number;
  type: string;
  date: string;
  data: Record<string, unknown>;
  createdAt: string;
  createdBy: string;
}

interface Row {
  id: number;
  case_id: number;
  type: string;
  date: string;
  data: string;
  created_at: string;
  created_by: string;
}

export const toEvent = (r: Row): StoredEvent => ({
  id: r.id,
  caseId: r.case_id,
  type: r.type,
  date: r.date,
  data: JSON.parse(r.data) as Record<string, unknown>,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

export function eventsRepository(db: Database) {
  const sql = statementCache(db);
  return {
    /** In the order they happened: by date, then by the order they were logged. */
    forCase(caseId: number): StoredEvent[] {
      return (
        sql('SELECT * FROM case_events WHERE case_id = :caseId ORDER BY date, id').all({
          caseId,
        }) as Row[]
      ).map(toEvent);
    },

    get(id: number): StoredEvent | null {
      const row = sql('SELECT * FROM case_events WHERE id = :id').get({ id }) as Row | undefined;
      return row ? toEvent(row) : null;
    },

    insert(e: {
      caseId: number;
      type: string;
      date: string;
      data: object;
      actor: string;
    }): StoredEvent {
      const { lastInsertRowid } = sql(
        `INSERT INTO case_events (case_id, type, date, data, created_at, created_by)
         VALUES (:caseId, :type, :date, :data, :now, :actor)`,
      ).run({
        caseId: e.caseId,
        type: e.type,
        date: e.date,
        data: JSON.stringify(e.data),
        now: nowIso(),
        actor: e.actor,
      });
      return this.get(Number(lastInsertRowid))!;
    },

    update(id: number, e: { type: string; date: string; data: object }): StoredEvent {
      sql('UPDATE case_events SET type = :type, date = :date, data = :data WHERE id = :id').run({
        id,
        type: e.type,
        date: e.date,
        data: JSON.stringify(e.data),
      });
      return this.get(id)!;
    },

    delete(id: number): void {
      sql('DELETE FROM case_events WHERE id = :id').run({ id });
    },
  };
}
