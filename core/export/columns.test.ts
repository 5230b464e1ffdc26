import { describe, expect, it } from 'vitest';
import type { CaseSummary, Client } from '../types';
import { caseColumns, caseRow, clientRow, exportFilename } from './columns';

const summary: CaseSummary = {
  id: 3,
  clientId: 7,
  clientName: '',
  clientIdNumber: '3301**********1234',
  stage: 'supplement',
  assignee: '',
  listingCount: 2,
  regimeIds: ['samr-serious-list'],
  nextDue: null,
  createdAt: '2026-02-28T15:30:00.000Z',
  updatedAt: '2026-02-28T16:30:00.000Z',
  archivedAt: null,
};

describe('export columns', () => {
  it('writes a case as its row reads: an erased client named so, its stage in words, its day in the zone', () => {
    expect(caseRow(summary, 'zh', 'Asia/Shanghai')).toEqual([
      '已删除个人信息的客户',
      '3301**********1234',
      '要求补正',
      2,
      '',
      null,
      '2026-03-01',
    ]);
    expect(caseRow(summary, 'en', 'UTC')[6]).toBe('2026-02-28');
    expect(caseColumns('en').map((c) => c.type)).toEqual([
      'text',
      'text',
      'text',
      'number',
      'text',
      'date',
      'date',
    ]);
  });

  it('keeps a client’s masked ID number as the list gave it, and names its kind', () => {
    const person = { name: '张三', idNumber: '3301**********1234', kind: 'person' } as Client;
    expect(clientRow(person, 'zh')).toEqual(['张三', '3301**********1234', '个人']);
  });

  it('names the file by the list and the day', () => {
    expect(exportFilename('agenda', 'csv', '2026-12-01')).toBe('xiufu-agenda-2026-12-01.csv');
  });
});
