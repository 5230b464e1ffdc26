import { describe, expect, it } from 'vitest';
import type { Readiness } from '../documents/checklist';
import type { CaseEvaluation } from '../rules/case-types';
import { checkSequence } from './guards';
import { deriveStage } from './stage';
import {
  check,
  eligible,
  en,
  ev,
  evaluate,
  failure,
  listing,
  NOT_READY,
  READY,
  SAMR_LISTED,
  SAMR_NAMED,
  SAMR_RECENT,
  TODAY,
  waiting,
  zh,
} from './test-kit';

describe('event dates', () => {
  const events = () => [ev('filed', '2026-03-02'), ev('accepted', '2026-03-05')];

  it('an event before the previous one is refused, naming it and its date', () => {
    const r = failure(check(events(), ev('supplementRequested', '2026-03-04')));
    expect(r).toMatchObject({ key: 'lifecycle.beforePrevious', field: 'date', overridable: false });
    expect(en(r)).toBe(
      'This date is before the previous event (Accepted, 2026-03-05). Enter 2026-03-05 or later, or correct the earlier event first.',
    );
    expect(zh(r)).toContain('已受理，2026-03-05');
  });

  it('the same day as the previous event is allowed', () => {
    expect(check(events(), ev('supplementRequested', '2026-03-05')).ok).toBe(true);
  });

  it('a date after today is refused', () => {
    const r = failure(check(events(), ev('supplementRequested', '2026-03-21')));
    expect(r).toMatchObject({ key: 'field.dateFuture', field: 'date' });
    expect(check(events(), ev('supplementRequested', TODAY)).ok).toBe(true);
  });

  it('events are taken in date order, then id, whatever order they come in', () => {
    const [filed, accepted] = events();
    expect(check([accepted!, filed!], ev('extension', '2026-03-06')).ok).toBe(true);
  });
});

describe('extension', () => {
  it('is added once per application: a second one is refused, naming the first', () => {
    const events = [
      ev('filed', '2026-03-02'),
      ev('accepted', '2026-03-03'),
      ev('extension', '2026-03-04'),
    ];
    const r = failure(check(events, ev('extension', '2026-03-05')));
    expect(r.key).toBe('lifecycle.extensionOnce');
    expect(en(r)).toContain('already recorded on 2026-03-04');
  });

  it('only after acceptance', () => {
    const r = failure(check([ev('filed', '2026-03-02')], ev('extension', '2026-03-03')));
    expect(r.key).toBe('lifecycle.illegalMove');
  });

  it('a new application may be extended again', () => {
    const events = [
      ev('filed', '2026-03-02'),
      ev('accepted', '2026-03-03'),
      ev('extension', '2026-03-04'),
      ev('decided', '2026-03-05', { outcome: 'refused', reasons: 'proof missing' }),
      ev('filed', '2026-03-06'),
      ev('accepted', '2026-03-09'),
    ];
    expect(check(events, ev('extension', '2026-03-10')).ok).toBe(true);
  });
});

