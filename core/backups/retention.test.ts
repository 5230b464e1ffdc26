import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { backupsToPrune } from './retention';
import type { BackupKind, BackupStatus } from './types';

const verified: BackupStatus = { state: 'verified', checkedAt: '' };
const damaged: BackupStatus = { state: 'damaged', checkedAt: '', problems: [{ kind: 'manifest' }] };

/** One backup a day at 02:00 UTC (10:00 in Shanghai), from `first` for `days` days. */
function daily(first: string, days: number, kind: BackupKind = 'daily') {
  return Array.from({ length: days }, (_, i) => {
    const date = Temporal.PlainDate.from(first).add({ days: i }).toString();
    return { id: `${date}-${kind}`, kind, createdAt: `${date}T02:00:00.000Z`, status: verified };
  });
}

const ZONE = 'Asia/Shanghai';

describe('retention', () => {
  it('keeps the last 7 days and one backup for each of 4 weeks before them', () => {
    // 2026-01-01 … 2026-03-01, a Thursday to a Sunday.
    const items = daily('2026-01-01', 60);
    const prune = backupsToPrune(items, { keepDaily: 7, keepWeekly: 4 }, ZONE);
    const kept = items.map((b) => b.id).filter((id) => !prune.includes(id));
    expect(kept).toEqual([
      // The newest of each ISO week before the daily window: weeks 8, 7, 6, 5 of 2026.
      '2026-02-01-daily',
      '2026-02-08-daily',
      '2026-02-15-daily',
      '2026-02-22-daily',
      // Seven days.
      '2026-02-23-daily',
      '2026-02-24-daily',
      '2026-02-25-daily',
      '2026-02-26-daily',
      '2026-02-27-daily',
      '2026-02-28-daily',
      '2026-03-01-daily',
    ]);
  });

  it('counts days in the user’s zone: two backups either side of UTC midnight are one Shanghai day', () => {
    const items = [
      { id: 'a', kind: 'daily' as const, createdAt: '2026-01-05T15:00:00.000Z', status: verified },
      { id: 'b', kind: 'daily' as const, createdAt: '2026-01-05T17:00:00.000Z', status: verified },
    ];
    // 23:00 on the 5th and 01:00 on the 6th in Shanghai: two days there, one day in UTC.
    expect(backupsToPrune(items, { keepDaily: 1, keepWeekly: 0 }, ZONE)).toEqual(['a']);
    expect(backupsToPrune(items, { keepDaily: 2, keepWeekly: 0 }, ZONE)).toEqual([]);
    expect(backupsToPrune(items, { keepDaily: 2, keepWeekly: 0 }, 'UTC')).toEqual(['a']);
  });

  it('never removes backups made on demand or to a chosen folder', () => {
    const items = [...daily('2026-01-01', 20, 'manual'), ...daily('2026-01-01', 20, 'folder')];
    expect(backupsToPrune(items, { keepDaily: 1, keepWeekly: 0 }, ZONE)).toEqual([]);
  });

  it('keeps the newest verified backup of a day rather than a damaged newer one', () => {
    const items = [
      {
        id: 'good',
        kind: 'daily' as const,
        createdAt: '2026-01-05T01:00:00.000Z',
        status: verified,
      },
      {
        id: 'bad',
        kind: 'preRestore' as const,
        createdAt: '2026-01-05T03:00:00.000Z',
        status: damaged,
      },
    ];
    expect(backupsToPrune(items, { keepDaily: 1, keepWeekly: 0 }, ZONE)).toEqual(['bad']);
  });

  it('never removes the only verified backup', () => {
    const items = [
      {
        id: 'good',
        kind: 'daily' as const,
        createdAt: '2026-01-01T01:00:00.000Z',
        status: verified,
      },
      ...[2, 3, 4].map((d) => ({
        id: `raw${d}`,
        kind: 'preRestore' as const,
        createdAt: `2026-01-0${d}T01:00:00.000Z`,
        status: { state: 'raw' } as const,
      })),
    ];
    // Three newer raw copies fill the daily slots; the verified one stays all the same.
    expect(backupsToPrune(items, { keepDaily: 3, keepWeekly: 0 }, ZONE)).toEqual([]);
  });

  it('leaves backups it cannot read or whose state is unknown alone', () => {
    const items = [
      ...daily('2026-01-01', 3),
      { id: 'unknown', kind: null, createdAt: null, status: damaged },
      {
        id: 'unchecked',
        kind: 'daily' as const,
        createdAt: '2025-01-01T00:00:00.000Z',
        status: { state: 'unchecked' } as const,
      },
    ];
    expect(backupsToPrune(items, { keepDaily: 1, keepWeekly: 0 }, ZONE)).toEqual([
      '2026-01-02-daily',
      '2026-01-01-daily',
    ]);
  });
});
