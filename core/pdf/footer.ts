/**
 * Page numbers that never overlap another footer. Xiufu writes its own numbers as a
 * pagination artifact (PDF 32000-1 §14.8.2.2: not part of the document's content) in a
 * content stream of their own, so a packet can leave a letter's "1 / 1" out when it
 * numbers the letter's pages itself; and a page copied from any other document gets a
 * band below it for the packet's number, so whatever that document printed at its foot
 * stays clear of it.
 */
import {
  PDFArray,
  PDFName,
  PDFOperator,
  PDFOperatorNames as Ops,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
  degrees,
  drawText,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  type PDFDocument,
  type PDFPage,
} from 'pdf-lib';
import type { FontedDoc } from './draw';

/** Distance of a page number's baseline from the page's visible bottom edge. */
const FOOTER = 28;
const FOOTER_SIZE = 9;
/** Height of the band added below a copied page; the number sits in it. */
export const FOOTER_BAND = 24;
const BAND_BASELINE = 9;

type Rotation = 0 | 90 | 180 | 270;
const rotationOf = (page: PDFPage) => (((page.getRotation().angle % 360) + 360) % 360) as Rotation;

/**
 * Grows the page's visible box by a band at the edge the reader sees as the bottom
 * (which side of the media box that is follows /Rotate). Nothing of the page is moved
 * or covered.
 */
function addFooterBand(page: PDFPage): void {
  const { x, y, width, height } = page.getCropBox();
  const b = FOOTER_BAND;
  const grown = {
    0: [x, y - b, width, height + b],
    90: [x, y, width + b, height],
    180: [x, y, width, height + b],
    270: [x - b, y, width + b, height],
  }[rotationOf(page)] as [number, number, number, number];
  const media = page.getMediaBox();
  const left = Math.min(media.x, grown[0]);
  const bottom = Math.min(media.y, grown[1]);
  const right = Math.max(media.x + media.width, grown[0] + grown[2]);
  const top = Math.max(media.y + media.height, grown[1] + grown[3]);
  page.setMediaBox(left, bottom, right - left, top - bottom);
  page.setCropBox(...grown);
}

/** The marked-content properties of a page number: a footer, part of the pagination. */
const ARTIFACT = '<< /Type /Pagination /Subtype /Footer >>';

/** Draws one label, centred at the reader's bottom, in a content stream of its own. */
function stampLabel(fd: FontedDoc, page: PDFPage, text: string, fromEdge: number): void {
  const w = fd.measure(text, FOOTER_SIZE);
  const { x: x0, y: y0, width, height } = page.getCropBox();
  const rotation = rotationOf(page);
  const at = {
    0: { x: x0 + (width - w) / 2, y: y0 + fromEdge },
    90: { x: x0 + width - fromEdge, y: y0 + (height - w) / 2 },
    180: { x: x0 + (width + w) / 2, y: y0 + height - fromEdge },
    270: { x: x0 + fromEdge, y: y0 + (height + w) / 2 },
  }[rotation];
  const font = page.node.newFontDictionary(fd.font.name, fd.font.ref);
  const ops = [
    pushGraphicsState(),
    PDFOperator.of(Ops.BeginMarkedContentSequence, [PDFName.of('Artifact'), ARTIFACT]),
    ...drawText(fd.font.encodeText(text), {
      ...at,
      font,
      size: FOOTER_SIZE,
      color: rgb(0.35, 0.35, 0.35),
      rotate: degrees(rotation),
      xSkew: degrees(0),
      ySkew: degrees(0),
    }),
    PDFOperator.of(Ops.EndMarkedContent),
    popGraphicsState(),
  ];
  const stream = fd.doc.context.register(fd.doc.context.contentStream(ops));
  page.node.addContentStream(stream);
}

/**
 * Stamps "n of m" on every page. Pages for which `banded` is true (pages copied from
 * other documents) first get a band below them, and their number goes there; Xiufu's own
 * pages keep it in their bottom margin, which nothing else uses.
 */
export function stampPageNumbers(
  fd: FontedDoc,
  label: (n: number, total: number) => string,
  banded: (index: number) => boolean = () => false,
): void {
  const pages = fd.doc.getPages();
  pages.forEach((page, i) => {
    const band = banded(i);
    if (band) addFooterBand(page);
    stampLabel(fd, page, label(i + 1, pages.length), band ? BAND_BASELINE : FOOTER);
  });
}

const PAGINATION = /^\s*q\s*\/Artifact\s*<<\s*\/Type\s*\/Pagination\b[^]*?>>\s*BDC[^]*?EMC\s*Q\s*$/;

/** A content stream that holds nothing but one pagination artifact (a page number). */
function isPaginationOnly(doc: PDFDocument, ref: unknown): boolean {
  const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
  if (!(stream instanceof PDFRawStream)) return false;
  try {
    const text = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
    return PAGINATION.test(text) && text.split('BDC').length === 2;
  } catch {
    return false;
  }
}

/**
 * Drops the page numbers a document drew as a stream-wide pagination artifact (Xiufu's
 * letters do), so that inside a packet only the packet numbers the page. The rest of
 * each page is left exactly as it was. Returns how many streams were dropped.
 */
export function dropPageNumbers(doc: PDFDocument): number {
  let dropped = 0;
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const array = contents instanceof PDFRef ? doc.context.lookup(contents) : contents;
    if (!(array instanceof PDFArray)) continue;
    const kept = array.asArray().filter((ref) => !isPaginationOnly(doc, ref));
    if (kept.length === array.size() || kept.length === 0) continue;
    dropped += array.size() - kept.length;
    page.node.set(PDFName.of('Contents'), doc.context.obj(kept));
  }
  return dropped;
}
