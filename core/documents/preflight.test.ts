import { describe, expect, it } from 'vitest';
import type { CaseFile, ChecklistItem } from '../types';
import {
  describeNotEnclosed,
  describeProblems,
  notEnclosedLine,
  preflight,
  type FileHealth,
} from './preflight';

const TODAY = '2026-03-10';
let nextId = 1;
const file = (over: Partial<CaseFile> = {}): CaseFile => ({
  id: nextId++,
  caseId: 7,
  itemKey: 'x',
  sha256: 'ab'.repeat(32),
  filename: 'scan.pdf',
  mime: 'application/pdf',
  size: 10,
  addedAt: '2026-03-01T00:00:00.000Z',
  addedBy: 'Li',
  notEmbeddable: null,
  ...over,
});
const item = (documentId: string, over: Partial<ChecklistItem> = {}): ChecklistItem => ({
  documentId,
  name: { en: documentId, zh: `${documentId}（中）` },
  status: 'received',
  note: '',
  updatedAt: null,
  updatedBy: null,
  custom: false,
  required: true,
  validUntil: '',
  expiry: 'ok',
  files: [],
  ...over,
});
const ok = (...files: CaseFile[]) => new Map<number, FileHealth>(files.map((f) => [f.id, 'ok']));

describe('preflight', () => {
  it('a complete checklist encloses every file and finds nothing', () => {
    const a = file();
    const b = file({ mime: 'image/png', filename: 'b.png' });
    const result = preflight(
      [item('a', { files: [a] }), item('b', { status: 'verified', files: [b] })],
      ok(a, b),
      TODAY,
    );
    expect(result.problems).toEqual([]);
    expect(result.enclosed.map((e) => e.file.id)).toEqual([a.id, b.id]);
  });

  it('names a required document missing or requested; an optional one is not a problem', () => {
    const result = preflight(
      [
        item('a', { status: 'missing' }),
        item('b', { status: 'requested' }),
        item('c', { status: 'missing', required: false }),
      ],
      ok(),
      TODAY,
    );
    expect(result.problems.map((p) => [p.itemKey, p.kind])).toEqual([
      ['a', 'missing'],
      ['b', 'missing'],
    ]);
  });

  it('leaves out an expired document’s files, each named with its validity date', () => {
    const f = file();
    const result = preflight([item('a', { validUntil: '2026-03-09', files: [f] })], ok(f), TODAY);
    expect(result.enclosed).toEqual([]);
    expect(result.problems).toMatchObject([
      { kind: 'expired', detail: '2026-03-09', file: { id: f.id } },
    ]);
    // Valid through today: still fine.
    expect(
      preflight([item('a', { validUntil: TODAY, files: [f] })], ok(f), TODAY).problems,
    ).toEqual([]);
  });

  it('reports unreadable stored bytes and files the packet cannot hold, by cause', () => {
    const corrupt = file();
    const gone = file();
    const damaged = file();
    const docx = file({ filename: 'n.docx', notEmbeddable: 'type' });
    const locked = file({ filename: 'l.pdf', notEmbeddable: 'encrypted' });
    const health = new Map<number, FileHealth>([
      [corrupt.id, 'corrupt'],
      [damaged.id, 'unreadable'],
    ]);
    const result = preflight(
      [item('a', { files: [corrupt, gone, damaged, docx, locked] })],
      health,
      TODAY,
    );
    expect(result.problems.map((p) => [p.kind, p.detail])).toEqual([
      ['unreadable', 'corrupt'],
      ['unreadable', 'missing'],
      ['unreadable', 'unreadable'],
      ['notEmbeddable', 'type'],
      ['notEmbeddable', 'encrypted'],
    ]);
  });

  it('a document marked received with nothing attached would be silently absent: it is a problem', () => {
    expect(preflight([item('a')], ok(), TODAY).problems).toMatchObject([{ kind: 'noFile' }]);
  });

  it('paper originals are listed apart, not as problems; "not needed" adds nothing', () => {
    const result = preflight(
      [
        item('a', { status: 'paperOriginal', note: 'In the safe' }),
        item('b', { status: 'notNeeded', note: 'held' }),
      ],
      ok(),
      TODAY,
    );
    expect(result.problems).toEqual([]);
    expect(result.paper).toMatchObject([{ itemKey: 'a', detail: 'In the safe' }]);
    expect(result.notEnclosed).toEqual(result.paper);
  });
});

describe('index lines', () => {
  const name = { en: 'Business licence', zh: '营业执照' };
  it('say "not enclosed: <document> — <why>" in both languages', () => {
    const missing = { itemKey: 'b', name, kind: 'missing' as const, detail: '' };
    expect(notEnclosedLine(missing, 'en')).toBe(
      'Not enclosed: Business licence — missing (not received)',
    );
    expect(notEnclosedLine(missing, 'zh')).toBe('未附：营业执照 — 缺少（尚未收到）');
    const expired = {
      ...missing,
      kind: 'expired' as const,
      detail: '2025-12-31',
      file: { id: 1, filename: 'licence.png', sha256: 'ab' },
    };
    expect(notEnclosedLine(expired, 'en')).toBe(
      'Not enclosed: Business licence — licence.png: expired (valid until 2025-12-31)',
    );
    expect(notEnclosedLine(expired, 'zh')).toBe(
      '未附：营业执照 — licence.png：已过期（有效期至 2025-12-31）',
    );
  });

  it('a paper original reads "paper original, not enclosed: <note>"', () => {
    const paper = { itemKey: 'b', name, kind: 'paperOriginal' as const, detail: 'At the counter' };
    expect(notEnclosedLine(paper, 'en')).toBe(
      'Business licence — paper original, not enclosed: At the counter',
    );
    expect(notEnclosedLine(paper, 'zh')).toBe('营业执照 — 纸质原件，未附：At the counter');
  });

  it('every reason has words in both languages', () => {
    const kinds = [
      ['noFile', ''],
      ['notEmbeddable', 'type'],
      ['notEmbeddable', 'encrypted'],
      ['unreadable', 'corrupt'],
      ['unreadable', 'missing'],
      ['unreadable', 'unreadable'],
    ] as const;
    for (const [kind, detail] of kinds)
      for (const lang of ['en', 'zh'] as const)
        expect(describeNotEnclosed({ itemKey: 'b', name, kind, detail }, lang)).toMatch(/ — \S/);
    expect(
      describeProblems(
        [
          { itemKey: 'a', name, kind: 'missing', detail: '' },
          { itemKey: 'b', name, kind: 'noFile', detail: '' },
        ],
        'zh',
      ),
    ).toBe('营业执照 — 缺少（尚未收到）；营业执照 — 已标记为收到，但未添加文件');
  });
});
