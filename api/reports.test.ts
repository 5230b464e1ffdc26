import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { REPORT_KINDS, reportInput, type ReportResult } from '../core/reports';
import { timeZone } from '../core/today';
import type { ReportJob } from '../jobs/report-ops';
import { runWorker } from '../jobs/run-worker';
import { receiveAll, testBackend, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

const NINGBO = '宁波市市场监督管理局';
const HANGZHOU = '杭州市市场监督管理局';
/** A 1×1 PNG. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

async function filedCase(name: string, idNumber: string, authority: string, assignee: string) {
  const client = await t.ok('clients.create', { kind: 'company', name, idNumber });
  const c = await t.ok('cases.create', {
    clientId: client.id,
    assignee,
    listings: [
      {
        regimeId: 'samr-serious-list',
        authority,
        decisionNo: `${name}〔2024〕1号`,
        decisionDate: '2024-05-20',
        listingDate: '2024-06-03',
      },
    ],
  });
  return (await receiveAll(t, c)).id;
}

/**
 * Hangzhou (Li): filed 5 Jan 2026, accepted 7 Jan, repaired 20 Jan — 9 working days after
 * acceptance. Ningbo (Wang): filed 2 Feb, accepted 3 Feb, refused 10 Feb.
 */
async function twoDecisions() {
  t = testBackend();
  const a = await filedCase('杭州甲科技有限公司', '91350100M000100Y43', HANGZHOU, 'Li');
  await t.ok('events.add', { caseId: a, type: 'filed', date: '2026-01-05', channel: 'online' });
  await t.ok('events.add', { caseId: a, type: 'accepted', date: '2026-01-07' });
  await t.ok('events.add', {
    caseId: a,
    type: 'decided',
    date: '2026-01-20',
    outcome: 'repaired',
    decisionNo: '杭市监修〔2026〕1号',
  });
  const b = await filedCase('宁波乙贸易有限公司', '91330200MA2AXXXX1F', NINGBO, 'Wang');
  await t.ok('events.add', { caseId: b, type: 'filed', date: '2026-02-02', channel: 'online' });
  await t.ok('events.add', { caseId: b, type: 'accepted', date: '2026-02-03' });
  await t.ok('events.add', {
    caseId: b,
    type: 'decided',
    date: '2026-02-10',
    outcome: 'refused',
    decisionNo: '甬市监〔2026〕2号',
    reasons: '材料不全',
  });
}

const RANGE = { from: '2026-01-01', to: '2026-03-31' };

describe('reports', () => {
  it('counts approvals per authority and regime, and honours each filter', async () => {
    await twoDecisions();
    const all = await t.ok('reports.get', { report: 'approval', ...RANGE });
    if (all.report !== 'approval') throw new Error(all.report);
    expect(all.data.byAuthority).toEqual(
      expect.arrayContaining([
        { key: HANGZHOU, decided: 1, approved: 1, rate: 1 },
        { key: NINGBO, decided: 1, approved: 0, rate: 0 },
      ]),
    );
    expect(all.data.byRegime).toEqual([
      { key: 'samr-serious-list', decided: 2, approved: 1, rate: 0.5 },
    ]);

    const only = async (filters: object) => {
      const r = await t.ok('reports.get', { report: 'approval', ...RANGE, ...filters });
      return r.report === 'approval' ? r.data.byAuthority.map((x) => x.key) : [];
    };
    expect(await only({ authority: NINGBO })).toEqual([NINGBO]);
    expect(await only({ assignee: 'Li' })).toEqual([HANGZHOU]);
    expect(await only({ to: '2026-01-31' })).toEqual([HANGZHOU]);
    expect(await only({ regimeId: 'cc-penalty-general' })).toEqual([]);
  });

  it('charts the stages month by month and the decision time in working days', async () => {
    await twoDecisions();
    const stages = await t.ok('reports.get', { report: 'stages', ...RANGE });
    if (stages.report !== 'stages') throw new Error(stages.report);
    expect(
      stages.data.months.map((m) => [m.month, m.filed, m.accepted, m.repaired, m.refused]),
    ).toEqual([
      ['2026-01', 1, 1, 1, 0],
      ['2026-02', 1, 1, 0, 1],
      ['2026-03', 0, 0, 0, 0],
    ]);

    const times = await t.ok('reports.get', { report: 'decisionTime', ...RANGE });
    if (times.report !== 'decisionTime') throw new Error(times.report);
    const hz = times.data.rows.find((r) => r.authority === HANGZHOU)!;
    // After 7 Jan through 20 Jan: 8, 9, 12–16, 19, 20 — past SAMR Order 107's 7 working days.
    expect(hz).toMatchObject({ decisions: 1, median: 9, p90: 9, late: 1 });
    expect(hz.legal).toEqual({ n: 7, unit: 'working' });
    const nb = times.data.rows.find((r) => r.authority === NINGBO)!;
    expect(nb).toMatchObject({ median: 5, p90: 5, late: 0 });
  });

  it('lists the workload and the filters’ choices', async () => {
    await twoDecisions();
    const choices = await t.ok('reportFilters.list', {});
    expect(choices.assignees).toEqual(['Li', 'Wang']);
    expect(choices.authorities).toEqual([HANGZHOU, NINGBO].sort());
    const w = await t.ok('reports.get', { report: 'workload' });
    // Both cases are decided: nothing is open.
    expect(w.report === 'workload' && w.data.rows).toEqual([]);
  });

  it('counts the cases waiting on an authority and those past their deadline, per assignee', async () => {
    await twoDecisions();
    // Filed in March and never accepted: the acceptance deadline has long passed.
    const c = await filedCase('杭州丙物流有限公司', '91330100716105852F', HANGZHOU, 'Zhou');
    await t.ok('events.add', { caseId: c, type: 'filed', date: '2026-03-02', channel: 'online' });
    const overdue = async (assignee = '') => {
      const r = await t.ok('reports.get', { report: 'overdue', assignee });
      if (r.report !== 'overdue') throw new Error(r.report);
      return r.data;
    };
    // Li's repaired case waits too, for the authority to stop publishing (also long past);
    // Wang's refusal leaves nothing to wait for.
    const all = await overdue();
    expect(all.rows).toEqual([{ authority: HANGZHOU, awaiting: 2, overdue: 2, rate: 1 }]);
    expect(all.total).toEqual({ awaiting: 2, overdue: 2, rate: 1 });
    expect((await overdue('Zhou')).rows).toEqual([
      { authority: HANGZHOU, awaiting: 1, overdue: 1, rate: 1 },
    ]);
    expect((await overdue('Wang')).rows).toEqual([]);
  });

  it('refuses a bad filter, saying which, and writes nothing', async () => {
    await twoDecisions();
    const before = t.snapshot();
    const backwards = await t.backend.dispatch(
      'reports.get',
      { report: 'stages', from: '2026-03-01', to: '2026-01-01' },
      { lang: 'zh' },
    );
    expect(backwards.ok).toBe(false);
    if (!backwards.ok) {
      expect(backwards.error.code).toBe('invalid');
      expect(backwards.error.field).toBe('to');
      expect(backwards.error.message).toContain('早于开始日');
    }
    for (const bad of [
      { report: 'stages', regimeId: 'no-such-regime' },
      { report: 'nothing' },
      { report: 'stages', from: '2026-02-30' },
      { report: 'stages', from: '2000-01-01', to: '2026-01-01' },
    ]) {
      const r = await t.backend.dispatch('reports.get', bad, { lang: 'en' });
      expect(r.ok, JSON.stringify(bad)).toBe(false);
    }
    expect(t.snapshot()).toBe(before);
  });

  it('makes a chart’s PDF page with its Chinese table, and refuses what is not a PNG', async () => {
    t = testBackend();
    const before = t.snapshot();
    const pdf = await t.ok('reports.preview', {
      title: '按主管机关的修复批准率',
      note: '批准 ÷ 已决定',
      png: PNG,
      columns: ['主管机关', '已决定', '批准', '批准率'],
      rows: [[HANGZHOU, '1', '1', '100%']],
    });
    const doc = await PDFDocument.load(Buffer.from(pdf.data, 'base64'));
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('按主管机关的修复批准率');
    const notPng = await t.backend.dispatch(
      'reports.preview',
      {
        title: 'x',
        png: Buffer.from('GIF89a-not-a-png').toString('base64'),
        columns: ['a'],
        rows: [],
      },
      { lang: 'en' },
    );
    expect(notPng.ok).toBe(false);
    if (!notPng.ok) expect(notPng.error.message).toMatch(/not a PNG/);
    expect(t.snapshot()).toBe(before);
  });

  it('answers every report the same from a worker thread, the path of a large folder', async () => {
    await twoDecisions();
    for (const report of REPORT_KINDS) {
      const input = { report, from: '2026-01-01', to: '2026-03-31' };
      const onServer = await t.ok('reports.get', input);
      const job: ReportJob = { dataDir: t.dir, zone: timeZone(), input: reportInput.parse(input) };
      const threaded = await runWorker<ReportResult, 'reports-worker'>('reports-worker', job, {
        bundledDir: undefined,
      }).result;
      expect(threaded, report).toEqual(onServer);
    }
  }, 60_000);
});
