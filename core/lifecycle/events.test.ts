import { describe, expect, it } from 'vitest';
import { translateMessage } from '../messages';
import { today } from '../today';
import {
  eventAddInput,
  eventDeleteInput,
  eventFields,
  eventUpdateInput,
  toRulesEvents,
  type EventFields,
} from './events';

const past = '2025-06-03';

const messages = (input: unknown) => {
  const r = eventFields.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('eventFields', () => {
  it('parses a filing with defaults for the optional texts', () => {
    expect(eventFields.parse({ type: 'filed', date: past, channel: 'online' })).toEqual({
      type: 'filed',
      date: past,
      channel: 'online',
      reference: '',
      overrideReason: '',
    });
  });

  it('needs a real date, not after today', () => {
    expect(messages({ type: 'accepted', date: '2025-02-30' })).toEqual([['date', 'field.date']]);
    expect(messages({ type: 'accepted', date: '2999-01-01' })).toEqual([
      ['date', 'field.dateFuture'],
    ]);
    expect(messages({ type: 'accepted', date: today() })).toEqual([]);
  });

  it.each([
    [{ type: 'filed', date: past, channel: 'fax' }, 'channel', 'field.choice'],
    [
      { type: 'filed', date: past, channel: 'post', reference: 'x'.repeat(101) },
      'reference',
      'field.tooLong|{"max":100}',
    ],
    [{ type: 'refusedToAccept', date: past, reason: ' ' }, 'reason', 'field.required'],
    [{ type: 'supplementRequested', date: past }, 'what', 'field.required'],
    [
      { type: 'extension', date: past, workingDays: 0, reason: 'r' },
      'workingDays',
      'field.invalid',
    ],
    [
      { type: 'extension', date: past, workingDays: 61, reason: 'r' },
      'workingDays',
      'field.invalid',
    ],
    [
      { type: 'extension', date: past, workingDays: 2.5, reason: 'r' },
      'workingDays',
      'field.invalid',
    ],
    [{ type: 'extension', date: past, workingDays: 10 }, 'reason', 'field.required'],
    [{ type: 'decided', date: past, outcome: 'maybe' }, 'outcome', 'events.outcomeRequired'],
    [{ type: 'decided', date: past, decisionNo: 'A1' }, 'outcome', 'events.outcomeRequired'],
    [{ type: 'decided', date: past, outcome: 'repaired' }, 'decisionNo', 'field.required'],
    [
      { type: 'decided', date: past, outcome: 'repaired', decisionNo: '号'.repeat(101) },
      'decisionNo',
      'field.tooLong|{"max":100}',
    ],
    [
      { type: 'decided', date: past, outcome: 'refused', decisionNo: 'A1' },
      'reasons',
      'lifecycle.reasonsRequired',
    ],
  ])('refuses %o at %s', (input, path, message) => {
    expect(messages(input)).toContainEqual([path, message]);
  });

  it('a repaired decision needs no reasons; withdrawn and closed take optional texts', () => {
    expect(
      messages({
        type: 'decided',
        date: past,
        outcome: 'repaired',
        decisionNo: '杭市监〔2026〕5号',
      }),
    ).toEqual([]);
    expect(eventFields.parse({ type: 'withdrawn', date: past })).toMatchObject({ reason: '' });
    expect(eventFields.parse({ type: 'closed', date: past })).toMatchObject({ note: '' });
  });

  it('refuses an unknown type', () => {
    expect(eventFields.safeParse({ type: 'revoked', date: past }).success).toBe(false);
  });

  it('the reasons message reads well in both languages', () => {
    expect(translateMessage('lifecycle.reasonsRequired', 'en')).toContain('reasons for refusing');
    expect(translateMessage('lifecycle.reasonsRequired', 'zh')).toContain('不予修复');
  });
});

describe('add, update and delete inputs', () => {
  it('add needs a caseId next to the fields', () => {
    const input = { caseId: 7, type: 'accepted', date: past };
    expect(eventAddInput.parse(input)).toEqual(input);
    expect(eventAddInput.safeParse({ type: 'accepted', date: past }).success).toBe(false);
    // The decision's refinement survives the added field.
    expect(
      eventAddInput.safeParse({ caseId: 7, type: 'decided', date: past, outcome: 'refused' })
        .success,
    ).toBe(false);
  });

  it('update needs an id', () => {
    expect(eventUpdateInput.parse({ id: 2, type: 'materialsReceived', date: past })).toEqual({
      id: 2,
      type: 'materialsReceived',
      date: past,
    });
    expect(eventUpdateInput.safeParse({ type: 'materialsReceived', date: past }).success).toBe(
      false,
    );
  });

  it('delete needs a reason', () => {
    expect(eventDeleteInput.safeParse({ id: 2, reason: '' }).success).toBe(false);
    expect(eventDeleteInput.parse({ id: 2, reason: ' typed twice ' })).toEqual({
      id: 2,
      reason: 'typed twice',
    });
  });
});

describe('toRulesEvents', () => {
  it('maps each event to the rules engine and drops closed', () => {
    const events: EventFields[] = [
      {
        type: 'filed',
        date: '2026-01-05',
        channel: 'inPerson',
        reference: 'A1',
        overrideReason: '',
      },
      { type: 'supplementRequested', date: '2026-01-06', what: 'licence copy' },
      { type: 'materialsReceived', date: '2026-01-08' },
      { type: 'accepted', date: '2026-01-09' },
      { type: 'extension', date: '2026-01-12', workingDays: 10, reason: 'complex' },
      {
        type: 'decided',
        date: '2026-01-20',
        outcome: 'refused',
        decisionNo: '杭市监〔2026〕5号',
        reasons: 'no proof',
      },
      { type: 'refusedToAccept', date: '2026-01-21', reason: 'late' },
      { type: 'withdrawn', date: '2026-01-22', reason: '' },
      { type: 'closed', date: '2026-01-23', note: '' },
    ];
    expect(toRulesEvents(events)).toEqual([
      { type: 'filed', date: '2026-01-05' },
      { type: 'supplementRequested', date: '2026-01-06', reason: 'licence copy' },
      { type: 'materialsReceived', date: '2026-01-08' },
      { type: 'accepted', date: '2026-01-09' },
      { type: 'extension', date: '2026-01-12', reason: 'complex' },
      { type: 'decided', date: '2026-01-20', outcome: 'refused', reason: 'no proof' },
      { type: 'refusedToAccept', date: '2026-01-21', reason: 'late' },
      { type: 'withdrawn', date: '2026-01-22', reason: '' },
    ]);
  });
});
