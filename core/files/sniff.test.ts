import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { sniff } from './sniff';

const text = (s: string) => new TextEncoder().encode(s);
/** A 1×1 PNG. */
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
/** A zip whose first entry is named `name` (enough for a signature). */
function zipWith(name: string): Uint8Array {
  const file = text(name);
  const header = new Uint8Array(30 + file.length + 4);
  header.set([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0]);
  header[26] = file.length;
  header.set(file, 30);
  header.set(text('data'), 30 + file.length);
  return header;
}

describe('sniff', () => {
  it('knows a PDF, a PNG and a JPEG by their signatures', async () => {
    const pdf = await (await PDFDocument.create()).save();
    expect(await sniff(pdf)).toBe('pdf');
    expect(await sniff(PNG)).toBe('png');
    expect(
      await sniff(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0])),
    ).toBe('jpg');
  });

  it('a 17-byte fake PDF still carries the PDF signature (decoding finds it out)', async () => {
    expect(await sniff(text('%PDF-1.4\n%garbage'))).toBe('pdf');
  });

  it('knows ZIP-based files (OFD, Office without its manifest first) and older Office files', async () => {
    expect(await sniff(zipWith('Doc_0/Document.xml'))).toBe('zip');
    expect(await sniff(zipWith('word/document.xml'))).toBe('zip');
    expect(
      await sniff(
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)]),
      ),
    ).toBe('cfb');
  });

  it('plain text (any encoding without NUL bytes) is text; other bytes are unknown', async () => {
    expect(await sniff(text('付款凭证 receipt no. 1234\n'))).toBe('text');
    expect(await sniff(new Uint8Array([1, 0, 2, 3]))).toBe('unknown');
    expect(await sniff(new Uint8Array())).toBe('unknown');
  });
});
