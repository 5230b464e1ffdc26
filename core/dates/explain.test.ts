import { describe, expect, it } from 'vitest';
import { spanText, zhNumber } from './explain';

describe('explanation helpers', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [25, '二十五'],
    [105, '一百零五'],
    [110, '一百一十'],
    [202, '二百零二'],
    [2000, '二千'],
  ])('zhNumber(%i) = %s', (n, zh) => {
    expect(zhNumber(n)).toBe(zh);
  });

  it('spans read naturally in both languages', () => {
    expect(spanText({ years: 1 }, 'en')).toBe('one year');
    expect(spanText({ months: 3 }, 'en')).toBe('three months');
    expect(spanText({ years: 1, months: 6 }, 'en')).toBe('one year and six months');
    expect(spanText({ months: 3 }, 'zh')).toBe('三个月');
    expect(spanText({ years: 3 }, 'zh')).toBe('三年');
  });
});
