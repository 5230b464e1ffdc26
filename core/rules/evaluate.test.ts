import { describe, expect, it } from 'vitest';
import type { CaseEvent } from './case-types';
import { evaluateCase } from './evaluate';
import { calendar, listing, run, samrList } from './test-kit';

describe('eligibility', () => {
  it('RULES.md §2.3: listed 2024-06-03 may apply from 2025-06-04, explained', () => {
    const { result, get } = run([samrList], [], '2025-05-20');
    const may = get('mayApplyFrom')!;
    expect(may).toMatchObject({ date: '2025-06-04', status: 'upcoming', provisional: false });
    expect(may.ruleVersionId).toBe('samr-serious-list@2021-09-01');
    expect(may.explanation.en.slice(-3)).toEqual([
      'listed 2024-06-03',
      'one year ends 2025-06-03 (Civil Code art. 202)',
      'may apply from 2025-06-04',
    ]);
    expect(may.explanation.zh.at(-1)).toBe('自 2025-06-04 起可以申请');
    expect(get('firstWorkingDayToFile')?.date).toBe('2025-06-04');
    expect(get('automaticEnd')).toMatchObject({ date: '2027-06-03', status: 'upcoming' });
    expect(result.nextAction).toMatchObject({
      key: 'next.waitUntil',
      params: { listingId: 1, date: '2025-06-04' },
    });
  });

  it('a wait ending on a holiday: online from the day after, in person from the first working day', () => {
    const { result, get } = run(
      [listing('cc-penalty-general', { decisionDate: '2025-06-30' })],
      [],
      '2025-10-03',
    );
    expect(get('mayApplyFrom')).toMatchObject({ date: '2025-10-01', status: 'done' });
    expect(get('firstWorkingDayToFile')).toMatchObject({ date: '2025-10-09', status: 'upcoming' });
    expect(result.nextAction.key).toBe('next.file');
    expect(result.nextAction.params.date).toBe('2025-10-09');
    expect(get('firstWorkingDayToFile')?.explanation.en).toContain(
      '2025-10-01–2025-10-08 is the National Day / Mid-autumn Festival holiday, not counted',
    );
  });

  it('picks the version by today before filing: Credit China general after 2026-04-01 ends after one year', () => {
    const before = run(
      [listing('cc-penalty-general', { decisionDate: '2026-01-15' })],
      [],
      '2026-03-31',
    );
    expect(before.get('automaticEnd')?.date).toBe('2029-01-15');
    const after = run(
      [listing('cc-penalty-general', { decisionDate: '2026-01-15' })],
      [],
      '2026-04-01',
    );
    expect(after.get('automaticEnd')?.date).toBe('2027-01-15');
    expect(after.get('mayApplyFrom')?.date).toBe('2026-04-16');
    expect(after.result.ruleVersions).toEqual([
      { listingId: 1, ruleVersionId: 'cc-penalty-general@2026-04-01' },
    ]);
  });

  it('2019 serious penalties waited six months', () => {
    const { get } = run(
      [listing('cc-penalty-serious', { decisionDate: '2020-08-31' })],
      [],
      '2021-01-10',
    );
    expect(get('mayApplyFrom')?.date).toBe('2021-03-01');
  });

  it('tax: six months published, on a month end', () => {
    const { get } = run(
      [listing('tax-major-violation', { publicationDate: '2025-08-31' })],
      [],
      '2025-09-01',
    );
    expect(get('mayApplyFrom')?.date).toBe('2026-03-01');
    expect(get('mayApplyFrom')?.explanation.en).toContain(
      'Condition: All tax, late fees and fines are paid.',
    );
  });

  it('on-remedy regimes give no waiting date but say what to do', () => {
    const { result, get } = run(
      [listing('court-dishonest-debtor', { listingDate: '2025-03-01' })],
      [],
      '2025-04-01',
    );
    expect(get('mayApplyFrom')).toBeUndefined();
    expect(get('automaticEnd')?.date).toBe('2027-03-01');
    expect(result.nextAction.key).toBe('next.remedyFirst');
    expect(result.nextAction.text.en).toMatch(/ends on full performance of the judgment/);
    expect(result.remedies).toEqual([
      { listingId: 1, notice: expect.objectContaining({ key: 'why.noWait' }) },
    ]);
  });

  it('the abnormal-operations list says why there is no date, cites the rule and says what to do', () => {
    const abnormal = listing('samr-abnormal', {
      decisionNo: '深市监宝异〔2026〕0342号',
      decisionDate: '2026-07-01',
      listingDate: '2026-07-01',
    });
    const { result } = run([abnormal], [], '2026-11-22');
    expect(result.dates).toEqual([]);
    expect(result.nextAction.text.en).toBe(
      'Abnormal operations list 深市监宝异〔2026〕0342号: no waiting period applies, so no date is counted (SAMR Order No. 107, art. 16). The listing ends when the cause is remedied (annual report filed, address corrected …) and the application is made: remedy the cause, then apply for removal with proof of the remedy. The authority decides within 2 working days of acceptance (SAMR Order No. 101 said 5 working days).',
    );
    expect(result.nextAction.text.zh).toBe(
      '经营异常名录（深市监宝异〔2026〕0342号）：无等待期，因此不计算日期（国家市场监督管理总局令第107号第十六条）。导致列入的情形纠正（补报年度报告、变更住所等）并提出申请后即可移出：请先纠正，再持纠正证明申请移出经营异常名录。机关应自受理之日起 2 个工作日内作出决定（原国家市场监督管理总局令第101号规定为 5 个工作日）。',
    );
    // The dates section tells the same without naming the listing it stands under.
    expect(result.remedies[0]?.notice.text.en).toMatch(/^No waiting period applies, so no date/);
    // Under Order 101 (before 2025-12-25) nothing came before it to compare with.
    const { result: old } = run([abnormal], [], '2025-08-01');
    expect(old.nextAction.text.en).toContain(
      'The authority decides within 5 working days of acceptance.',
    );
  });

  it('no notice names a listing by its internal id', () => {
    const named = listing(
      'samr-serious-list',
      {
        decisionNo: '杭市监严〔2024〕8号',
        listingDate: '2024-06-03',
      },
      8,
    );
    const { result } = run([named], [], '2026-01-05');
    expect(result.nextAction.text.en).toBe(
      'SAMR seriously illegal and dishonest list 杭市监严〔2024〕8号 may be repaired now: prepare and file the application (in person from 2026-01-05).',
    );
    expect(result.nextAction.text.zh).toMatch(
      /^市场监管 严重违法失信名单（杭市监严〔2024〕8号）现在可以申请修复/,
    );
    expect(JSON.stringify(result.nextAction.text)).not.toMatch(/8 may|记录 8/);
  });

  it('a missing trigger date or an unknown regime is an issue, not a crash', () => {
    const { result } = run(
      [listing('samr-serious-list'), listing('nope', {}, 2)],
      [],
      '2026-01-01',
    );
    expect(result.issues.map((i) => i.key)).toEqual([
      'issue.missingTrigger',
      'issue.unknownRegime',
    ]);
    expect(result.issues[0]?.text.en).toBe(
      'SAMR seriously illegal and dishonest list: enter the listing date; this regime counts from it.',
    );
    expect(result.nextAction).toMatchObject({ key: 'next.fixListing', params: { listingId: 1 } });
    expect(result.dates).toEqual([]);
  });

  it('no version before the first one in force', () => {
    const { result } = run(
      [listing('cc-penalty-general', { decisionDate: '2019-01-02' })],
      [],
      '2019-05-01',
    );
    expect(result.issues[0]?.key).toBe('issue.noVersion');
  });
});

