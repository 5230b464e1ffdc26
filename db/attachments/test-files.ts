/**
 * Test fixtures: small but real documents (a PDF that parses, images that decode) and the
 * broken ones users send, made once here for unit, API and journey tests alike.
 */
import jpeg from 'jpeg-js';
import { PDFDocument, PDFHexString, PDFName, StandardFonts } from 'pdf-lib';
import { PNG } from 'pngjs';

/** An A4 PDF with one line of text on each page ("<text>, page n"). */
export async function samplePdf(opts: { pages?: number; text?: string } = {}): Promise<Uint8Array> {
  const { pages = 1, text = 'Sample document' } = opts;
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++)
    doc.addPage([595, 842]).drawText(`${text}, page ${n}`, { x: 72, y: 760, size: 16, font });
  return doc.save();
}

/** Pixels in a gentle gradient, so that images look like something in a packet. */
function pixels(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      data.set([200, 40 + ((y * 4) % 200), 60 + ((x * 3) % 180), 255], (y * width + x) * 4);
  return data;
}

export function samplePng(width = 48, height = 32): Uint8Array {
  const png = new PNG({ width, height });
  png.data = pixels(width, height);
  return new Uint8Array(PNG.sync.write(png));
}

export function sampleJpeg(width = 48, height = 32): Uint8Array {
  return new Uint8Array(jpeg.encode({ data: pixels(width, height), width, height }, 85).data);
}

/** A PDF whose trailer names an encryption dictionary, as a password-protected file does. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  const { context } = doc;
  context.trailerInfo.Encrypt = context.register(
    context.obj({
      Filter: PDFName.of('Standard'),
      V: 1,
      R: 2,
      P: -4,
      O: PDFHexString.of('00'.repeat(32)),
      U: PDFHexString.of('00'.repeat(32)),
    }),
  );
  return doc.save({ useObjectStreams: false });
}

/** The 17-byte "PDF": a PDF signature and nothing behind it. */
export const FAKE_PDF = new TextEncoder().encode('%PDF-1.4\n%garbage');
