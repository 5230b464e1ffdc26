import type { Database } from '../connection';
import { nowIso, statementCache } from '../statements';

export interface ReminderKey {
  caseId: number;
  listingId: number;
  kind: string;
  date: string;
  status: 'dueToday' | 'overdue';
}

/** Which reminders were already shown, so none repeats after a restart. */
export function remindersRepository(db: Database) {
  const sql = statementCache(db);
  return {
    wasSent(k: ReminderKey): boolean {
      return (
        sql(
          `SELECT 1 FROM reminders_sent WHERE case_id = :caseId AND listing_id = :listingId
             AND kind = :kind AND date = :date AND status = :status`,
        ).get(k) !== undefined
      );
    },

    markSent(k: ReminderKey): void {
      sql(
        `INSERT OR IGNORE INTO reminders_sent (case_id, listing_id, kind, date, status, sent_at)
         VALUES (:caseId, :listingId, :kind, :date, :status, :now)`,
      ).run({ ...k, now: nowIso() });
    },
  };
}
