import { describe, expect, it } from 'vitest';
import { translateMessage } from '../messages';
import { DEFAULT_CATALOGUE } from '../rules/catalogue';
import type { CaseListing } from '../rules/case-types';
import {
  checkCaseEvent,
  eventCaseContext,
  eventSchemaFor,
  extensionRule,
  filingWarning,
  type CaseEventListing,
  type EventCaseContext,
} from './case-checks';
import { eventAddInput, eventFields } from './events';
import type { LifecycleEvent } from './transitions';
import { ev, evaluate, NOT_READY, READY, TODAY } from './test-kit';

/** SAMR list: decided 2024-05-20, listed 2024-06-03 (may apply from 2025-06-04). */
const SAMR: CaseEventListing = {
  id: 1,
  regimeId: 'samr-serious-list',
  decisionNo: '杭市监严〔2024〕8号',
  decisionDate: '2024-05-20',
  listingDate: '2024-06-03',
  publicationDate: '',
};
const ABNORMAL: CaseEventListing = {
  id: 2,
  regimeId: 'samr-abnormal',
  decisionNo: '杭市监异〔2025〕3号',
  decisionDate: '2025-07-01',
  listingDate: '2025-07-01',
  publicationDate: '',
};

function context(
  events: LifecycleEvent[],
  opts: { listings?: CaseEventListing[]; editingId?: number; ready?: boolean } = {},
): EventCaseContext {
  const listings = opts.listings ?? [SAMR];
  return {
    today: TODAY,
    listings,
    events,
    evaluation: evaluate(listings as CaseListing[], events),
    readiness: opts.ready === false ? NOT_READY : READY,
    catalogue: DEFAULT_CATALOGUE,
    editingId: opts.editingId,
  };
}

/** Each issue of the refined schema: [field, English message]. */
function issues(ctx: EventCaseContext, input: unknown): [string, string][] {
  const r = eventSchemaFor(ctx, eventFields).safeParse(input);
  return r.success
    ? []
    : r.error.issues.map((i) => [i.path.join('.'), translateMessage(i.message, 'en')]);
}

const filed = (date: string) => ev('filed', date);

describe('no authority event before a listing of its case', () => {
  it('refuses a filing dated before the listing at the date, naming it, even with a reason', () => {
    const filing = { ...filed('2024-05-30'), overrideReason: 'the client insists' };
    expect(issues(context([]), filing)).toEqual([
      [
        'date',
        'This date is before the listing SAMR seriously illegal and dishonest list 杭市监严〔2024〕8号 (2024-06-03): no authority event can come before a listing of its case. Enter 2024-06-03 or later, or correct the listing’s dates first.',
      ],
    ]);
    // Hard, not a warning: no override is asked for.
    expect(checkCaseEvent(context([]), filing)).toMatchObject({
      ok: false,
      key: 'events.beforeListing',
      overridable: false,
    });
  });

  it('counts from the latest date of each listing and names the latest listing', () => {
    const published = { ...SAMR, publicationDate: '2024-06-10' };
    const ctx = context([], { listings: [published, ABNORMAL] });
    expect(checkCaseEvent(ctx, filed('2025-06-30'))).toMatchObject({
      key: 'events.beforeListing',
      params: { date: '2025-07-01', listingZh: '经营异常名录（杭市监异〔2025〕3号）' },
    });
    expect(
      checkCaseEvent(context([], { listings: [published] }), filed('2024-06-05')),
    ).toMatchObject({ key: 'events.beforeListing', params: { date: '2024-06-10' } });
  });

  it('applies to every event type and to an edited event', () => {
    const filing = filed('2025-07-01');
    const ctx = context([filing], { editingId: filing.id });
    expect(checkCaseEvent(ctx, { ...filing, date: '2024-01-02' })).toMatchObject({
      key: 'events.beforeListing',
      field: 'date',
    });
    expect(issues(context([]), { type: 'withdrawn', date: '2024-06-02' })[0]?.[0]).toBe('date');
    expect(issues(context([]), { type: 'withdrawn', date: '2024-06-03' })).toEqual([]);
  });
});

