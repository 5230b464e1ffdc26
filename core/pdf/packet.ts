/**
 * The submission packet: cover sheet, index, then every enclosed document, numbered
 * "Page N of M" throughout. Page ranges in the index are exact because the documents are
 * measured first (pass 1), then the index's own length is laid out before anything is
 * drawn. What the packet leaves out comes in as lines, listed under the index.
 */
import { PDFDocument, type PDFImage } from 'pdf-lib';
import type { Lang } from '../messages';
import { drawBlocks, newDocument, type FontedDoc } from './draw';
import { dropPageNumbers, stampPageNumbers } from './footer';
import { sha256Hex } from './hash';
import { A4, MARGIN, paginate } from './layout';
import {
  coverBlocks,
  indexBlocks,
  pageLabel,
  unreadableLine,
  type EntryStatus,
  type IndexRow,
  type NotEnclosedLine,
  type PacketCover,
} from './packet-pages';

export type { PacketCover, EntryStatus, NotEnclosedLine } from './packet-pages';

export interface PacketEntry {
  name: string;
  sha256: string;
  kind: 'pdf' | 'image';
  bytes: Uint8Array;
  mime: string;
}

export interface PacketIndexEntry {
  name: string;
  sha256: string;
  status: EntryStatus;
  /** 1-based page numbers in the packet; null when the document could not be enclosed. */
  firstPage: number | null;
  lastPage: number | null;
}

