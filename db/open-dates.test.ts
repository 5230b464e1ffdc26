import { describe, expect, it } from 'vitest';
import { AUTHORITY_STAGES, DEADLINE_KINDS } from '../core/agenda';
import { AUTHORITY_STAGES_SQL, DEADLINE_KINDS_SQL, isDeadlineSet } from './open-dates';

describe('the deadline kinds of the partial index', () => {
  it('are the deadline kinds of core/agenda', () => {
    expect(DEADLINE_KINDS_SQL).toBe(DEADLINE_KINDS.map((k) => `'${k}'`).join(', '));
  });

  it("and the stages of awaited dates are core's AUTHORITY_STAGES", () => {
    expect(AUTHORITY_STAGES_SQL).toBe(AUTHORITY_STAGES.map((s) => `'${s}'`).join(', '));
  });

  it('are recognised in any order, and only the whole set', () => {
    expect(isDeadlineSet([...DEADLINE_KINDS].reverse(), DEADLINE_KINDS)).toBe(true);
    expect(isDeadlineSet(DEADLINE_KINDS.slice(1), DEADLINE_KINDS)).toBe(false);
    expect(isDeadlineSet(['mayApplyFrom', 'decisionDue', 'acceptanceDue'], DEADLINE_KINDS)).toBe(
      false,
    );
  });
});
