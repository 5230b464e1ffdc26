/**
 * Which automatic backups retention removes: the newest of each of the last `keepDaily`
 * days and of the last `keepWeekly` weeks before those are kept (as borg's
 * --keep-daily/--keep-weekly: a period already kept by the daily rule does not use up a
 * weekly one). Days and ISO weeks are taken in the user's time zone. Backups made on
 * demand or to a chosen folder are never pruned, nor is the only verified backup.
 */
import { Temporal } from 'temporal-polyfill';
import { instantDate } from '../instant';
import { AUTOMATIC_KINDS, type BackupSummary, type Retention } from './types';

type Item = Pick<BackupSummary, 'id' | 'kind' | 'createdAt' | 'status'>;

/** A backup a rule may keep: verified, or a raw copy (which has nothing to verify against). */
const keepable = (b: Item) => b.status.state === 'verified' || b.status.state === 'raw';

function periodKeys(createdAt: string, zone: string): { day: string; week: string } {
  const day = instantDate(createdAt, zone);
  const date = Temporal.PlainDate.from(day);
  return { day, week: `${date.yearOfWeek}-W${date.weekOfYear}` };
}

export function backupsToPrune(items: readonly Item[], policy: Retention, zone: string): string[] {
  const dated = items.filter(
    (b): b is Item & { createdAt: string } =>
      b.createdAt !== null && b.kind !== null && AUTOMATIC_KINDS.includes(b.kind),
  );
  const newestFirst = [...dated].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const candidates = newestFirst.filter(keepable);
  const kept = new Set<string>();

  const keepBy = (period: 'day' | 'week', count: number) => {
    let last: string | null = null;
    let taken = 0;
    for (const b of candidates) {
      if (taken >= count) return;
      const key = periodKeys(b.createdAt, zone)[period];
      if (key === last) continue;
      last = key;
      if (kept.has(b.id)) continue;
      kept.add(b.id);
      taken += 1;
    }
  };
  keepBy('day', policy.keepDaily);
  keepBy('week', policy.keepWeekly);

  // Only verified, raw or damaged backups are judged; an unchecked one is left alone.
  const prune = newestFirst.filter((b) => !kept.has(b.id) && b.status.state !== 'unchecked');
  const verified = (b: Item) => b.status.state === 'verified';
  const pruned = new Set(prune.map((b) => b.id));
  const survivors = items.filter((b) => !pruned.has(b.id));
  if (!survivors.some(verified)) {
    const newest = prune.find(verified);
    if (newest) prune.splice(prune.indexOf(newest), 1);
  }
  return prune.map((b) => b.id);
}