export interface BuildPacketInput {
  cover: PacketCover;
  /** The documents to enclose, in checklist order; the index and the packet keep this order. */
  entries: PacketEntry[];
  /** What the packet does not enclose and why, in the packet's language (the pre-flight's findings). */
  notEnclosed?: NotEnclosedLine[];
  lang: Lang;
  fontBytes: Uint8Array;
  /** Steps done of total: one per entry read, cover and index, one per entry placed, saving. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface Packet {
  bytes: Uint8Array;
  sha256: string;
  pageCount: number;
  index: PacketIndexEntry[];
}

/** Bytes handed in do not match the hash they are listed under: never put them in a packet. */
export class PacketEntryHashMismatchError extends Error {
  constructor(
    readonly entryName: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(
      `"${entryName}" does not match its SHA-256 (expected ${expected}, got ${actual}); the packet was not built.`,
    );
    this.name = 'PacketEntryHashMismatchError';
  }
}

type Prepared =
  | { status: 'embedded'; pages: number; source: { pdf: PDFDocument } | { image: PDFImage } }
  | { status: 'unreadable'; pages: 0 };

/** Give a pending abort (or the UI) a turn between entries: pdf-lib's work is synchronous. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function prepare(entry: PacketEntry, fd: FontedDoc): Promise<Prepared> {
  try {
    if (entry.kind === 'pdf') {
      // Encrypted files throw here; copying their pages would produce unreadable pages.
      const pdf = await PDFDocument.load(entry.bytes, { updateMetadata: false });
      // The packet numbers every page; a letter's own "1 / 1" would sit on top of it.
      dropPageNumbers(pdf);
      const pages = pdf.getPageCount();
      return pages > 0
        ? { status: 'embedded', pages, source: { pdf } }
        : { status: 'unreadable', pages: 0 };
    }
    const image =
      entry.mime.toLowerCase() === 'image/png'
        ? await fd.doc.embedPng(entry.bytes)
        : await fd.doc.embedJpg(entry.bytes);
    return { status: 'embedded', pages: 1, source: { image } };
  } catch {
    return { status: 'unreadable', pages: 0 };
  }
}

const CAPTION = 9;

/** One image on its own A4 page (landscape for a wide image), captioned, never enlarged. */
function placeImage(fd: FontedDoc, image: PDFImage, caption: string): void {
  const [w, h] = image.width > image.height ? [A4[1], A4[0]] : A4;
  const page = fd.doc.addPage([w, h]);
  const captionY = h - MARGIN.top + 8;
  page.drawText(caption, { x: MARGIN.side, y: captionY, size: CAPTION, font: fd.font });
  const boxW = w - 2 * MARGIN.side;
  const boxH = captionY - 12 - MARGIN.bottom;
  const scale = Math.min(1, boxW / image.width, boxH / image.height);
  const iw = image.width * scale;
  const ih = image.height * scale;
  page.drawImage(image, {
    x: (w - iw) / 2,
    y: MARGIN.bottom + (boxH - ih) / 2,
    width: iw,
    height: ih,
  });
}

export async function buildPacket(input: BuildPacketInput): Promise<Packet> {
  const { cover, entries, lang, signal, onProgress } = input;
  const total = 2 * entries.length + 2;
  let done = 0;
  const step = async () => {
    done += 1;
    onProgress?.(done, total);
    await breathe();
    signal?.throwIfAborted();
  };
  signal?.throwIfAborted();

  for (const entry of entries) {
    const actual = await sha256Hex(entry.bytes);
    if (actual !== entry.sha256)
      throw new PacketEntryHashMismatchError(entry.name, entry.sha256, actual);
  }

  const title = lang === 'zh' ? '信用修复申请材料' : 'Credit Repair Submission Packet';
  const fd = await newDocument(input.fontBytes, `${title} — ${cover.client.name}`);

  // Pass 1: read every document to learn its page count.
  const prepared: Prepared[] = [];
  for (const entry of entries) {
    prepared.push(await prepare(entry, fd));
    await step();
  }
  const enclosed = entries.flatMap((e, i) => (prepared[i]!.status === 'embedded' ? [i] : []));
  const notEnclosed: NotEnclosedLine[] = [
    ...(input.notEnclosed ?? []),
    ...entries
      .filter((_, i) => prepared[i]!.status !== 'embedded')
      .map((e) => ({ text: unreadableLine(e.name, lang), sha256: e.sha256 })),
  ];

  // Pass 2: the cover and index lengths, hence every document's first page.
  const coverLayout = coverBlocks(cover, enclosed.length, lang, fd.measure);
  const coverPages = paginate(coverLayout).length;
  const rows = (range: (i: number) => readonly [number, number]): IndexRow[] =>
    enclosed.map((i) => ({
      name: entries[i]!.name,
      sha256: entries[i]!.sha256,
      firstPage: range(i)[0],
      lastPage: range(i)[1],
    }));
  const indexPages = paginate(
    indexBlocks(
      rows(() => [0, 0]),
      notEnclosed,
      lang,
      fd.measure,
    ),
  ).length;
  let next = coverPages + indexPages + 1;
  const ranges = prepared.map((p) => {
    if (p.status !== 'embedded') return null;
    const range = [next, next + p.pages - 1] as const;
    next += p.pages;
    return range;
  });
  drawBlocks(fd, coverLayout);
  const drawnIndex = drawBlocks(
    fd,
    indexBlocks(
      rows((i) => ranges[i]!),
      notEnclosed,
      lang,
      fd.measure,
    ),
  );
  if (drawnIndex.length !== indexPages)
    throw new Error('Index layout changed between measuring and drawing.');
  await step();

  // Pass 3: the documents themselves. Pages copied from a PDF get their number in a band
  // below them (copied): Xiufu's own pages have a free bottom margin.
  const copied = new Set<number>();
  for (const [i, p] of prepared.entries()) {
    if (p.status === 'embedded') {
      if ('pdf' in p.source) {
        const pages = await fd.doc.copyPages(p.source.pdf, p.source.pdf.getPageIndices());
        for (const page of pages) {
          copied.add(fd.doc.getPageCount());
          fd.doc.addPage(page);
        }
      } else {
        placeImage(fd, p.source.image, `${i + 1}. ${entries[i]!.name}`);
      }
    }
    await step();
  }

  stampPageNumbers(fd, pageLabel(lang), (i) => copied.has(i));
  const bytes = await fd.doc.save();
  signal?.throwIfAborted();
  const sha256 = await sha256Hex(bytes);
  done += 1;
  onProgress?.(done, total);
  return {
    bytes,
    sha256,
    pageCount: fd.doc.getPageCount(),
    index: entries.map(({ name, sha256: hash }, i) => ({
      name,
      sha256: hash,
      status: prepared[i]!.status,
      firstPage: ranges[i]?.[0] ?? null,
      lastPage: ranges[i]?.[1] ?? null,
    })),
  };
}
