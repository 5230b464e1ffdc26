import { DEFAULT_RETENTION } from '../../core/backups';
import type { Lang } from '../../core/messages';
import { DEFAULT_TIME_ZONE } from '../../core/today';
import type { Database } from '../connection';
import { statementCache } from '../statements';
import { DEMO_RECORDS_KEY } from './demo';
import { ID_FLOOR_KEY } from '../id-floor';

export interface StoredSettings {
  language: Lang;
  userName: string;
  /** Desktop or browser notifications when a date falls due or becomes overdue. */
  notifications: boolean;
  /** IANA zone of "today" and of the timestamps shown. */
  timeZone: string;
  /** Days before each date that an exported calendar reminds of it; 0: none. */
  icsReminderDays: number;
  /** Retention of automatic backups (core/backups/retention.ts). */
  backupKeepDaily: number;
  backupKeepWeekly: number;
  /** Years personal data is kept after a client's last case ended; null: off (issue 11). */
  personalRetentionYears: number | null;
}

const DEFAULTS: StoredSettings = {
  language: 'en',
  userName: '',
  notifications: true,
  timeZone: DEFAULT_TIME_ZONE,
  icsReminderDays: 3,
  backupKeepDaily: DEFAULT_RETENTION.keepDaily,
  backupKeepWeekly: DEFAULT_RETENTION.keepWeekly,
  personalRetentionYears: null,
};

export function settingsRepository(db: Database) {
  const sql = statementCache(db);
  return {
    get(): StoredSettings {
      // The demo data's ids and the id floors share the table; they are no setting.
      const rows = sql('SELECT key, value FROM settings WHERE key NOT IN (:demo, :floor)').all({
        demo: DEMO_RECORDS_KEY,
        floor: ID_FLOOR_KEY,
      }) as { key: string; value: string }[];
      const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
      return { ...DEFAULTS, ...(stored as Partial<StoredSettings>) };
    },

    set(patch: Partial<StoredSettings>): StoredSettings {
      const upsert = sql(
        'INSERT INTO settings (key, value) VALUES (:key, :value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      );
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) upsert.run({ key, value: JSON.stringify(value) });
      }
      return this.get();
    },
  };
}
