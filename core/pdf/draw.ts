/** pdf-lib glue shared by the text documents and the packet: font and lines (page numbers: footer.ts). */
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Fontkit } from 'pdf-lib/cjs/types/fontkit';
import {
  A4,
  MARGIN,
  paginate,
  type Block,
  type Measure,
  type PlacedLine,
  type Run,
} from './layout';

export interface FontedDoc {
  doc: PDFDocument;
  font: PDFFont;
  /** The bold face, when the document was given one (a letter's headings and bold words). */
  bold?: PDFFont;
  measure: Measure;
}

/**
 * @pdf-lib/fontkit 1.1.1 writes a TrueType subset's `loca` in the short format whenever
 * the subset is under 128 KB, halving offsets without padding glyph records to even
 * lengths: with Noto Sans SC most glyphs then come out blank, while pdftotext still reads
 * the text (upstream fontkit fixed this in 1.8, foliojs/fontkit#191; the fork never got
 * it). Forcing the long format, as upstream does for long-format sources, avoids it at
 * two bytes per glyph. The subset assigns `this.loca` afresh in encode(), so an accessor
 * on the instance sets the version before preEncode() would choose one.
 */
const fixedFontkit: Fontkit = {
  create(buffer, postscriptName) {
    const font = fontkit.create(buffer, postscriptName);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      let loca: { version?: number } | undefined;
      Object.defineProperty(subset, 'loca', {
        configurable: true,
        get: () => loca,
        set: (value: { version?: number } | undefined) => {
          if (value && value.version == null) value.version = 1;
          loca = value;
        },
      });
      return subset;
    };
    return font;
  },
};

/**
 * A new document with the CJK font embedded as a subset (only the glyphs used are stored),
 * and its bold face when given.
 */
export async function newDocument(
  fontBytes: Uint8Array,
  title: string,
  boldBytes?: Uint8Array,
): Promise<FontedDoc> {
  // No automatic metadata: pdf-lib would stamp its own producer and the current instant.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fixedFontkit);
  const font = await doc.embedFont(fontBytes, { subset: true });
  const bold = boldBytes ? await doc.embedFont(boldBytes, { subset: true }) : undefined;
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setProducer('Xiufu');
  doc.setCreator('Xiufu');
  const measure: Measure = (text, size, isBold) =>
    (isBold && bold ? bold : font).widthOfTextAtSize(text, size);
  return { doc, font, bold, measure };
}

const INK = rgb(0.1, 0.1, 0.1);

/** Italic without an italic face: the glyphs slanted, as a typesetter's oblique. */
const OBLIQUE = degrees(12);

/** Draw a line run by run from x: each run in its face, slanted or underlined as marked. */
function drawRuns(fd: FontedDoc, page: PDFPage, line: PlacedLine, x: number): void {
  for (const run of runsOf(line)) {
    const font = run.bold && fd.bold ? fd.bold : fd.font;
    const w = fd.measure(run.text, line.size, run.bold);
    page.drawText(run.text, {
      x,
      y: line.y,
      size: line.size,
      font,
      color: INK,
      ...(run.italic ? { ySkew: OBLIQUE } : {}),
    });
    if (run.underline) {
      const y = line.y - line.size * 0.12;
      page.drawLine({
        start: { x, y },
        end: { x: x + w, y },
        thickness: line.size * 0.06,
        color: INK,
      });
    }
    x += w;
  }
}

const runsOf = (line: PlacedLine): Run[] => line.runs ?? [{ text: line.text }];
const lineWidth = (fd: FontedDoc, line: PlacedLine) =>
  runsOf(line).reduce((w, r) => w + fd.measure(r.text, line.size, r.bold), 0);

/** Draw one page's placed lines on a fresh A4 page. */
export function drawPage(fd: FontedDoc, lines: PlacedLine[]): PDFPage {
  const page = fd.doc.addPage(A4);
  const [width] = A4;
  for (const line of lines) {
    const left = MARGIN.side + (line.indent ?? 0);
    if (line.text) {
      const x = line.align === 'center' ? (width - lineWidth(fd, line)) / 2 : left;
      drawRuns(fd, page, line, x);
    }
    if (line.marker) {
      const w = fd.measure(line.marker, line.size);
      page.drawText(line.marker, {
        x: left - 6 - w,
        y: line.y,
        size: line.size,
        font: fd.font,
        color: INK,
      });
    }
    if (line.right) {
      const w = fd.measure(line.right, line.size);
      page.drawText(line.right, {
        x: width - MARGIN.side - w,
        y: line.y,
        size: line.size,
        font: fd.font,
        color: INK,
      });
    }
  }
  return page;
}

/** Paginate and draw blocks; returns the text of every line drawn, page by page. */
export function drawBlocks(fd: FontedDoc, blocks: Block[]): string[][] {
  return paginate(blocks).map((lines) => {
    drawPage(fd, lines);
    return lines.flatMap((l) => [
      l.marker ? `${l.marker} ${l.text}` : l.text,
      ...(l.right ? [l.right] : []),
    ]);
  });
}
