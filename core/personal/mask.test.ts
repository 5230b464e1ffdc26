import { describe, expect, it } from 'vitest';
import { isMasked, maskHistory, maskIdNumber } from './mask';
import type { HistoryEntry } from '../types';

describe('maskIdNumber', () => {
  it.each([
    ['person', '11010519491231002X', '1101**********002X'],
    ['person', '110105491231002', '1101*******1002'],
    ['person', '12345678', '********'],
    ['company', '91350100M000100Y43', '91350100M000100Y43'],
  ] as const)('%s %s → %s', (kind, number, shown) => {
    expect(maskIdNumber(kind, number)).toBe(shown);
    expect(isMasked(maskIdNumber(kind, number))).toBe(kind === 'person');
  });
});

describe('maskHistory', () => {
  const entry: HistoryEntry = {
    id: 1,
    at: '2026-01-01T00:00:00.000Z',
    actor: '—',
    entity: 'case',
    entityId: 1,
    action: 'update',
    before: { clientIdNumber: '11010519491231002X', notes: 'a' },
    after: { idNumber: '11010519491231002X', kind: 'person' },
  };
  it("masks every snapshot's number of a person's history", () => {
    const [masked] = maskHistory([entry], 'person');
    expect(masked!.before).toEqual({ clientIdNumber: '1101**********002X', notes: 'a' });
    expect(masked!.after).toEqual({ idNumber: '1101**********002X', kind: 'person' });
  });
  it("leaves a company's history as it is", () => {
    expect(maskHistory([entry], 'company')).toEqual([entry]);
  });
});
