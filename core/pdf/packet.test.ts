import { PDFDocument, degrees } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FOOTER_BAND } from './footer';
import { sha256Hex } from './hash';
import { draftDoc } from '../documents/letter-doc';
import { renderLetter } from './letter-pdf';
import {
  buildPacket,
  PacketEntryHashMismatchError,
  type PacketCover,
  type PacketEntry,
} from './packet';
import { loadTestBoldFont, loadTestFont } from './test-font';

let fontBytes: Uint8Array;
beforeAll(async () => {
  fontBytes = await loadTestFont();
});

const cover: PacketCover = {
  client: { name: '福州闽江贸易有限公司', idNumber: '91350100M000100Y43', legalRep: '陈建国' },
  listings: [
    {
      regimeId: 'samr-serious-list',
      authority: '福州市市场监督管理局',
      decisionNo: '榕市监罚〔2024〕118号',
      decisionDate: '2024-05-20',
      listingDate: '2024-06-03',
    },
  ],
  date: '2025-06-04',
  preparer: '李娜',
};

/** A 1×1 PNG. */
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

async function pdfOfPages(n: number, rotate = 0): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < n; i++) doc.addPage([300, 400]).setRotation(degrees(rotate));
  return doc.save();
}

async function entry(
  name: string,
  kind: PacketEntry['kind'],
  mime: string,
  bytes: Uint8Array,
): Promise<PacketEntry> {
  return { name, kind, mime, bytes, sha256: await sha256Hex(bytes) };
}

async function sample(): Promise<PacketEntry[]> {
  return [
    await entry('营业执照.pdf', 'pdf', 'application/pdf', await pdfOfPages(2)),
    await entry('缴款凭证.png', 'image', 'image/png', PNG),
  ];
}

/** Every page's text, through pdf.js (unpdf). */
async function pagesText(bytes: Uint8Array): Promise<string[]> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), {
    mergePages: false,
  });
  return text;
}

