import type { Migration } from './index';
import { DEADLINE_KINDS_SQL } from '../open-dates';

/**
 * Issue 10: the overdue badge (on every screen) counted the overdue deadlines one index
 * entry at a time, so it grew with them: 30 ms at a million cases. Now the open, awaited
 * deadlines are counted per date as rows change, and the badge adds up the dates before
 * today: at most one row per calendar day, however many cases there are.
 */
const counted = (d: string) =>
  `${d}.done = 0 AND ${d}.kind IN (${DEADLINE_KINDS_SQL}) AND ${d}.awaited = 1`;

const add = (d: string) =>
  `INSERT INTO awaited_by_date (date, n) SELECT ${d}.date, 1 WHERE ${counted(d)}
     ON CONFLICT (date) DO UPDATE SET n = n + 1;`;

const remove = (d: string) =>
  `UPDATE awaited_by_date SET n = n - 1 WHERE date = ${d}.date AND ${counted(d)};
   DELETE FROM awaited_by_date WHERE date = ${d}.date AND n = 0;`;

const migration: Migration = {
  version: 8,
  name: 'overdue-by-date',
  up(db) {
    db.exec(`
      CREATE TABLE awaited_by_date (date TEXT PRIMARY KEY, n INTEGER NOT NULL) STRICT, WITHOUT ROWID;
      INSERT INTO awaited_by_date (date, n)
        SELECT date, count(*) FROM case_dates WHERE ${counted('case_dates')} GROUP BY date;
      CREATE TRIGGER awaited_by_date_insert AFTER INSERT ON case_dates BEGIN
        ${add('NEW')}
      END;
      CREATE TRIGGER awaited_by_date_update AFTER UPDATE OF date, done, kind, awaited ON case_dates BEGIN
        ${remove('OLD')}
        ${add('NEW')}
      END;
      CREATE TRIGGER awaited_by_date_delete AFTER DELETE ON case_dates BEGIN
        ${remove('OLD')}
      END;
    `);
  },
};

export default migration;
