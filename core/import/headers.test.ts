import { describe, expect, it } from 'vitest';
import { headerSetKey, normaliseHeader, recogniseHeader, recogniseHeaders } from './headers';

describe('recogniseHeader', () => {
  it.each([
    ['统一社会信用代码', 'idNumber'],
    [' 社会信用代码 ', 'idNumber'],
    ['ＵＳＣＣ', 'idNumber'],
    ['USCC', 'idNumber'],
    ['文号', 'decisionNo'],
    ['Decision No.', 'decisionNo'],
    ['decision  number', 'decisionNo'],
    ['列入日期', 'listingDate'],
    ['Listing Date', 'listingDate'],
    ['企业名称', 'clientName'],
    ['名称', 'clientName'],
    ['Client name', 'clientName'],
    ['决定机关', 'authority'],
    ['类型', 'regime'],
    ['Regime', 'regime'],
    ['提交申请日期', 'filedDate'],
    ['罚款金额（元）', 'penaltyAmount'],
  ])('%s → %s', (header, field) => {
    expect(recogniseHeader(header)).toBe(field);
  });

  it('leaves unknown headers unmapped', () => {
    expect(recogniseHeader('联系电话')).toBeNull();
    expect(recogniseHeader('')).toBeNull();
  });
});

describe('recogniseHeaders', () => {
  it('gives a field to its first column only', () => {
    expect(recogniseHeaders(['名称', '企业名称', '文号', '电话'])).toEqual([
      'clientName',
      'ignore',
      'decisionNo',
      'ignore',
    ]);
  });
});

describe('headerSetKey', () => {
  it('is the same set whatever the order, width or case', () => {
    expect(headerSetKey(['文号', 'USCC'])).toBe(headerSetKey(['ｕｓｃｃ ', '文号']));
    expect(headerSetKey(['文号'])).not.toBe(headerSetKey(['文号', 'USCC']));
    expect(normaliseHeader('Decision No.')).toBe('decisionno');
  });
});
