import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvHeader, csvLines } from '../export/csv';
import type { Lang } from '../messages';
import { auditColumnNames, auditCsvRows } from './csv';
import type { AuditEntry } from './types';

/** The file as the export writes it: the shared CSV rules over the audit log's rows. */
const auditCsvHeader = (lang: Lang, zone: string) => csvHeader(auditColumnNames(lang, zone));
const auditCsvLines = (entries: AuditEntry[], lang: Lang, zone: string) =>
  csvLines(entries.flatMap((e) => auditCsvRows(e, lang, zone)));

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-03-01T16:30:00.000Z',
  actor: '李娜',
  entity: 'client',
  entityId: 7,
  action: 'update',
  before: { name: '闽江贸易', address: 'A' },
  after: { name: '闽江贸易', address: '福州市, "鼓楼区"\n五一路 1 号' },
  erasedAt: null,
  client: { id: 7, name: '闽江贸易有限公司' },
  caseId: null,
  listing: null,
  ...over,
});

const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

describe('audit CSV', () => {
  it('starts with a byte-order mark and names the columns in the user’s language', () => {
    const en = auditCsvHeader('en', 'Asia/Shanghai');
    expect(en.startsWith(CSV_BOM)).toBe(true);
    expect(parse(en.slice(1))[0]).toEqual([
      'Time (Asia/Shanghai)',
      'Person',
      'Kind',
      'Client',
      'Case',
      'Field',
      'Before',
      'After',
    ]);
    expect(parse(auditCsvHeader('zh', 'UTC').slice(1))[0]).toEqual([
      '时间（UTC）',
      '操作人',
      '类型',
      '客户',
      '案件',
      '字段',
      '变更前',
      '变更后',
    ]);
  });

  it('writes one line per changed field, Chinese kept, commas, quotes and line breaks quoted', () => {
    const text = auditCsvLines([entry({})], 'zh', 'Asia/Shanghai');
    expect(text).toContain('"福州市, ""鼓楼区""\n五一路 1 号"');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parse(text)).toEqual([
      [
        '2026-03-02 00:30',
        '李娜',
        '客户：修改',
        '闽江贸易有限公司',
        '',
        '地址',
        'A',
        '福州市, "鼓楼区"\n五一路 1 号',
      ],
    ]);
    // The time is the user's day, not UTC's.
    expect(parse(auditCsvLines([entry({})], 'en', 'UTC'))[0]![0]).toBe('2026-03-01 16:30');
  });

  it('names the case and the listing, shows values as people read them, and a new record field by field', () => {
    const rows = auditCsvRows(
      entry({
        entity: 'listing',
        action: 'create',
        before: null,
        after: { regimeId: 'samr-serious-list', penaltyFen: 125050, penaltyPaid: true, id: 3 },
        caseId: 12,
        listing: { regimeId: 'samr-serious-list', decisionNo: '杭市监严〔2024〕8号' },
      }),
      'en',
      'UTC',
    );
    expect(rows.map((r) => r.slice(2))).toEqual([
      [
        'Listing: Created SAMR seriously illegal and dishonest list 杭市监严〔2024〕8号',
        '闽江贸易有限公司',
        '闽江贸易有限公司 #12',
        'regime',
        '',
        'SAMR seriously illegal and dishonest list',
      ],
      expect.arrayContaining(['penalty', '', '1250.50']),
      expect.arrayContaining(['penalty paid', '', 'yes']),
    ]);
  });

  it('says when an entry’s content was erased, and keeps an entry that changed no field', () => {
    const erased = entry({ before: null, after: null, erasedAt: '2026-04-01T00:00:00.000Z' });
    expect(auditCsvRows(erased, 'en', 'UTC')[0]!.slice(5)).toEqual([
      'Content erased on 2026-04-01 00:00 (UTC)',
      '',
      '',
    ]);
    const archived = entry({ action: 'archive', before: null, after: null });
    expect(auditCsvRows(archived, 'en', 'UTC')).toHaveLength(1);
  });

  it('keeps a spreadsheet from running a recorded value as a formula', () => {
    const text = auditCsvLines(
      [entry({ before: { notes: '' }, after: { notes: '=HYPERLINK("x")' } })],
      'en',
      'UTC',
    );
    expect(parse(text)[0]![7]).toBe('\'=HYPERLINK("x")');
  });
});
