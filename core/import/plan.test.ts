import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../messages';
import { headerSetKey, normaliseHeader, recogniseHeaders } from './headers';
import { planImport, type ExistingRecords } from './plan';
import type { Cell, ImportSheet, Mapping } from './types';

const HEADERS = [
  '案件编号',
  '企业名称',
  '统一社会信用代码',
  '类型',
  '决定机关',
  '文号',
  '决定日期',
  '列入日期',
  '提交申请日期',
  '受理日期',
];
const A = '91110000100000001W';
const B = '91310000200000002Q';

function sheet(rows: Cell[][], headers = HEADERS): ImportSheet {
  return { file: 'cases.csv', name: 'cases', headers, rows };
}

function mappingOf(headers: string[]): Mapping {
  const targets = recogniseHeaders(headers);
  return Object.fromEntries(headers.map((h, i) => [normaliseHeader(h), targets[i]!]));
}

const row = (over: Partial<Record<string, Cell>> = {}): Cell[] => {
  const base: Record<string, Cell> = {
    案件编号: '',
    企业名称: '北京甲公司',
    统一社会信用代码: A,
    类型: '严重违法失信名单',
    决定机关: '北京市市场监督管理局',
    文号: '京市监严〔2024〕1号',
    决定日期: '2024/3/1',
    列入日期: '2024年3月5日',
    提交申请日期: '',
    受理日期: '',
    ...over,
  };
  return HEADERS.map((h) => base[h] ?? null);
};

const plan = (rows: Cell[][], existing?: ExistingRecords, skipped = new Set<string>()) =>
  planImport([sheet(rows)], mappingOf(HEADERS), skipped, existing);

const problemsOf = (p: ReturnType<typeof plan>) =>
  p.problems.map((x) => ({
    row: x.row,
    field: x.field,
    severity: x.severity,
    key: decodeMessage(x.message).key,
    params: decodeMessage(x.message).params,
  }));

describe('planImport', () => {
  it('makes one client, one case and its listings from clean rows', () => {
    const p = plan([
      row(),
      row({ 文号: '京市监严〔2024〕2号' }),
      row({ 企业名称: '上海乙公司', 统一社会信用代码: B }),
    ]);
    expect(p.problems).toEqual([]);
    expect(p.blocked).toBe(false);
    expect(p.counts).toMatchObject({ rows: 3, clientsNew: 2, listings: 3, cases: 2, events: 0 });
    expect(p.cases[0]!.listings[0]).toMatchObject({
      regimeId: 'samr-serious-list',
      decisionDate: '2024-03-01',
      listingDate: '2024-03-05',
    });
  });

  it('names a wrong check character, an unknown regime, an impossible date and a missing value at their cells', () => {
    const p = plan([
      row({ 统一社会信用代码: '91110000100000001X' }),
      row({ 类型: '红名单' }),
      row({ 决定日期: '2024-02-30' }),
      row({ 决定机关: '' }),
    ]);
    expect(problemsOf(p)).toEqual([
      {
        row: 2,
        field: 'idNumber',
        severity: 'error',
        key: 'uscc.check',
        params: { expected: 'W', actual: 'X' },
      },
      {
        row: 3,
        field: 'regime',
        severity: 'error',
        key: 'import.regimeUnknown',
        params: { value: '红名单' },
      },
      {
        row: 4,
        field: 'decisionDate',
        severity: 'error',
        key: 'import.dateUnreadable',
        params: { value: '2024-02-30' },
      },
      { row: 5, field: 'authority', severity: 'error', key: 'field.required', params: {} },
    ]);
    expect(p.blocked).toBe(true);
    expect(p.counts.rowsWithErrors).toBe(4);
  });

  it('finds dates out of order: listing before decision, filing before listing, acceptance before filing', () => {
    const p = plan([
      row({ 列入日期: '2024-02-01' }),
      row({
        统一社会信用代码: B,
        企业名称: '乙',
        提交申请日期: '2024-03-02',
        受理日期: '2024-03-01',
      }),
    ]);
    const keys = problemsOf(p).map((x) => [x.row, x.field, x.key]);
    expect(keys).toEqual([
      [2, 'listingDate', 'listing.dateOrder'],
      [3, 'filedDate', 'import.filedBeforeListing'],
      [3, 'acceptedDate', 'import.acceptedBeforeFiled'],
    ]);
  });

  it('matches an existing client by code, warns of another name, and refuses a listing it has', () => {
    const existing: ExistingRecords = {
      client: (id) => (id === A ? { id: 7, name: '北京甲有限公司', archived: false } : null),
      hasListing: (clientId, _regime, no) => clientId === 7 && no === '京市监严〔2024〕2号',
    };
    const p = plan([row(), row({ 文号: '京市监严〔2024〕2号' })], existing);
    expect(problemsOf(p).map((x) => [x.row, x.severity, x.key])).toEqual([
      [2, 'note', 'import.clientMatched'],
      [2, 'warning', 'import.clientNameDiffers'],
      [3, 'error', 'import.listingExists'],
    ]);
    expect(p.counts).toMatchObject({ clientsNew: 0, clientsMatched: 1 });
    expect(p.clients[0]!.existingId).toBe(7);
  });

  it('names a duplicate row and lets a skipped row go', () => {
    const dup = plan([row(), row()]);
    expect(problemsOf(dup)).toEqual([
      {
        row: 3,
        field: 'decisionNo',
        severity: 'error',
        key: 'import.duplicateRow',
        params: { row: 2 },
      },
    ]);
    const skipped = plan([row(), row()], undefined, new Set(['0:3']));
    expect(skipped.blocked).toBe(false);
    expect(skipped.counts).toMatchObject({ rows: 2, skipped: 1, listings: 1 });
  });

  it('groups rows by case reference and turns the event columns into events', () => {
    const p = plan([
      row({ 案件编号: 'C-1', 提交申请日期: '2025-04-01' }),
      row({ 案件编号: 'C-1', 文号: '2号', 受理日期: '2025-04-03' }),
      row({ 案件编号: 'C-2', 文号: '3号' }),
    ]);
    expect(p.problems).toEqual([]);
    expect(p.cases.map((c) => c.listings.length)).toEqual([2, 1]);
    expect(p.cases[0]!.events.map((e) => [e.type, e.date])).toEqual([
      ['filed', '2025-04-01'],
      ['accepted', '2025-04-03'],
    ]);
  });

  it('refuses a case reference shared by two clients', () => {
    const p = plan([
      row({ 案件编号: 'C-1' }),
      row({ 案件编号: 'C-1', 统一社会信用代码: B, 企业名称: '乙' }),
    ]);
    expect(problemsOf(p).map((x) => x.key)).toEqual(['import.caseOtherClient']);
  });

  it('fixes a row when the mapping changes: a column mapped to the wrong date', () => {
    const headers = [...HEADERS.slice(0, 8), '日期'];
    const rows = [[...row().slice(0, 7), '2024-03-05', '2024-01-01']];
    const wrong = {
      ...mappingOf(headers),
      [normaliseHeader('列入日期')]: 'ignore',
      日期: 'listingDate',
    } as Mapping;
    expect(
      problemsOf(planImport([sheet(rows, headers)], wrong, new Set())).map((x) => x.key),
    ).toEqual(['listing.dateOrder']);
    const right = mappingOf(headers);
    expect(planImport([sheet(rows, headers)], right, new Set()).blocked).toBe(false);
    expect(headerSetKey(headers)).toContain('日期');
  });
});
