import { describe, expect, it } from 'vitest';
import { firstEventBefore, listedOn } from './listing-order';
import { listingLabel } from '../listing-label';

describe('listedOn', () => {
  it('is the latest given date', () => {
    expect(listedOn({ decisionDate: '2025-03-01', listingDate: '', publicationDate: '' })).toBe(
      '2025-03-01',
    );
    expect(
      listedOn({ decisionDate: '2025-03-01', listingDate: '2025-03-10', publicationDate: '' }),
    ).toBe('2025-03-10');
    expect(
      listedOn({
        decisionDate: '2025-03-01',
        listingDate: '2025-03-10',
        publicationDate: '2025-03-14',
      }),
    ).toBe('2025-03-14');
  });
});

describe('firstEventBefore', () => {
  const listing = { decisionDate: '2025-03-01', listingDate: '2025-03-10', publicationDate: '' };
  it('names the earliest event before the listing', () => {
    const found = firstEventBefore(listing, [
      { id: 2, date: '2025-03-09', type: 'accepted' },
      { id: 1, date: '2025-03-05', type: 'filed' },
    ]);
    expect(found).toEqual({
      event: { id: 1, date: '2025-03-05', type: 'filed' },
      listedOn: '2025-03-10',
    });
  });
  it('allows an event on the listing day and after', () => {
    expect(firstEventBefore(listing, [{ date: '2025-03-10' }, { date: '2025-04-01' }])).toBeNull();
  });
});

describe('listingLabel', () => {
  it('names the regime and the decision number', () => {
    const l = { regimeId: 'samr-abnormal', decisionNo: '沪市监〔2025〕12号' };
    expect(listingLabel(l, 'en')).toBe('Abnormal operations list 沪市监〔2025〕12号');
    expect(listingLabel(l, 'zh')).toBe('经营异常名录（沪市监〔2025〕12号）');
  });
});
