import { describe, expect, it } from 'vitest';
import { translateMessage } from '../messages';
import { DEFAULT_CATALOGUE } from '../rules/catalogue';
import type { Catalogue } from '../rules/types';
import {
  documentNames,
  documentsNotInHand,
  documentStatusInput,
  readiness,
  requiredDocuments,
} from './checklist';

const cc = { regimeId: 'cc-penalty-general', decisionDate: '2023-10-01' };
const ccSerious = { regimeId: 'cc-penalty-serious', decisionDate: '2023-10-01' };
const samr = { regimeId: 'samr-serious-list', listingDate: '2024-06-03' };

describe('requiredDocuments', () => {
  it('Credit China: NDRC Order 58 (filed 2024-01-10) and Order 36 (filed 2026-05-01) differ', () => {
    expect(requiredDocuments([cc], '2024-01-10')).toEqual([
      'application-form',
      'credit-commitment-letter',
      'business-licence',
      'proof-of-correction',
    ]);
    expect(requiredDocuments([cc], '2026-05-01')).toEqual([
      'credit-commitment-letter',
      'proof-of-correction',
    ]);
  });

  it('the 2019 notice asks serious cases for the repair form, training certificate and credit report', () => {
    expect(requiredDocuments([ccSerious], '2020-03-01')).toEqual([
      'credit-commitment-letter',
      'registration-certificate',
      'proof-of-correction',
      'penalty-authority-repair-form',
      'training-certificate',
      'credit-report',
    ]);
  });

  it('SAMR list: Order 44 until 2025-12-24, Order 107 from 2025-12-25', () => {
    expect(requiredDocuments([samr], '2025-12-24')).toEqual([
      'repair-application',
      'integrity-commitment-letter',
      'proof-of-performance',
    ]);
    expect(requiredDocuments([samr], '2025-12-25')).toEqual([
      'repair-application',
      'integrity-commitment-letter',
      'business-licence',
      'proof-of-performance',
      'statement-of-facts',
    ]);
  });

  it('several listings: the union, once each, in catalogue order whatever the listing order', () => {
    const a = requiredDocuments([samr, cc], '2026-05-01');
    const b = requiredDocuments([cc, samr, cc], '2026-05-01');
    expect(a).toEqual(b);
    expect(a).toEqual([
      'repair-application',
      'credit-commitment-letter',
      'integrity-commitment-letter',
      'business-licence',
      'proof-of-correction',
      'proof-of-performance',
      'statement-of-facts',
    ]);
  });

  it('an unknown regime or a date no version governs adds nothing', () => {
    expect(requiredDocuments([{ regimeId: 'nope' }], '2026-05-01')).toEqual([]);
    expect(requiredDocuments([cc], '2019-01-01')).toEqual([]);
  });

  it('a firm’s own document id follows the catalogue’s', () => {
    const custom = structuredClone(DEFAULT_CATALOGUE) as Catalogue;
    const version = custom.regimes['cc-penalty-general']!.versions.at(-1)!;
    version.documents = ['city-points-form' as never, ...version.documents];
    expect(requiredDocuments([cc], '2026-05-01', custom)).toEqual([
      'credit-commitment-letter',
      'proof-of-correction',
      'city-points-form',
    ]);
  });
});