describe('the order and moves of the lifecycle, through the schema', () => {
  const filing = filed('2026-03-02');
  const accepted = ev('accepted', '2026-03-04');

  it('an acceptance before the filing is refused at the date', () => {
    expect(issues(context([filing]), { type: 'accepted', date: '2026-03-01' })).toEqual([
      [
        'date',
        'This date is before the previous event (Filed, 2026-03-02). Enter 2026-03-02 or later, or correct the earlier event first.',
      ],
    ]);
  });

  it('a decision before the acceptance is refused at the date', () => {
    const decision = {
      type: 'decided',
      date: '2026-03-03',
      outcome: 'repaired',
      decisionNo: '杭市监信修〔2026〕1号',
    };
    expect(issues(context([filing, accepted]), decision)).toEqual([
      [
        'date',
        'This date is before the previous event (Accepted, 2026-03-04). Enter 2026-03-04 or later, or correct the earlier event first.',
      ],
    ]);
  });

  it('says so while another field is still empty (no outcome chosen yet)', () => {
    const half = { type: 'decided', date: '2026-03-03', decisionNo: '' };
    expect(issues(context([filing, accepted]), half)).toEqual(
      expect.arrayContaining([
        [
          'outcome',
          'Choose what the authority decided: Repaired or Refused, as the decision says.',
        ],
        ['date', expect.stringContaining('(Accepted, 2026-03-04)')],
      ]),
    );
    // Without a real date there is nothing to judge yet: only the date's own message.
    expect(issues(context([filing]), { type: 'accepted', date: '2026-03-0' })).toEqual([
      ['date', 'Enter a real date as YYYY-MM-DD, for example 2025-06-03.'],
    ]);
  });

  it('a move the stage does not allow is refused', () => {
    expect(issues(context([]), { type: 'accepted', date: '2026-03-05' })[0]?.[1]).toMatch(
      /cannot be recorded now/,
    );
  });

  it('a good sequence passes, and the add and update schemas agree with it', () => {
    const extension = ev('extension', '2026-03-05', { workingDays: 10 });
    const events = [filing, accepted, extension];
    const decision = ev('decided', '2026-03-12');
    expect(checkCaseEvent(context(events), decision)).toEqual({ ok: true });
    expect(
      eventSchemaFor(context(events), eventAddInput).safeParse({ ...decision, caseId: 7 }).success,
    ).toBe(true);
    expect(issues(context([filing]), accepted)).toEqual([]);
    expect(issues(context([filing, accepted]), extension)).toEqual([]);
  });
});

