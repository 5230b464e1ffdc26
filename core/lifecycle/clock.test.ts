/** The clock of one application through the rules engine (RULES.md §3), fed by lifecycle events. */
import { describe, expect, it } from 'vitest';
import { checkEvent } from './guards';
import { toRulesEvents } from './events';
import type { LifecycleEvent } from './transitions';
import { ev, evaluate, READY, SAMR_LISTED, SAMR_NAMED } from './test-kit';

const decisionDue = (events: LifecycleEvent[], today: string) =>
  evaluate([SAMR_LISTED], events, today).dates.find((d) => d.kind === 'decisionDue')?.date;

describe('the decision clock', () => {
  // SAMR Order 107 (filed from 2025-12-25): accept 2 wd, decide 7 wd, extension +10 wd.
  const filed = ev('filed', '2026-03-02');
  const accepted = ev('accepted', '2026-03-03');

  it('counts from acceptance', () => {
    expect(decisionDue([filed, accepted], '2026-03-04')).toBe('2026-03-12');
  });

  it('stops on a supplement request and restarts in full from the material received', () => {
    const requested = ev('supplementRequested', '2026-03-05');
    expect(decisionDue([filed, accepted, requested], '2026-03-06')).toBeUndefined();
    const received = ev('materialsReceived', '2026-03-16');
    // 7 working days after Monday 2026-03-16: Wednesday 2026-03-25.
    expect(decisionDue([filed, accepted, requested, received], '2026-03-17')).toBe('2026-03-25');
    const explanation = evaluate(
      [SAMR_LISTED],
      [filed, accepted, requested, received],
      '2026-03-17',
    ).dates.find((d) => d.kind === 'decisionDue')!.explanation.en;
    expect(explanation.join(' ')).toContain('2026-03-16');
  });

  it('an extension moves the deadline by the regime’s 10 wd, once', () => {
    const extension = ev('extension', '2026-03-05');
    const once = decisionDue([filed, accepted, extension], '2026-03-06');
    // 2026-03-12 + 10 working days = 2026-03-26.
    expect(once).toBe('2026-03-26');
    // The guard refuses a second extension; had one slipped in, the engine ignores it too.
    const second = ev('extension', '2026-03-06');
    const guard = checkEvent({
      events: [filed, accepted, extension],
      next: second,
      evaluation: evaluate([SAMR_LISTED], [filed, accepted, extension], '2026-03-06'),
      readiness: READY,
      today: '2026-03-06',
      listings: SAMR_NAMED,
    });
    expect(guard).toMatchObject({ ok: false, key: 'lifecycle.extensionOnce' });
    expect(decisionDue([filed, accepted, extension, second], '2026-03-06')).toBe(once);
  });

  it('closed is bookkeeping: the engine does not see it', () => {
    const events = [filed, accepted, ev('decided', '2026-03-05'), ev('closed', '2026-03-06')];
    expect(toRulesEvents(events).map((e) => e.type)).toEqual(['filed', 'accepted', 'decided']);
  });
});