describe('the application clock (RULES.md §3)', () => {
  const filed = (date: string): CaseEvent => ({ type: 'filed', date });

  it('filed on a holiday: 2 wd acceptance skips the rest of National Day', () => {
    const { result, get } = run([samrList], [filed('2025-10-03')], '2025-10-09');
    expect(get('acceptanceDue')).toMatchObject({ date: '2025-10-10', status: 'upcoming' });
    expect(result.nextAction).toMatchObject({
      key: 'next.awaitAcceptance',
      params: { date: '2025-10-10' },
    });
  });

  it('Order 44 decides in 15 wd; overdue suggests a follow-up and an objection', () => {
    const events: CaseEvent[] = [filed('2025-09-19'), { type: 'accepted', date: '2025-09-22' }];
    const { result, get } = run([samrList], events, '2025-10-17');
    expect(get('acceptanceDue')).toMatchObject({ date: '2025-09-23', status: 'done' });
    // Counts the make-up Sunday 09-28 and Saturday 10-11, skips 10-01…10-08.
    expect(get('decisionDue')).toMatchObject({ date: '2025-10-17', status: 'dueToday' });
    expect(get('decisionDue')?.ruleVersionId).toBe('samr-serious-list@2021-09-01');
    const late = run([samrList], events, '2025-10-20');
    expect(late.get('decisionDue')?.status).toBe('overdue');
    expect(late.result.nextAction.key).toBe('next.followUpDecision');
    expect(result.nextAction.key).toBe('next.awaitDecision');
  });

  it('a supplement request stops the clock; complete material restarts it in full', () => {
    const base: CaseEvent[] = [
      filed('2026-01-05'),
      { type: 'accepted', date: '2026-01-06' },
      { type: 'supplementRequested', date: '2026-01-08' },
    ];
    const paused = run([samrList], base, '2026-01-20');
    expect(paused.get('decisionDue')).toBeUndefined();
    expect(paused.result.nextAction).toMatchObject({
      key: 'next.sendSupplement',
      params: { date: '2026-01-08' },
    });
    const resumed = run(
      [samrList],
      [...base, { type: 'materialsReceived', date: '2026-02-12' }],
      '2026-02-13',
    );
    // 7 wd from 2026-02-12 over the Spring Festival; Saturdays 02-14 and 02-28 are worked.
    expect(resumed.get('decisionDue')?.date).toBe('2026-02-28');
    expect(resumed.get('decisionDue')?.explanation.en).toContain(
      'Supplement requested 2026-01-08: the decision period stopped and restarts in full from the complete material received 2026-02-12.',
    );
  });

  it('an extension adds the regime’s 10 wd once', () => {
    const events: CaseEvent[] = [
      filed('2026-01-05'),
      { type: 'accepted', date: '2026-01-06' },
      { type: 'extension', date: '2026-01-10' },
      { type: 'extension', date: '2026-01-12' },
    ];
    const { result, get } = run([samrList], events, '2026-01-12');
    expect(get('decisionDue')?.date).toBe('2026-01-29');
    expect(result.issues.map((i) => i.key)).toEqual(['issue.extensionRepeated']);
  });

  it('an extension the rule does not provide changes nothing and says so', () => {
    const cc = listing('cc-penalty-general', { decisionDate: '2025-01-10' });
    const events: CaseEvent[] = [
      filed('2025-06-03'),
      { type: 'accepted', date: '2025-06-04' },
      { type: 'extension', date: '2025-06-10' },
    ];
    const { result, get } = run([cc], events, '2025-06-10');
    expect(get('decisionDue')?.date).toBe('2025-06-25');
    expect(get('decisionDue')?.explanation.en).toContain(
      'Not fixed by the regulation: the firm plans with 15 working days.',
    );
    expect(result.issues[0]?.key).toBe('issue.noExtension');
  });

  it('the court decides a correction request within 15 calendar days of filing, rolled past rest days', () => {
    const court = listing('court-dishonest-debtor', { listingDate: '2024-01-01' });
    const { get } = run([court], [filed('2025-09-16')], '2025-09-20');
    expect(get('decisionDue')?.date).toBe('2025-10-09');
    expect(get('decisionDue')?.explanation.en).toContain(
      '2025-10-01 is a rest day, so the last day is the next working day, 2025-10-09 (Civil Code art. 203)',
    );
  });

  it('repaired: publicity must stop within 3 wd; refused: objection or refile', () => {
    const events: CaseEvent[] = [filed('2026-01-05'), { type: 'accepted', date: '2026-01-06' }];
    const repaired = run(
      [samrList],
      [...events, { type: 'decided', date: '2026-01-09', outcome: 'repaired' }],
      '2026-01-16',
    );
    expect(repaired.get('decisionDue')?.status).toBe('done');
    expect(repaired.get('publicityStopDue')).toMatchObject({
      date: '2026-01-14',
      status: 'overdue',
    });
    expect(repaired.result.nextAction.key).toBe('next.checkPublicityStopped');
    const refused = run(
      [samrList],
      [...events, { type: 'decided', date: '2026-01-09', outcome: 'refused' }],
      '2026-01-16',
    );
    expect(refused.result.nextAction).toMatchObject({
      key: 'next.considerObjection',
      params: { date: '2026-01-09' },
    });
  });

  it('a repair revoked for fraud bars applications for 3 years and restarts the wait', () => {
    const events: CaseEvent[] = [
      filed('2026-01-05'),
      { type: 'decided', date: '2026-01-09', outcome: 'repaired' },
      { type: 'revoked', date: '2026-03-02' },
    ];
    const { result, get } = run([samrList], events, '2026-03-03');
    expect(get('reapplicationBarredUntil')?.date).toBe('2029-03-02');
    expect(get('mayApplyFrom')?.date).toBe('2027-03-03');
    expect(result.nextAction).toMatchObject({ key: 'next.barred', params: { date: '2029-03-02' } });
  });

  it('events for one listing do not touch the others', () => {
    const other = listing('tax-major-violation', { publicationDate: '2025-01-10' }, 2);
    const { get } = run(
      [samrList, other],
      [{ type: 'filed', date: '2026-01-05', listingId: 2 }],
      '2026-01-06',
    );
    expect(get('acceptanceDue', 1)).toBeUndefined();
    expect(get('acceptanceDue', 2)?.date).toBe('2026-01-07');
  });
});

describe('a record past its automatic end', () => {
  it('asks to check that it is gone, not to file', () => {
    const general = listing('cc-penalty-general', { decisionDate: '2025-09-30' });
    const result = evaluateCase({ listings: [general], events: [], today: '2026-11-22', calendar });
    expect(result.dates.find((d) => d.kind === 'automaticEnd')?.date).toBe('2026-09-30');
    expect(result.nextAction.key).toBe('next.endedAutomatically');
    expect(result.nextAction.text.en).toContain('after 2026-09-30');
  });
});

describe('same-day events', () => {
  it('keep the order they were logged in: refused, then re-filed the same day, is an open application', () => {
    const events: CaseEvent[] = [
      { type: 'filed', date: '2025-07-01' },
      { type: 'refusedToAccept', date: '2025-07-03' },
      { type: 'filed', date: '2025-07-03' },
    ];
    const { get } = run([samrList], events, '2025-07-04');
    expect(get('acceptanceDue')).toMatchObject({ status: 'upcoming' });
  });
});
