import { describe, expect, it } from 'vitest';
import { dateOrderProblems } from './listing-dates';
import { translateMessage } from './messages';
import {
  caseAddListingInput,
  caseCreateInput,
  listingCreateInput,
  listingInput,
  listingUpdateInput,
} from './schemas';

const SAMR = {
  regimeId: 'samr-serious-list',
  authority: '杭州市市场监督管理局',
  decisionNo: '杭市监严〔2025〕3号',
  decisionDate: '2025-03-01',
  listingDate: '2025-03-10',
  publicationDate: '2025-03-14',
};

/** Each issue as [path, English text]. */
function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map(
    (i) => [i.path.join('.'), translateMessage(i.message, 'en')] as const,
  );
}

describe('dateOrderProblems', () => {
  it('accepts dates in order, equal dates and dates not given', () => {
    expect(dateOrderProblems(SAMR)).toEqual([]);
    expect(
      dateOrderProblems({
        decisionDate: '2025-03-01',
        listingDate: '2025-03-01',
        publicationDate: '2025-03-01',
      }),
    ).toEqual([]);
    expect(
      dateOrderProblems({
        decisionDate: '2025-03-01',
        listingDate: '',
        publicationDate: '2025-03-02',
      }),
    ).toEqual([]);
  });

  it('names the nearest earlier date that is later', () => {
    // The issue's example: every date given, in reverse.
    expect(
      dateOrderProblems({
        decisionDate: '2025-03-14',
        listingDate: '2025-03-10',
        publicationDate: '2025-03-01',
      }),
    ).toEqual([
      {
        later: 'listingDate',
        laterDate: '2025-03-10',
        earlier: 'decisionDate',
        earlierDate: '2025-03-14',
      },
      {
        later: 'publicationDate',
        laterDate: '2025-03-01',
        earlier: 'listingDate',
        earlierDate: '2025-03-10',
      },
    ]);
    // Publication after the listing but before the decision: the decision is named.
    expect(
      dateOrderProblems({
        decisionDate: '2025-03-14',
        listingDate: '2025-03-01',
        publicationDate: '2025-03-10',
      }),
    ).toEqual([
      {
        later: 'listingDate',
        laterDate: '2025-03-01',
        earlier: 'decisionDate',
        earlierDate: '2025-03-14',
      },
      {
        later: 'publicationDate',
        laterDate: '2025-03-10',
        earlier: 'decisionDate',
        earlierDate: '2025-03-14',
      },
    ]);
  });
});

describe('listing schemas: decision ≤ listing ≤ publication', () => {
  it('accepts a listing in order', () => {
    expect(listingInput.safeParse(SAMR).success).toBe(true);
  });

  it('refuses a listing date before the decision date, at the listing date', () => {
    const r = listingInput.safeParse({ ...SAMR, listingDate: '2025-02-20' });
    expect(issues(r)).toEqual([
      [
        'listingDate',
        'The listing date (2025-02-20) is before the decision date (2025-03-01). A listing is decided, then listed, then published: enter a listing date on or after 2025-03-01, or correct the decision date.',
      ],
    ]);
  });

  it('refuses a publication date before the listing date, at the publication date', () => {
    const r = listingInput.safeParse({ ...SAMR, publicationDate: '2025-03-05' });
    expect(issues(r)).toEqual([
      [
        'publicationDate',
        expect.stringContaining(
          'publication date (2025-03-05) is before the listing date (2025-03-10)',
        ),
      ],
    ]);
  });

  it('refuses a publication date before the decision date when no listing date is given', () => {
    const r = listingInput.safeParse({
      ...SAMR,
      regimeId: 'cc-penalty-general',
      listingDate: '',
      publicationDate: '2025-02-27',
    });
    expect(issues(r)).toEqual([
      [
        'publicationDate',
        expect.stringContaining(
          'publication date (2025-02-27) is before the decision date (2025-03-01)',
        ),
      ],
    ]);
  });

  it('refuses the issue’s reversed dates at both later fields, in Chinese too', () => {
    const r = listingInput.safeParse({
      ...SAMR,
      decisionDate: '2025-03-14',
      listingDate: '2025-03-10',
      publicationDate: '2025-03-01',
    });
    expect(issues(r).map(([path]) => path)).toEqual(['listingDate', 'publicationDate']);
    const zh = translateMessage(r.error!.issues[0]!.message, 'zh');
    expect(zh).toBe(
      '列入日期（2025-03-10）早于决定日期（2025-03-14）。失信记录应先作出决定、再列入、再公示：请输入 2025-03-14 或之后的列入日期，或更正决定日期。',
    );
  });

  it('checks the order while other fields are still missing (the form shows it as dates are typed)', () => {
    const r = listingInput.safeParse({
      regimeId: '',
      authority: '',
      decisionNo: '',
      decisionDate: '2025-03-14',
      listingDate: '2025-03-10',
    });
    expect(issues(r).map(([path]) => path)).toContain('listingDate');
    expect(issues(r).find(([p]) => p === 'listingDate')![1]).toContain('before the decision date');
  });

  it('compares only real dates: a malformed date gets its own message, not an order one', () => {
    const r = listingInput.safeParse({ ...SAMR, decisionDate: '2025-13-01' });
    expect(issues(r)).toEqual([['decisionDate', expect.stringContaining('real date')]]);
  });

  it('holds in every schema built from the listing fields', () => {
    const bad = { ...SAMR, listingDate: '2025-02-20' };
    expect(issues(listingCreateInput.safeParse({ ...bad, clientId: 1 }))[0]?.[0]).toBe(
      'listingDate',
    );
    expect(issues(listingUpdateInput.safeParse({ ...bad, id: 1 }))[0]?.[0]).toBe('listingDate');
    expect(issues(caseCreateInput.safeParse({ clientId: 1, listings: [SAMR, bad] }))[0]?.[0]).toBe(
      'listings.1.listingDate',
    );
    expect(issues(caseAddListingInput.safeParse({ caseId: 1, listing: bad }))[0]?.[0]).toBe(
      'listing.listingDate',
    );
  });
});

describe('caseAddListingInput', () => {
  it('takes an existing listing or a new one, not both and not neither', () => {
    expect(caseAddListingInput.safeParse({ caseId: 1, listingId: 2 }).success).toBe(true);
    expect(caseAddListingInput.safeParse({ caseId: 1, listing: SAMR }).success).toBe(true);
    expect(issues(caseAddListingInput.safeParse({ caseId: 1 }))).toEqual([
      ['listingId', 'Choose one of the client’s listings, or enter a new listing (not both).'],
    ]);
    expect(
      issues(caseAddListingInput.safeParse({ caseId: 1, listingId: 2, listing: SAMR }))[0]?.[0],
    ).toBe('listingId');
  });
});
