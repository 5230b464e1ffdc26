/**
 * Attachments as users send them: scanned PDFs (a JPEG page image per page, as a scanner
 * writes them) and PNG photos of papers. Every file is distinct (its own noise and its own
 * line of text), so the content-addressed store keeps each one, and each passes the attach
 * checks (the PDF loads with pages, the PNG decodes). Sizes are log-uniform between
 * 200 KB and 5 MB, the range of real scans, drawn from a seeded generator so reruns agree.
 */
import { randomBytes } from 'node:crypto';
import jpeg from 'jpeg-js';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PNG } from 'pngjs';

export const MIN_BYTES = 200 * 1024;
export const MAX_BYTES = 5 * 1024 * 1024;
/** A scanner's page is rarely more than this; larger documents have more pages. */
const PAGE_BYTES = 1.5 * 1024 * 1024;
/** Measured: jpeg-js at quality 85 on this paper-and-noise image (bytes a pixel). */
const JPEG_BYTES_PER_PIXEL = 1.59;
/** PNG of noisy RGB: the deflate stream cannot shrink it (bytes a pixel). */
const PNG_BYTES_PER_PIXEL = 3;
/** The share of PDFs among the attachments; the rest are PNG photos. */
const PDF_SHARE = 0.75;

export interface PlannedFile {
  index: number;
  kind: 'pdf' | 'png';
  /** The size aimed at; the file comes out within a few per cent of it. */
  target: number;
}

/** Small seeded generator (mulberry32): the same plan on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Files adding up to `totalBytes`, each 200 KB – 5 MB. */
export function planFiles(totalBytes: number): PlannedFile[] {
  const random = seeded(9);
  const files: PlannedFile[] = [];
  let sum = 0;
  while (sum < totalBytes) {
    const drawn = Math.round(MIN_BYTES * Math.pow(MAX_BYTES / MIN_BYTES, random()));
    const target = Math.max(MIN_BYTES, Math.min(drawn, totalBytes - sum));
    files.push({ index: files.length, kind: random() < PDF_SHARE ? 'pdf' : 'png', target });
    sum += target;
  }
  return files;
}

/** RGBA pixels of a sheet of paper: light, with the sensor noise that makes scans big. */
function paper(pixels: number): Buffer {
  const data = randomBytes(pixels * 4);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = 150 + (data[i]! >> 1);
    data[i + 3] = 255;
  }
  return data;
}

/** Width and height of an A4-shaped image of about `pixels` pixels. */
function a4(pixels: number): { width: number; height: number } {
  const width = Math.max(64, Math.round(Math.sqrt(pixels / Math.SQRT2)));
  return { width, height: Math.max(64, Math.round(width * Math.SQRT2)) };
}

async function scannedPdf(target: number, label: string): Promise<Uint8Array> {
  const pages = Math.max(1, Math.ceil(target / PAGE_BYTES));
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const { width, height } = a4(target / pages / JPEG_BYTES_PER_PIXEL);
    const scan = jpeg.encode({ data: paper(width * height), width, height }, 85);
    const image = await doc.embedJpg(new Uint8Array(scan.data));
    const page = doc.addPage([595, 842]);
    page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    page.drawText(`${label}, page ${n} of ${pages}`, { x: 72, y: 800, size: 11, font });
  }
  doc.setTitle(label);
  return doc.save();
}

function photoPng(target: number, label: string): Uint8Array {
  const { width, height } = a4(target / PNG_BYTES_PER_PIXEL);
  const png = new PNG({ width, height, colorType: 2 });
  png.data = paper(width * height);
  // The label's bytes in the first row: the noise already differs, this names the file too.
  Buffer.from(label).copy(png.data, 0);
  return new Uint8Array(PNG.sync.write(png, { colorType: 2, deflateLevel: 1 }));
}

export async function makeFile(
  f: PlannedFile,
): Promise<{ bytes: Uint8Array; filename: string; mime: string }> {
  const label = `Xiufu benchmark document ${f.index + 1}`;
  return f.kind === 'pdf'
    ? {
        bytes: await scannedPdf(f.target, label),
        filename: `scan-${f.index + 1}.pdf`,
        mime: 'application/pdf',
      }
    : {
        bytes: photoPng(f.target, label),
        filename: `photo-${f.index + 1}.png`,
        mime: 'image/png',
      };
}