describe('readiness', () => {
  const required = requiredDocuments([cc], '2024-01-10');

  it('ready when every document is received, verified or not needed', () => {
    expect(
      readiness(required, {
        'application-form': 'received',
        'credit-commitment-letter': 'verified',
        'business-licence': 'notNeeded',
        'proof-of-correction': 'verified',
      }),
    ).toEqual({ ready: true, missing: [], expired: [] });
  });

  it('missing and requested documents, and those with no status, are missing, in order', () => {
    expect(
      readiness(required, {
        'application-form': 'requested',
        'credit-commitment-letter': 'verified',
        'proof-of-correction': 'missing',
        'training-certificate': 'missing',
      }),
    ).toEqual({
      ready: false,
      missing: ['application-form', 'business-licence', 'proof-of-correction'],
      expired: [],
    });
  });

  it('nothing required: ready', () => {
    expect(readiness([], {})).toEqual({ ready: true, missing: [], expired: [] });
  });

  it('a paper original counts as in hand', () => {
    expect(readiness(['business-licence'], { 'business-licence': 'paperOriginal' }).ready).toBe(
      true,
    );
  });

  describe('validity dates', () => {
    const statuses = {
      'application-form': 'received',
      'credit-commitment-letter': 'verified',
      'business-licence': 'paperOriginal',
      'proof-of-correction': 'notNeeded',
    } as const;
    const at = (validUntil: Record<string, string>, today = '2026-03-10') =>
      readiness(required, statuses, { validUntil, today });

    it('a document valid until yesterday is expired and the case is not ready; valid today is fine', () => {
      expect(at({ 'business-licence': '2026-03-09', 'application-form': '2026-03-10' })).toEqual({
        ready: false,
        missing: [],
        expired: [{ id: 'business-licence', validUntil: '2026-03-09' }],
      });
      expect(at({ 'business-licence': '2026-03-10' }).ready).toBe(true);
    });

    it('a missing document is named missing, not expired; "not needed" never expires', () => {
      const r = readiness(
        required,
        { ...statuses, 'application-form': 'missing' },
        {
          validUntil: { 'application-form': '2020-01-01', 'proof-of-correction': '2020-01-01' },
          today: '2026-03-10',
        },
      );
      expect(r).toEqual({ ready: false, missing: ['application-form'], expired: [] });
    });

    it('no validity date never expires', () => {
      expect(at({}).ready).toBe(true);
    });
  });
});

describe('documentsNotInHand', () => {
  const r = {
    ready: false,
    missing: ['proof-of-correction' as const],
    expired: [{ id: 'business-licence' as const, validUntil: '2026-02-28' }],
  };
  it('names the missing documents, then the expired ones with their date, in each language', () => {
    expect(documentsNotInHand(r, 'en')).toBe(
      'Proof of performance / correction, Business licence (proof of legal status) (expired 2026-02-28)',
    );
    expect(documentsNotInHand(r, 'zh')).toContain(
      '营业执照（主体资格证明）（已于 2026-02-28 过期）',
    );
    expect(documentsNotInHand({ ...r, missing: [] }, 'en')).toBe(
      'Business licence (proof of legal status) (expired 2026-02-28)',
    );
  });
});

describe('documentNames', () => {
  it('names documents in the user’s language', () => {
    expect(documentNames(['credit-commitment-letter', 'business-licence'], 'zh')).toBe(
      '信用承诺书、营业执照（主体资格证明）',
    );
    expect(documentNames(['credit-commitment-letter', 'own-form'], 'en')).toBe(
      'Credit commitment letter, own-form',
    );
  });
});

describe('documentStatusInput', () => {
  const base = { caseId: 3, documentId: 'business-licence' };

  it('accepts a status, with an optional note and validity date', () => {
    expect(documentStatusInput.parse({ ...base, status: 'received' })).toEqual({
      ...base,
      status: 'received',
      note: '',
    });
    const dated = documentStatusInput.safeParse({
      ...base,
      status: 'received',
      validUntil: '2027-02-30',
    });
    expect(dated.success).toBe(false);
  });

  it('"not needed" requires the reason', () => {
    const r = documentStatusInput.safeParse({ ...base, status: 'notNeeded', note: ' ' });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0]!;
    expect(issue.path).toEqual(['note']);
    expect(translateMessage(issue.message, 'en')).toContain('Say why this document is not needed');
    expect(
      documentStatusInput.safeParse({ ...base, status: 'notNeeded', note: 'on file' }).success,
    ).toBe(true);
  });

  it('"paper original received" requires a note saying where it is', () => {
    const r = documentStatusInput.safeParse({ ...base, status: 'paperOriginal', note: '' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['note']);
    expect(translateMessage(r.error!.issues[0]!.message, 'zh')).toContain('纸质原件');
    expect(
      documentStatusInput.safeParse({ ...base, status: 'paperOriginal', note: 'in the safe' })
        .success,
    ).toBe(true);
  });

  it('refuses an unknown status and an over-long id', () => {
    expect(documentStatusInput.safeParse({ ...base, status: 'lost' }).success).toBe(false);
    expect(
      documentStatusInput.safeParse({ ...base, documentId: 'x'.repeat(101), status: 'missing' })
        .success,
    ).toBe(false);
  });
});
