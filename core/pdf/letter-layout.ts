/**
 * A letter document (core/documents/letter-doc) as blocks of styled lines: headings in the
 * bold face, paragraphs, and lists with their bullets or numbers in the margin. Line
 * breaking measures each run in its own face, so a bold word takes the width it prints at.
 */
import type {
  LetterBlock,
  LetterDoc,
  LetterList,
  LetterMark,
  LetterText,
} from '../documents/letter-doc';
import { breakLines, TEXT_WIDTH, type Block, type Measure, type Run } from './layout';

export const BODY_SIZE = 11;
const HEADING_SIZE = { 1: 17, 2: 14, 3: 12 } as const;
/** How far each level of a list moves in, in points. */
export const LIST_INDENT = 20;

interface Style {
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

const has = (t: LetterText, mark: LetterMark) => !!t.marks?.some((m) => m.type === mark);
const same = (a: Style, b: Style) =>
  a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;

/**
 * The text of some nodes with one style per character, spaces normalized across node
 * boundaries (a run of spaces is one space, in the style of its first).
 */
function styledText(texts: readonly LetterText[], forceBold: boolean) {
  let text = '';
  const styles: Style[] = [];
  for (const t of texts) {
    const style = {
      bold: forceBold || has(t, 'bold'),
      italic: has(t, 'italic'),
      underline: has(t, 'underline'),
    };
    for (const unit of t.text.replace(/[\t\r\n\f\v\u00a0]/g, ' ')) {
      if (unit === ' ' && text.endsWith(' ')) continue;
      text += unit;
      for (let i = 0; i < unit.length; i++) styles.push(style);
    }
  }
  return { text, styles };
}

/** [start, end) cut where the style changes. */
function runsOf(
  text: string,
  styles: Style[],
  start: number,
  end: number,
): (Run & { start: number })[] {
  const runs: (Run & { start: number })[] = [];
  for (let i = start; i < end; i++) {
    const last = runs[runs.length - 1];
    if (last && same(styles[last.start]!, styles[i]!)) last.text += text[i];
    else runs.push({ ...styles[i]!, text: text[i]!, start: i });
  }
  return runs;
}

/** Wrap styled text into a block within the body width less an indent. */
export function styledBlock(
  texts: readonly LetterText[],
  size: number,
  measure: Measure,
  opts: {
    gapBefore?: number;
    align?: 'left' | 'center';
    indent?: number;
    marker?: string;
    bold?: boolean;
  } = {},
): Block {
  const indent = opts.indent ?? 0;
  const { text, styles } = styledText(texts, opts.bold ?? false);
  // Widths add up character by character (pdf-lib measures advances, without kerning), so
  // a prefix sum makes every range O(1): the greedy breaker asks for one range per piece.
  const prefix = new Float64Array(text.length + 1);
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const w = measure(ch, size, styles[i]!.bold);
    prefix[i + 1] = prefix[i]!;
    if (ch.length === 2) prefix[i + 2] = prefix[i]! + w;
    else prefix[i + 1] = prefix[i]! + w;
    i += ch.length;
  }
  const width = (a: number, b: number) => prefix[b]! - prefix[a]!;
  return {
    gapBefore: opts.gapBefore,
    lines: breakLines(text, TEXT_WIDTH - indent, width).map(([a, b], i) => ({
      text: text.slice(a, b),
      runs: runsOf(text, styles, a, b).map(({ start: _, ...run }) => run),
      size,
      align: opts.align,
      indent,
      marker: i === 0 ? opts.marker : undefined,
    })),
  };
}

function listBlocks(list: LetterList, depth: number, measure: Measure): Block[] {
  const start = list.attrs?.start ?? 1;
  return list.content.flatMap((item, i) => {
    const marker = list.type === 'orderedList' ? `${start + i}.` : depth % 2 ? '•' : '◦';
    return item.content.flatMap((child, j) =>
      child.type === 'paragraph'
        ? [
            styledBlock(child.content ?? [], BODY_SIZE, measure, {
              gapBefore: 4,
              indent: depth * LIST_INDENT,
              marker: j === 0 ? marker : undefined,
            }),
          ]
        : listBlocks(child, depth + 1, measure),
    );
  });
}

/** A measure that asks the font once per character, size and face. */
function cachedMeasure(measure: Measure): Measure {
  const cache = new Map<string, number>();
  return (text, size, bold) => {
    const key = `${size}${bold ? 'b' : 'r'}${text}`;
    let w = cache.get(key);
    if (w === undefined) cache.set(key, (w = measure(text, size, bold)));
    return w;
  };
}

/** The letter's blocks, top to bottom, for paginate(). */
export function letterBlocks(doc: LetterDoc, fontMeasure: Measure): Block[] {
  const measure = cachedMeasure(fontMeasure);
  let previous: LetterBlock | null = null;
  const blocks: Block[] = [];
  for (const block of doc.content) {
    const afterTitle = previous?.type === 'heading' && previous.attrs.level === 1;
    if (block.type === 'heading') {
      const level = block.attrs.level;
      blocks.push(
        styledBlock(block.content ?? [], HEADING_SIZE[level], measure, {
          gapBefore: level === 1 ? 18 : 14,
          align: level === 1 ? 'center' : 'left',
          bold: true,
        }),
      );
    } else if (block.type === 'paragraph') {
      blocks.push(
        styledBlock(block.content ?? [], BODY_SIZE, measure, { gapBefore: afterTitle ? 18 : 6 }),
      );
    } else {
      blocks.push(...listBlocks(block, 1, measure));
    }
    previous = block;
  }
  return blocks;
}
