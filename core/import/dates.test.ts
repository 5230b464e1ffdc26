import { describe, expect, it } from 'vitest';
import { fromExcelSerial, readDate } from './dates';

describe('readDate', () => {
  it.each([
    ['2025-06-03', '2025-06-03'],
    ['2025/6/3', '2025-06-03'],
    ['2025.6.3', '2025-06-03'],
    ['2025年6月3日', '2025-06-03'],
    ['２０２５年６月３日', '2025-06-03'],
    [' 2025-06-03 00:00:00 ', '2025-06-03'],
    ['2025-06-03T08:30', '2025-06-03'],
    ['2024/2/29', '2024-02-29'],
    ['45811', '2025-06-03'],
    [45811, '2025-06-03'],
    [45811.75, '2025-06-03'],
    [new Date(Date.UTC(2025, 5, 3)), '2025-06-03'],
    ['', ''],
    [null, ''],
  ])('reads %j as %s', (cell, expected) => {
    expect(readDate(cell)).toBe(expected);
  });

  it.each([
    '2025-02-30',
    '2023/2/29',
    '2025年13月1日',
    '3 June 2025',
    'soon',
    '2025-6',
    '06/03/2025',
  ])('refuses %j', (cell) => {
    expect(readDate(cell)).toBeNull();
  });
});

describe('fromExcelSerial', () => {
  it('counts from 1899-12-31 and skips the 29 February 1900 that Excel invents', () => {
    expect(fromExcelSerial(1)).toBe('1900-01-01');
    expect(fromExcelSerial(59)).toBe('1900-02-28');
    expect(fromExcelSerial(60)).toBeNull();
    expect(fromExcelSerial(61)).toBe('1900-03-01');
    expect(fromExcelSerial(43831)).toBe('2020-01-01');
  });

  it('refuses what is no serial', () => {
    expect(fromExcelSerial(0)).toBeNull();
    expect(fromExcelSerial(-3)).toBeNull();
    expect(fromExcelSerial(Number.NaN)).toBeNull();
    expect(fromExcelSerial(1e9)).toBeNull();
  });
});
