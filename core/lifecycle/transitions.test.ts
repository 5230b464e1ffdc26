/** Every stage against every event type: which moves the lifecycle allows (the diagram). */
import { describe, expect, it } from 'vitest';
import type { Readiness } from '../documents/checklist';
import type { CaseEvaluation } from '../rules/case-types';
import { LIFECYCLE_EVENT_TYPES, type LifecycleEventType } from './events';
import { deriveStage } from './stage';
import type { LifecycleEvent } from './transitions';
import {
  check,
  eligible,
  en,
  ev,
  failure,
  noListings,
  NOT_READY,
  READY,
  TODAY,
  waiting,
  zh,
} from './test-kit';

interface Scenario {
  name: string;
  stage: string;
  events: () => LifecycleEvent[];
  evaluation?: CaseEvaluation;
  readiness?: Readiness;
  allowed: LifecycleEventType[];
}

const D = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];
const seq =
  (...types: LifecycleEventType[]) =>
  () =>
    types.map((t, i) => ev(t, D[i]!, t === 'decided' ? { outcome: 'repaired' } : {}));

const SCENARIOS: Scenario[] = [
  {
    name: 'no listings',
    stage: 'intake',
    events: seq(),
    evaluation: noListings,
    allowed: ['filed', 'withdrawn'],
  },
  {
    name: 'wait running',
    stage: 'waiting',
    events: seq(),
    evaluation: waiting,
    allowed: ['filed', 'withdrawn'],
  },
  {
    name: 'documents missing',
    stage: 'preparing',
    events: seq(),
    readiness: NOT_READY,
    allowed: ['filed', 'withdrawn'],
  },
  { name: 'ready', stage: 'ready', events: seq(), allowed: ['filed', 'withdrawn'] },
  {
    name: 'filed',
    stage: 'filed',
    events: seq('filed'),
    allowed: ['accepted', 'refusedToAccept', 'supplementRequested', 'decided', 'withdrawn'],
  },
  {
    name: 'accepted',
    stage: 'accepted',
    events: seq('filed', 'accepted'),
    allowed: ['supplementRequested', 'extension', 'decided', 'withdrawn'],
  },
  {
    name: 'accepted and extended',
    stage: 'accepted',
    events: seq('filed', 'accepted', 'extension'),
    allowed: ['supplementRequested', 'decided', 'withdrawn'],
  },
  {
    name: 'supplement after acceptance',
    stage: 'supplement',
    events: seq('filed', 'accepted', 'supplementRequested'),
    allowed: ['materialsReceived', 'decided', 'withdrawn'],
  },
  {
    name: 'supplement before acceptance',
    stage: 'supplement',
    events: seq('filed', 'supplementRequested'),
    allowed: ['materialsReceived', 'refusedToAccept', 'withdrawn'],
  },
  {
    name: 'materials received before acceptance',
    stage: 'filed',
    events: seq('filed', 'supplementRequested', 'materialsReceived'),
    allowed: ['accepted', 'refusedToAccept', 'supplementRequested', 'decided', 'withdrawn'],
  },
  {
    name: 'materials received after acceptance',
    stage: 'accepted',
    events: seq('filed', 'accepted', 'supplementRequested', 'materialsReceived'),
    allowed: ['supplementRequested', 'extension', 'decided', 'withdrawn'],
  },
  {
    name: 'repaired',
    stage: 'repaired',
    events: seq('filed', 'accepted', 'decided'),
    allowed: ['closed'],
  },
  {
    name: 'refused',
    stage: 'refused',
    events: () => [ev('filed', D[0]!), ev('decided', D[1]!, { outcome: 'refused', reasons: 'x' })],
    allowed: ['filed', 'closed'],
  },
  {
    name: 'refused to accept',
    stage: 'refused',
    events: seq('filed', 'refusedToAccept'),
    allowed: ['filed', 'closed'],
  },
  {
    name: 'withdrawn before filing',
    stage: 'withdrawn',
    events: seq('withdrawn'),
    allowed: ['closed'],
  },
  {
    name: 'withdrawn after filing',
    stage: 'withdrawn',
    events: seq('filed', 'withdrawn'),
    allowed: ['closed'],
  },
  {
    name: 'closed',
    stage: 'closed',
    events: seq('filed', 'accepted', 'decided', 'closed'),
    allowed: [],
  },
];

describe('transitions: every stage × every event', () => {
  for (const s of SCENARIOS) {
    const evaluation = s.evaluation ?? eligible;
    const readiness = s.readiness ?? READY;
    it(`${s.name}: the stage is ${s.stage}`, () => {
      const hasListings = evaluation.ruleVersions.length > 0;
      expect(
        deriveStage({ events: s.events(), evaluation, readiness, hasListings, today: TODAY }),
      ).toBe(s.stage);
    });
    for (const type of LIFECYCLE_EVENT_TYPES) {
      const allowed = s.allowed.includes(type);
      it(`${s.name}: ${type} is ${allowed ? 'allowed' : 'refused'}`, () => {
        // A written reason lets the filing past the overridable guards tested below.
        const next = ev(
          type,
          '2026-03-10',
          type === 'filed' ? { overrideReason: 'client insists' } : {},
        );
        const result = check(s.events(), next, { evaluation, readiness });
        expect(result.ok).toBe(allowed);
        if (!result.ok) {
          expect([
            'lifecycle.illegalMove',
            'lifecycle.closed',
            'lifecycle.extensionOnce',
          ]).toContain(result.key);
          expect(result.overridable).toBe(false);
        }
      });
    }
  }

  it('an illegal move names the stage and what may come next, in both languages', () => {
    const r = failure(check(seq('filed')(), ev('extension', '2026-03-10')));
    expect(en(r)).toBe(
      'The case is Filed, so “Extension” cannot be recorded now. Next it can be accepted, refused acceptance, asked for a supplement, decided or withdrawn.',
    );
    expect(zh(r)).toBe(
      '案件当前为“已提交”，现在不能记录“延长期限”。接下来可以记录：已受理、不予受理、要求补正、决定、撤回。',
    );
  });

  it('a closed case refuses everything', () => {
    const r = failure(check(seq('filed', 'withdrawn', 'closed')(), ev('filed', '2026-03-10')));
    expect(r.key).toBe('lifecycle.closed');
  });
});

describe('withdrawn', () => {
  const open = SCENARIOS.filter((s) =>
    ['intake', 'waiting', 'preparing', 'ready', 'filed', 'accepted', 'supplement'].includes(
      s.stage,
    ),
  );
  const closed = SCENARIOS.filter((s) =>
    ['repaired', 'refused', 'withdrawn', 'closed'].includes(s.stage),
  );
  it.each(open.map((s) => [s.name, s] as const))('is allowed from every open stage: %s', (_, s) => {
    expect(s.allowed).toContain('withdrawn');
  });
  it.each(closed.map((s) => [s.name, s] as const))(
    'is refused from every closed stage: %s',
    (_, s) => {
      expect(check(s.events(), ev('withdrawn', '2026-03-10')).ok).toBe(false);
    },
  );
});
