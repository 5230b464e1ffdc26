import { PDFDocument } from 'pdf-lib';
import { deflateSync, crc32 } from 'node:zlib';
function png(width=480, height=320) {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0); body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length); return out;
  };
  const header = Buffer.alloc(13); header.writeUInt32BE(width, 0); header.writeUInt32BE(height, 4); header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let i = 0; i < rows.length; i++) rows[i] = (i * 7919) % 251;
  return Buffer.concat([Buffer.from([0x89,0x50,0x4e,0x47,0x0d,0x0a,0x1a,0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
const p = png();
for (const [n, b] of [['full', p], ['trunc90', p.subarray(0, Math.floor(p.length*0.9))], ['trunc50', p.subarray(0, Math.floor(p.length*0.5))], ['header', p.subarray(0, 40)]] as const) {
  try { const d = await PDFDocument.create(); const img = await d.embedPng(b); console.log(n, 'ok', img.width, img.height); }
  catch (e) { console.log(n, 'throws', (e as Error).message); }
}