describe('the extension is the rule version’s', () => {
  // Order 107 (filed from 2025-12-25): decide within 7 wd, extended once by 10 wd.
  const filing = filed('2026-03-02');
  const accepted = ev('accepted', '2026-03-04');

  it('offers the length of the rule in force at the filing', () => {
    expect(extensionRule(context([filing, accepted]), '2026-03-05')).toMatchObject({
      filed: '2026-03-02',
      allowed: [{ n: 10, unit: 'working' }],
      without: [],
    });
    expect(extensionRule(context([]), null)).toBeNull();
  });

  it('refuses any other length at its field, citing the rule, in both languages', () => {
    const ctx = context([filing, accepted]);
    const thirty = ev('extension', '2026-03-05', { workingDays: 30 });
    expect(issues(ctx, thirty)).toEqual([
      [
        'workingDays',
        'SAMR Order No. 107, arts. 13–17, 23 sets the extension at 10 working days; 30 cannot be recorded. Choose 10 working days: it is what the decision deadline is extended by.',
      ],
    ]);
    const verdict = checkCaseEvent(ctx, thirty);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok)
      expect(translateMessage(`${verdict.key}|${JSON.stringify(verdict.params)}`, 'zh')).toBe(
        '国家市场监督管理总局令第107号第13–17、23条规定延长期限为 10 个工作日；不能记录 30。请选择 10 个工作日，决定期限按此延长。',
      );
  });

  it('a rule version without extension refuses the event, citing that rule', () => {
    // Filed under Order 44 (until 2025-12-24): decide within 15 wd, no extension.
    const old = [filed('2025-12-01'), ev('accepted', '2025-12-03')];
    expect(issues(context(old), ev('extension', '2025-12-05', { workingDays: 10 }))).toEqual([
      [
        'workingDays',
        'SAMR Order No. 44, arts. 16–21 sets no extension of the decision deadline for SAMR seriously illegal and dishonest list 杭市监严〔2024〕8号, so none can be recorded; the deadline stays as computed. If the authority extended it anyway, keep its notice in the case notes and follow up on the deadline.',
      ],
    ]);
    const abnormal = context([filing, accepted], { listings: [ABNORMAL] });
    expect(checkCaseEvent(abnormal, ev('extension', '2026-03-05'))).toMatchObject({
      key: 'events.extensionNone',
      params: { cite: 'SAMR Order No. 107, art. 16' },
    });
  });

  it('one listing whose rule extends is enough; its length is the one allowed', () => {
    const both = context([filing, accepted], { listings: [SAMR, ABNORMAL] });
    expect(extensionRule(both, '2026-03-05')).toMatchObject({
      allowed: [{ n: 10 }],
      without: [{ listing: ABNORMAL }],
    });
    expect(checkCaseEvent(both, ev('extension', '2026-03-05', { workingDays: 10 })).ok).toBe(true);
  });

  it('an extension edited keeps the application it belongs to', () => {
    const extension = ev('extension', '2026-03-05', { workingDays: 10 });
    const ctx = context([filing, accepted, extension], { editingId: extension.id });
    const twelve = { ...ev('extension', '2026-03-05', { workingDays: 12 }), id: extension.id };
    expect(checkCaseEvent(ctx, twelve)).toMatchObject({
      key: 'events.extensionLength',
    });
    expect(checkCaseEvent(ctx, { ...extension, date: '2026-03-06' })).toEqual({ ok: true });
  });
});

describe('the filing warning follows the values as they stand', () => {
  const values = (date: string) => ({ caseId: 7, type: 'filed', date, channel: 'online' });

  it('names the date typed now, and goes once the date is eligible', () => {
    const ctx = context([]);
    const early = filingWarning(ctx, values('2025-01-10'));
    expect(early).toMatchObject({
      key: 'lifecycle.notEligible',
      overridable: true,
      params: { filed: '2025-01-10', date: '2025-06-04' },
    });
    expect(filingWarning(ctx, values('2025-03-01'))?.params.filed).toBe('2025-03-01');
    expect(filingWarning(ctx, values('2025-07-01'))).toBeNull();
  });

  it('stays while a reason is typed, and counts missing documents', () => {
    const ctx = context([], { ready: false });
    expect(
      filingWarning(ctx, { ...values('2025-07-01'), overrideReason: 'licence follows' }),
    ).toMatchObject({ key: 'lifecycle.documentsMissing' });
  });

  it('is no warning while the date is half typed or refused outright', () => {
    const ctx = context([]);
    expect(filingWarning(ctx, values('2025-0'))).toBeNull();
    expect(filingWarning(ctx, values('2024-05-01'))).toBeNull();
    expect(filingWarning(ctx, { type: 'accepted', date: '2025-01-10' })).toBeNull();
  });
});

describe('eventCaseContext', () => {
  it('leaves archived listings out and uses the case’s catalogue', () => {
    const ctx = eventCaseContext({
      listings: [
        { ...SAMR, archivedAt: null },
        { ...ABNORMAL, archivedAt: '2026-01-01T00:00:00.000Z' },
      ],
      events: [],
      evaluation: evaluate([SAMR as CaseListing]),
      readiness: READY,
      catalogueVersion: 'no-longer-shipped',
    });
    expect(ctx.listings.map((l) => l.id)).toEqual([1]);
    expect(ctx.catalogue).toBe(DEFAULT_CATALOGUE);
    expect(checkCaseEvent(ctx, filed('2025-06-30'))).toEqual({ ok: true });
  });
});