describe('filing guards', () => {
  it('before the wait ends: refused, overridable, naming the earliest date', () => {
    const r = failure(check([], ev('filed', '2026-03-10'), { evaluation: waiting }));
    expect(r).toMatchObject({
      key: 'lifecycle.notEligible',
      overridable: true,
      field: 'overrideReason',
    });
    expect(r.params).toMatchObject({ date: '2026-12-02', filed: '2026-03-10' });
    expect(en(r)).toContain('the earliest application date is 2026-12-02');
  });

  it('with a document missing: refused, overridable, naming the documents in each language', () => {
    const readiness: Readiness = {
      ready: false,
      missing: ['integrity-commitment-letter', 'business-licence'],
      expired: [],
    };
    const r = failure(check([], ev('filed', '2026-03-10'), { readiness }));
    expect(r).toMatchObject({ key: 'lifecycle.documentsMissing', overridable: true });
    expect(r.documents).toEqual(readiness.missing);
    expect(en(r)).toContain(
      'Integrity commitment letter, Business licence (proof of legal status)',
    );
    expect(zh(r)).toContain('守信承诺书、营业执照（主体资格证明）');
  });

  it('with a document expired: refused, overridable, naming it as expired rather than missing', () => {
    const readiness: Readiness = {
      ready: false,
      missing: [],
      expired: [{ id: 'business-licence', validUntil: '2026-02-28' }],
    };
    const r = failure(check([], ev('filed', '2026-03-10'), { readiness }));
    expect(r).toMatchObject({ key: 'lifecycle.documentsNotInHand', overridable: true });
    expect(r.documents).toEqual(['business-licence']);
    expect(en(r)).toContain(
      'not in hand: Business licence (proof of legal status) (expired 2026-02-28)',
    );
    expect(en(r)).not.toContain('missing');
    expect(zh(r)).toContain('营业执照（主体资格证明）（已于 2026-02-28 过期）');
    const reason = check(
      [],
      ev('filed', '2026-03-10', { overrideReason: 'new licence at the counter' }),
      {
        readiness,
      },
    );
    expect(reason).toEqual({ ok: true, overridden: 'documentsMissing' });
  });
  it('both at once: one message, and a reason overrides both', () => {
    const opts = { evaluation: waiting, readiness: NOT_READY };
    expect(failure(check([], ev('filed', '2026-03-10'), opts)).key).toBe(
      'lifecycle.notEligibleAndDocumentsMissing',
    );
    expect(check([], ev('filed', '2026-03-10', { overrideReason: 'deadline' }), opts)).toEqual({
      ok: true,
      overridden: 'both',
    });
  });

  it('a written reason is accepted and reported; blank is not a reason', () => {
    const opts = { evaluation: waiting };
    expect(
      check([], ev('filed', '2026-03-10', { overrideReason: 'authority agreed' }), opts),
    ).toEqual({
      ok: true,
      overridden: 'notEligible',
    });
    expect(check([], ev('filed', '2026-03-10', { overrideReason: '  ' }), opts).ok).toBe(false);
    expect(
      check([], ev('filed', '2026-03-10', { overrideReason: 'ok' }), { readiness: NOT_READY }),
    ).toEqual({ ok: true, overridden: 'documentsMissing' });
  });

  it('eligible and ready: filed with no override', () => {
    expect(check([], ev('filed', '2026-03-10'))).toEqual({ ok: true });
  });

  it('a listing whose wait is a condition only counts as eligible', () => {
    const court = evaluate([listing('court-dishonest-debtor', { listingDate: '2026-01-05' })]);
    expect(check([], ev('filed', '2026-03-10'), { evaluation: court })).toEqual({ ok: true });
  });

  it('one eligible listing is enough', () => {
    const both = evaluate([SAMR_LISTED, { ...SAMR_RECENT, id: 2 }]);
    expect(check([], ev('filed', '2026-03-10'), { evaluation: both }).ok).toBe(true);
  });

  it('a re-application bar is not overridable, even with a reason', () => {
    const revoked = evaluate([SAMR_LISTED], []);
    // The lifecycle has no revocation event; the engine computes the bar from one.
    const barred: CaseEvaluation = {
      ...revoked,
      dates: [
        ...revoked.dates,
        { ...revoked.dates[0]!, kind: 'reapplicationBarredUntil', date: '2029-03-02' },
      ],
    };
    const r = failure(
      check([], ev('filed', '2026-03-10', { overrideReason: 'please' }), { evaluation: barred }),
    );
    expect(r).toMatchObject({
      key: 'lifecycle.barred',
      overridable: false,
      params: { date: '2029-03-02', listingZh: '市场监管 严重违法失信名单（杭市监严〔2024〕8号）' },
    });
    // Named by regime and decision number, never by an internal id.
    expect(en(r)).toContain('(SAMR seriously illegal and dishonest list 杭市监严〔2024〕8号)');
  });

  it('re-filing after a refusal is allowed and checked like a first filing', () => {
    const events = [
      ev('filed', '2026-03-02'),
      ev('decided', '2026-03-05', { outcome: 'refused', reasons: 'x' }),
    ];
    expect(check(events, ev('filed', '2026-03-06'))).toEqual({ ok: true });
    expect(check(events, ev('filed', '2026-03-06'), { readiness: NOT_READY }).ok).toBe(false);
    const refiled = [...events, ev('filed', '2026-03-06')];
    expect(
      deriveStage({
        events: refiled,
        evaluation: eligible,
        readiness: READY,
        hasListings: true,
        today: TODAY,
      }),
    ).toBe('filed');
  });
});

describe('edits and deletions: checkSequence', () => {
  const ctx = { evaluation: eligible, readiness: READY, today: TODAY, listings: SAMR_NAMED };
  const filed = ev('filed', '2026-03-02');
  const accepted = ev('accepted', '2026-03-05');
  const decided = ev('decided', '2026-03-09');

  it('a valid sequence passes', () => {
    expect(checkSequence([filed, accepted, decided], ctx)).toEqual({ ok: true });
  });

  it('deleting the filing leaves the acceptance without one', () => {
    const r = checkSequence([accepted, decided], ctx);
    expect(r).toMatchObject({
      ok: false,
      key: 'lifecycle.illegalMove',
      index: 0,
      eventId: accepted.id,
    });
  });

  it('an edit moving a date past the next event is refused at the edited field', () => {
    const edit = { ...accepted, date: '2026-03-10' };
    const r = failure(check([filed, accepted, decided], edit, { ignoreId: accepted.id }));
    expect(r).toMatchObject({
      key: 'lifecycle.afterNext',
      field: 'date',
      params: { nextDate: '2026-03-09' },
    });
  });

  it('an edit moving a date before the previous event is refused', () => {
    const edit = { ...accepted, date: '2026-03-01' };
    expect(failure(check([filed, accepted, decided], edit, { ignoreId: accepted.id })).key).toBe(
      'lifecycle.beforePrevious',
    );
  });

  it('an edit within its neighbours passes', () => {
    const edit = { ...accepted, date: '2026-03-06' };
    expect(check([filed, accepted, decided], edit, { ignoreId: accepted.id })).toEqual({
      ok: true,
    });
  });

  it('editing the latest filing re-runs its guards; an older filing is left to its own day', () => {
    const edit = { ...filed, date: '2026-03-03' };
    expect(check([filed, accepted], edit, { ignoreId: filed.id, readiness: NOT_READY }).ok).toBe(
      false,
    );
    const withReason = { ...edit, overrideReason: 'client accepts the risk' };
    expect(
      check([filed, accepted], withReason, { ignoreId: filed.id, readiness: NOT_READY }),
    ).toEqual({
      ok: true,
      overridden: 'documentsMissing',
    });
    const refused = ev('decided', '2026-03-09', { outcome: 'refused', reasons: 'x' });
    const refiled = ev('filed', '2026-03-10', { overrideReason: 'x' });
    expect(
      checkSequence([filed, accepted, refused, refiled], {
        ...ctx,
        readiness: NOT_READY,
        focusId: filed.id,
      }),
    ).toEqual({ ok: true });
  });
});
