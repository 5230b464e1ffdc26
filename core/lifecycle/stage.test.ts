import { describe, expect, it } from 'vitest';
import type { CaseEvaluation } from '../rules/case-types';
import { deriveStage, listingWindows, waitingUntil } from './stage';
import type { LifecycleEvent } from './transitions';
import {
  ev,
  evaluate,
  listing,
  NOT_READY,
  READY,
  SAMR_LISTED,
  SAMR_RECENT,
  TODAY,
} from './test-kit';

const stage = (
  events: LifecycleEvent[],
  evaluation: CaseEvaluation = evaluate([SAMR_LISTED]),
  readiness = READY,
  hasListings = evaluation.ruleVersions.length > 0,
) => deriveStage({ events, evaluation, readiness, hasListings, today: TODAY });

describe('before filing', () => {
  it('intake: no listings', () => {
    expect(stage([], evaluate([]))).toBe('intake');
  });

  it('intake: no listing has computable dates (trigger missing, regime unknown)', () => {
    const broken = evaluate([listing('samr-serious-list'), listing('no-such-regime', {}, 2)]);
    expect(listingWindows(broken).map((w) => w.assessable)).toEqual([false, false]);
    expect(stage([], broken)).toBe('intake');
  });

  it('waiting: no listing may be applied for yet', () => {
    expect(stage([], evaluate([SAMR_RECENT]))).toBe('waiting');
    expect(waitingUntil(evaluate([SAMR_RECENT]), TODAY)).toBe('2026-12-02');
  });

  it('an unassessable listing does not hold an eligible one back, nor make it wait', () => {
    expect(stage([], evaluate([SAMR_LISTED, listing('samr-serious-list', {}, 2)]))).toBe('ready');
    expect(stage([], evaluate([SAMR_RECENT, listing('samr-serious-list', {}, 2)]))).toBe('waiting');
  });

  it('one eligible listing among waiting ones is enough to prepare', () => {
    const mixed = evaluate([{ ...SAMR_RECENT, id: 2 }, SAMR_LISTED]);
    expect(stage([], mixed, NOT_READY)).toBe('preparing');
  });

  it('the waiting period ends the day before mayApplyFrom', () => {
    const ev1 = evaluate([SAMR_RECENT], [], '2026-12-01');
    expect(
      deriveStage({
        events: [],
        evaluation: ev1,
        readiness: READY,
        hasListings: true,
        today: '2026-12-01',
      }),
    ).toBe('waiting');
    const ev2 = evaluate([SAMR_RECENT], [], '2026-12-02');
    expect(
      deriveStage({
        events: [],
        evaluation: ev2,
        readiness: READY,
        hasListings: true,
        today: '2026-12-02',
      }),
    ).toBe('ready');
  });

  it('a condition-only wait (abnormal operations) is eligible: the checklist decides', () => {
    const abnormal = evaluate([listing('samr-abnormal', { listingDate: '2026-01-05' })]);
    expect(stage([], abnormal, NOT_READY)).toBe('preparing');
    expect(stage([], abnormal)).toBe('ready');
  });

  it('preparing, then ready once every document is in', () => {
    expect(stage([], undefined, NOT_READY)).toBe('preparing');
    expect(stage([])).toBe('ready');
  });
});

describe('after filing: the events decide', () => {
  const cases: [string, () => LifecycleEvent[], string][] = [
    ['filed', () => [ev('filed', '2026-03-02')], 'filed'],
    ['accepted', () => [ev('filed', '2026-03-02'), ev('accepted', '2026-03-03')], 'accepted'],
    [
      'supplement requested',
      () => [
        ev('filed', '2026-03-02'),
        ev('accepted', '2026-03-03'),
        ev('supplementRequested', '2026-03-04'),
      ],
      'supplement',
    ],
    [
      'materials received after acceptance',
      () => [
        ev('filed', '2026-03-02'),
        ev('accepted', '2026-03-03'),
        ev('supplementRequested', '2026-03-04'),
        ev('materialsReceived', '2026-03-05'),
      ],
      'accepted',
    ],
    [
      'materials received before acceptance',
      () => [
        ev('filed', '2026-03-02'),
        ev('supplementRequested', '2026-03-04'),
        ev('materialsReceived', '2026-03-05'),
      ],
      'filed',
    ],
    [
      'extension changes nothing',
      () => [
        ev('filed', '2026-03-02'),
        ev('accepted', '2026-03-03'),
        ev('extension', '2026-03-04'),
      ],
      'accepted',
    ],
    ['repaired', () => [ev('filed', '2026-03-02'), ev('decided', '2026-03-04')], 'repaired'],
    [
      'refused',
      () => [
        ev('filed', '2026-03-02'),
        ev('decided', '2026-03-04', { outcome: 'refused', reasons: 'x' }),
      ],
      'refused',
    ],
    [
      'refused to accept',
      () => [ev('filed', '2026-03-02'), ev('refusedToAccept', '2026-03-04')],
      'refused',
    ],
    ['withdrawn', () => [ev('filed', '2026-03-02'), ev('withdrawn', '2026-03-04')], 'withdrawn'],
    [
      'closed',
      () => [ev('filed', '2026-03-02'), ev('withdrawn', '2026-03-04'), ev('closed', '2026-03-05')],
      'closed',
    ],
    [
      're-filed after a refusal',
      () => [
        ev('filed', '2026-03-02'),
        ev('decided', '2026-03-04', { outcome: 'refused', reasons: 'x' }),
        ev('filed', '2026-03-06'),
      ],
      'filed',
    ],
  ];
  it.each(cases)('%s', (_, events, expected) => {
    expect(stage(events())).toBe(expected);
    // Order of arrival does not matter: date, then id.
    expect(stage([...events()].reverse())).toBe(expected);
  });

  it('same-day events keep their creation order', () => {
    const filed = ev('filed', '2026-03-02');
    const accepted = ev('accepted', '2026-03-02');
    expect(stage([accepted, filed])).toBe('accepted');
  });
});
