import { describe, expect, it } from 'vitest';
import { decodeCsv } from './decode';

// "名称,文号" in GB18030 (GBK) bytes.
const GBK = new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xce, 0xc4, 0xba, 0xc5]);

describe('decodeCsv', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const plain = new TextEncoder().encode('名称,文号');
    expect(decodeCsv(plain)).toEqual({ text: '名称,文号', encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeCsv(bom)).toEqual({ text: '名称,文号', encoding: 'utf-8' });
  });

  it('reads GB18030 when the bytes are not UTF-8', () => {
    expect(decodeCsv(GBK)).toEqual({ text: '名称,文号', encoding: 'gb18030' });
  });
});
