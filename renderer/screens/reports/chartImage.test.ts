import { describe, expect, it } from 'vitest';
import { tsv } from './chartImage';

describe('a table as tab-separated text', () => {
  it('puts the header first and keeps every cell in its own column', () => {
    expect(
      tsv(
        ['主管机关', 'Rate'],
        [
          ['北京市海淀区', '100%'],
          ['a\tb\nc', '0%'],
        ],
      ),
    ).toBe('主管机关\tRate\n北京市海淀区\t100%\na b c\t0%');
  });
});
