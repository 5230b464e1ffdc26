import type { UserYear } from '../../core/dates';
import type { Database } from '../connection';
import { nowIso, statementCache } from '../statements';

/** Holiday years the user typed in from a State Council notice. */
export function calendarsRepository(db: Database) {
  const sql = statementCache(db);
  return {
    list(): UserYear[] {
      return (sql('SELECT data FROM calendar_years ORDER BY year').all() as { data: string }[]).map(
        (r) => JSON.parse(r.data) as UserYear,
      );
    },

    get(year: number): UserYear | null {
      const row = sql('SELECT data FROM calendar_years WHERE year = :year').get({ year }) as
        { data: string } | undefined;
      return row ? (JSON.parse(row.data) as UserYear) : null;
    },

    save(year: UserYear): void {
      sql(
        `INSERT INTO calendar_years (year, data, updated_at) VALUES (:year, :data, :now)
         ON CONFLICT (year) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
      ).run({ year: year.year, data: JSON.stringify(year), now: nowIso() });
    },
  };
}
