/** pdf-lib glue shared by the text documents and the packet: font and lines (page numbers: footer.ts). */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Fontkit } from 'pdf-lib/cjs/types/fontkit';
import { A4, MARGIN, paginate, type Block, type PlacedLine } from './layout';

export interface FontedDoc {
  doc: PDFDocument;
  font: PDFFont;
  measure: (text: string, size: number) => number;
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

/** A new document with the CJK font embedded as a subset (only the glyphs used are stored). */
export async function newDocument(fontBytes: Uint8Array, title: string): Promise<FontedDoc> {
  // No automatic metadata: pdf-lib would stamp its own producer and the current instant.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fixedFontkit);
  const font = await doc.embedFont(fontBytes, { subset: true });
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setProducer('Xiufu');
  doc.setCreator('Xiufu');
  return { doc, font, measure: (text, size) => font.widthOfTextAtSize(text, size) };
}

const INK = rgb(0.1, 0.1, 0.1);

/** Draw one page's placed lines on a fresh A4 page. */
export function drawPage(fd: FontedDoc, lines: PlacedLine[]): PDFPage {
  const page = fd.doc.addPage(A4);
  const [width] = A4;
  for (const line of lines) {
    if (line.text) {
      const w = fd.measure(line.text, line.size);
      const x = line.align === 'center' ? (width - w) / 2 : MARGIN.side + (line.indent ?? 0);
      page.drawText(line.text, { x, y: line.y, size: line.size, font: fd.font, color: INK });
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
    return lines.flatMap((l) => [l.text, ...(l.right ? [l.right] : [])]);
  });
}
