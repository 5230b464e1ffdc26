import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { newDocument } from './draw';
import { loadTestFont } from './test-font';

/** The embedded TrueType program (FontFile2) of the only font in a PDF. */
function embeddedFont(pdf: PDFDocument): Uint8Array {
  for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    const ref = obj.get(PDFName.of('FontFile2'));
    if (!ref) continue;
    const stream = pdf.context.lookup(ref);
    if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode();
  }
  throw new Error('no FontFile2 in the PDF');
}

describe('embedded font subset', () => {
  // pdftotext reads text from the ToUnicode map even when glyphs are blank, so the only
  // honest check is the glyph outlines themselves: each subset glyph must equal the original.
  it('keeps every glyph outline intact (the fontkit short-loca bug)', async () => {
    const fontBytes = await loadTestFont();
    const text =
      '守信承诺书 统一社会信用代码 91350100M000100Y43 法定代表人陈建国 Integrity Commitment';
    const fd = await newDocument(fontBytes, 'glyphs');
    fd.doc.addPage().drawText(text, { x: 20, y: 400, size: 12, font: fd.font });
    const pdf = await PDFDocument.load(await fd.doc.save());

    const original = fontkit.create(fontBytes);
    const subset = fontkit.create(embeddedFont(pdf));
    const ids = [...new Set(original.layout(text).glyphs.map((g) => g.id))];
    expect(subset.numGlyphs).toBe(ids.length + 1); // + .notdef
    ids.forEach((id, i) => {
      const want = original.getGlyph(id).path.toSVG();
      expect(subset.getGlyph(i + 1).path.toSVG()).toBe(want);
    });
  });
});