describe('buildPacket', () => {
  it('puts cover, index, a 2-page PDF and an image together with exact page ranges', async () => {
    const entries = await sample();
    const progress: [number, number][] = [];
    const checkpoint = { count: 41, hash: 'c0'.repeat(32), at: '2025-06-04T02:30:00.000Z' };
    const packet = await buildPacket({
      cover: { ...cover, checkpoint },
      entries,
      notEnclosed: [
        {
          text: '未附：情况说明 — 情况说明.docx：只有 PDF、PNG 和 JPEG 文件可以附入材料包',
          sha256: 'ab'.repeat(32),
        },
      ],
      lang: 'zh',
      fontBytes,
      onProgress: (done, total) => progress.push([done, total]),
    });
    // cover 1 + index 1 + PDF 2 + image 1; the .docx is listed only.
    expect(packet.pageCount).toBe(5);
    expect((await PDFDocument.load(packet.bytes)).getPageCount()).toBe(5);
    expect(packet.index).toEqual([
      {
        name: '营业执照.pdf',
        sha256: entries[0]!.sha256,
        status: 'embedded',
        firstPage: 3,
        lastPage: 4,
      },
      {
        name: '缴款凭证.png',
        sha256: entries[1]!.sha256,
        status: 'embedded',
        firstPage: 5,
        lastPage: 5,
      },
    ]);
    expect(packet.sha256).toBe(await sha256Hex(packet.bytes));
    // Progress climbs one step at a time to its total.
    expect(progress.map(([d]) => d)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(progress.every(([, t]) => t === 6)).toBe(true);
    const [coverText, indexText] = (await pagesText(packet.bytes)).map((p) =>
      p.replace(/\s+/g, ''),
    );
    // The cover anchors the history as it stood: the chain's head, its count and time.
    expect(coverText).toContain('历史记录校验点：共41条记录，生成于2025-06-0402:30:00UTC');
    expect(coverText).toContain(`哈希值（SHA-256）：${checkpoint.hash}`);
    const index = indexText!;
    expect(index).toContain('未附入本材料包');
    expect(index).toContain('未附：情况说明—情况说明.docx');
    expect(index).toContain('ab'.repeat(32));
  });

  it('reserves as many index pages as the index needs', async () => {
    const many = await Promise.all(
      Array.from({ length: 70 }, (_, i) =>
        entry(
          `附件 ${i + 1} 一个很长的文件名称用于测试目录分页 a rather long attachment name.png`,
          'image',
          'image/png',
          PNG,
        ),
      ),
    );
    const last = await entry('proof.pdf', 'pdf', 'application/pdf', await pdfOfPages(3, 90));
    const notEnclosed = Array.from({ length: 20 }, (_, i) => ({
      text: `Not enclosed: Proof ${i} — missing (not received)`,
    }));
    const packet = await buildPacket({
      cover,
      entries: [...many, last],
      notEnclosed,
      lang: 'en',
      fontBytes,
    });
    const row = packet.index[packet.index.length - 1]!;
    expect(row.lastPage).toBe(packet.pageCount);
    expect(row.firstPage).toBe(packet.pageCount - 2);
    // The first document follows the cover and more than one index page, so the reservation mattered.
    expect(packet.index[0]!.firstPage! - 1 - 1).toBeGreaterThan(1);
    expect(packet.index.map((e) => e.firstPage)).toEqual(
      packet.index.map((_, i) => packet.index[0]!.firstPage! + i),
    );
  });

  it('lists a PDF that fails to load as not enclosed instead of failing or dropping it silently', async () => {
    const bad = await entry(
      'broken.pdf',
      'pdf',
      'application/pdf',
      new TextEncoder().encode('not a pdf'),
    );
    const packet = await buildPacket({ cover, entries: [bad], lang: 'en', fontBytes });
    expect(packet.index[0]).toMatchObject({ status: 'unreadable', firstPage: null });
    expect(packet.pageCount).toBe(2);
    expect((await pagesText(packet.bytes))[1]).toContain(
      'Not enclosed: broken.pdf: the file could not be read when the packet was built',
    );
  });

  it('numbers a letter’s pages once: its own "1 / 1" goes, the packet’s number sits in a band below the page', async () => {
    const { bytes: letter } = await renderLetter(
      draftDoc({ title: 'Integrity Commitment Letter', paragraphs: ['We commit.'] }),
      { fontBytes, boldFontBytes: await loadTestBoldFont() },
    );
    expect((await pagesText(letter))[0]).toContain('1 / 1');
    const packet = await buildPacket({
      cover,
      entries: [await entry('letter.pdf', 'pdf', 'application/pdf', letter)],
      lang: 'en',
      fontBytes,
    });
    const pages = await pagesText(packet.bytes);
    expect(pages[2]).toContain('We commit.');
    expect(pages[2]).toContain('Page 3 of 3');
    expect(pages[2]).not.toContain('1 / 1');
    const pdf = await PDFDocument.load(packet.bytes);
    // Cover and index keep A4; the copied page grew by the band, at its foot.
    expect(Math.round(pdf.getPage(0).getHeight())).toBe(842);
    const copied = pdf.getPage(2).getCropBox();
    expect([copied.y, Math.round(copied.height)]).toEqual([-FOOTER_BAND, 842 + FOOTER_BAND]);
  });

  it('puts the band at the reader’s foot of a rotated page', async () => {
    const packet = await buildPacket({
      cover,
      entries: [await entry('scan.pdf', 'pdf', 'application/pdf', await pdfOfPages(1, 90))],
      lang: 'en',
      fontBytes,
    });
    const box = (await PDFDocument.load(packet.bytes)).getPage(2).getCropBox();
    // /Rotate 90 shows the media box's right edge at the bottom.
    expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, 300 + FOOTER_BAND, 400]);
  });

  it('refuses bytes that do not match their SHA-256', async () => {
    const [pdf] = await sample();
    const wrong = { ...pdf!, sha256: '0'.repeat(64) };
    await expect(
      buildPacket({ cover, entries: [wrong], lang: 'zh', fontBytes }),
    ).rejects.toBeInstanceOf(PacketEntryHashMismatchError);
  });

  it('stops with an AbortError when cancelled mid-way', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = buildPacket({
      cover,
      entries: await sample(),
      lang: 'zh',
      fontBytes,
      signal: controller.signal,
      onProgress: (done) => {
        seen.push(done);
        if (done === 2) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(Math.max(...seen)).toBe(2);
  });
});
