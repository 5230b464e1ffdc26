import { describe, expect, it } from 'vitest';
import { sha256Hex } from './hash';
import { MARGIN, paginate, tokenize, wrapText, type Block } from './layout';

/** Every character one unit wide: widths are just lengths. */
const len = (s: string) => [...s].length;

describe('line breaking', () => {
  it('breaks Latin text at spaces only', () => {
    expect(wrapText('the quick brown fox jumps', 10, len)).toEqual([
      'the quick',
      'brown fox',
      'jumps',
    ]);
  });

  it('breaks CJK text between any two characters', () => {
    expect(wrapText('本单位郑重作出如下承诺', 4, len)).toEqual(['本单位郑', '重作出如', '下承诺']);
  });

  it('keeps closing punctuation off the start of a line and opening marks off its end', () => {
    expect(tokenize('承诺，如下')).toEqual(['承', '诺，', '如', '下']);
    expect(tokenize('榕市监罚〔2024〕118号')).toEqual([
      '榕',
      '市',
      '监',
      '罚',
      '〔2024〕',
      '118',
      '号',
    ]);
    const lines = wrapText('甲乙丙，丁戊己。', 3, len);
    for (const l of lines) expect('，。').not.toContain(l[0]);
  });

  it('mixes scripts and cuts a word longer than a line', () => {
    expect(wrapText('SAMR 市场监管 list', 6, len)).toEqual(['SAMR 市', '场监管', 'list']);
    expect(wrapText('0123456789abcdef', 6, len)).toEqual(['012345', '6789ab', 'cdef']);
  });

  it('keeps an empty paragraph as one empty line and never loses text', () => {
    expect(wrapText('', 10, len)).toEqual(['']);
    const text =
      '申请人 Fuzhou Minjiang Trading Co., Ltd. 统一社会信用代码 91350100M000100Y43，法定代表人陈建国。';
    const lines = wrapText(text, 12, len);
    expect(lines.every((l) => len(l) <= 12)).toBe(true);
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
  });
});

describe('pagination', () => {
  const line = (text: string) => ({ text, size: 10 });
  it('fills a page and continues on the next, inside the margins', () => {
    const blocks: Block[] = Array.from({ length: 100 }, (_, i) => ({ lines: [line(`l${i}`)] }));
    const pages = paginate(blocks);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flat()).toHaveLength(100);
    for (const l of pages.flat()) expect(l.y).toBeGreaterThanOrEqual(MARGIN.bottom);
  });

  it('moves a keep-together block to the next page whole', () => {
    const filler: Block = { lines: Array.from({ length: 44 }, () => line('x')) };
    const pair: Block = { keepTogether: true, lines: [line('a'), line('b'), line('c')] };
    const pages = paginate([filler, pair]);
    expect(pages.map((p) => p.length)).toEqual([44, 3]);
  });
});

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vector', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
