/**
 * Line breaking and pagination, independent of pdf-lib: a caller passes a measure
 * function (the embedded font's widths), so the packet can know how many pages its index
 * takes before drawing anything, and tests can lay out text without a font.
 */

/** A4 in PDF points (1/72 inch). */
export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = { top: 64, bottom: 64, side: 60 } as const;
/** Body width on an A4 page. */
export const TEXT_WIDTH = A4[0] - 2 * MARGIN.side;
export const LINE_HEIGHT = 1.6;

/** Width of a text at a size, in the bold face when asked (a document without one measures the regular). */
export type Measure = (text: string, size: number, bold?: boolean) => number;

/** Han, kana, hangul, CJK punctuation and full-width forms: a line may break around each. */
const CJK =
  /[\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\ud840-\ud87f][\udc00-\udfff]/u;
/** Never at the start of a line (Chinese line-breaking rules, and Latin punctuation). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’…%,.;:!?)]}']);
/** Never at the end of a line. */
const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{']);

/**
 * Split into unbreakable pieces: each CJK character alone, each Latin word whole, runs
 * of spaces as one ' '. Punctuation is glued to its neighbour so that no line starts
 * with a closing mark or ends with an opening one.
 */
export function tokenize(text: string): string[] {
  const raw: string[] = [];
  let word = '';
  const flush = () => {
    if (word) raw.push(word);
    word = '';
  };
  for (const ch of text.replace(/[\t\r\n\f\v]/g, ' ')) {
    if (ch === ' ' || ch === '\u00a0') {
      flush();
      if (raw[raw.length - 1] !== ' ') raw.push(' ');
    } else if (CJK.test(ch)) {
      flush();
      raw.push(ch);
    } else {
      word += ch;
    }
  }
  flush();

  const tokens: string[] = [];
  let carry = '';
  for (const tok of raw) {
    const last = tokens[tokens.length - 1];
    if (NO_LINE_START.has(tok[0]!) && last !== undefined && last !== ' ' && !carry) {
      tokens[tokens.length - 1] = last + tok;
    } else if (tok !== ' ' && NO_LINE_END.has(tok[tok.length - 1]!)) {
      carry += tok;
    } else {
      tokens.push(carry + tok);
      carry = '';
    }
  }
  if (carry) tokens.push(carry);
  return tokens;
}

/** Tabs, line breaks and no-break spaces as plain spaces, each run of spaces as one. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\t\r\n\f\v\u00a0]/g, ' ').replace(/ {2,}/g, ' ');
}

/**
 * Greedy line breaking over a normalized text (normalizeSpaces), as [start, end) offsets
 * of each line without its trailing space: a caller whose text changes face mid-line
 * (bold, italic) measures each range run by run. A piece wider than a line is cut between
 * characters.
 */
export function breakLines(
  text: string,
  maxWidth: number,
  width: (start: number, end: number) => number,
): [number, number][] {
  const lines: [number, number][] = [];
  let start = -1;
  let at = 0;
  const push = (end: number) => {
    while (end > start && text[end - 1] === ' ') end--;
    lines.push([start, end]);
    start = -1;
  };
  for (const tok of tokenize(text)) {
    const from = at;
    at += tok.length;
    if (tok === ' ') continue;
    if (start >= 0 && width(start, at) <= maxWidth) continue;
    if (start >= 0) push(from);
    if (width(from, at) <= maxWidth) {
      start = from;
      continue;
    }
    let c = from;
    for (const ch of tok) {
      if (start >= 0 && width(start, c + ch.length) > maxWidth) push(c);
      if (start < 0) start = c;
      c += ch.length;
    }
  }
  if (start >= 0) push(at);
  if (lines.length === 0) lines.push([0, 0]);
  return lines;
}

/** Greedy line breaking of plain text in one face. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const norm = normalizeSpaces(text);
  return breakLines(norm, maxWidth, (a, b) => measure(norm.slice(a, b))).map(([a, b]) =>
    norm.slice(a, b),
  );
}

/** A stretch of a line in one face and style. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface TextLine {
  text: string;
  /** The line's text run by run when its style changes along it; `text` is their concatenation. */
  runs?: Run[];
  /** A list item's bullet or number, drawn in the margin before the indent. */
  marker?: string;
  size: number;
  align?: 'left' | 'center';
  indent?: number;
  /** Drawn right-aligned on the same baseline (the index's page ranges). */
  right?: string;
}

export interface Block {
  lines: TextLine[];
  /** Space above the block, dropped at the top of a page. */
  gapBefore?: number;
  /** Move the whole block to the next page rather than split it (index rows). */
  keepTogether?: boolean;
}

export interface PlacedLine extends TextLine {
  /** Baseline, in PDF points from the bottom of the page. */
  y: number;
}

const lineHeight = (l: TextLine) => l.size * LINE_HEIGHT;

/** Place blocks top to bottom on A4 pages; returns the lines of each page. */
export function paginate(blocks: Block[], pageHeight = A4[1]): PlacedLine[][] {
  const top = pageHeight - MARGIN.top;
  const pages: PlacedLine[][] = [[]];
  let cursor = top;
  const newPage = () => {
    pages.push([]);
    cursor = top;
  };
  for (const block of blocks) {
    const gap = cursor === top ? 0 : (block.gapBefore ?? 0);
    const height = block.lines.reduce((h, l) => h + lineHeight(l), 0);
    if (block.keepTogether && cursor - gap - height < MARGIN.bottom && cursor !== top) newPage();
    else cursor -= gap;
    for (const line of block.lines) {
      if (cursor - lineHeight(line) < MARGIN.bottom && cursor !== top) newPage();
      // Baseline sits so that the line's extra leading is split above and below the glyphs.
      const y = cursor - line.size * (1 + (LINE_HEIGHT - 1) / 2);
      pages[pages.length - 1]!.push({ ...line, y });
      cursor -= lineHeight(line);
    }
  }
  return pages;
}

/** Wrap one paragraph into a block of lines at a size, within the body width less an indent. */
export function paragraphBlock(
  text: string,
  size: number,
  measure: Measure,
  opts: { gapBefore?: number; align?: 'left' | 'center'; indent?: number; width?: number } = {},
): Block {
  const indent = opts.indent ?? 0;
  const width = (opts.width ?? TEXT_WIDTH) - indent;
  return {
    gapBefore: opts.gapBefore,
    lines: wrapText(text, width, (s) => measure(s, size)).map((t) => ({
      text: t,
      size,
      align: opts.align,
      indent,
    })),
  };
}
