import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTestFont } from '../core/pdf/test-font';
import { AttachmentCorruptError, AttachmentMissingError } from '../db/attachments/errors';
import { createAttachmentStore } from '../db/attachments/store';
import { FAKE_PDF, samplePdf, samplePng } from '../db/attachments/test-files';
import type { HealthJobResult, PacketJob, PacketJobResult } from './packet-job';
import { JobCancelledError, runWorker } from './run-worker';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xiufu-packet-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Stores the files and describes a packet enclosing them. */
async function jobOf(files: { bytes: Uint8Array; mime: string }[]): Promise<PacketJob> {
  const store = createAttachmentStore(dir);
  const entries = [];
  for (const [i, f] of files.entries()) {
    const { sha256 } = await store.put({ bytes: f.bytes }, (r) => r);
    const kind = f.mime === 'application/pdf' ? ('pdf' as const) : ('image' as const);
    entries.push({ name: `Document ${i + 1}`, sha256, kind, mime: f.mime });
  }
  return {
    op: 'render',
    dataDir: dir,
    entries,
    build: {
      cover: {
        client: { name: '远航物流有限公司', idNumber: '91330106MA2B3C4D5E' },
        listings: [],
        date: '2026-11-30',
        preparer: 'Tester',
      },
      lang: 'zh',
      fontBytes: await loadTestFont(),
    },
  };
}

const run = (job: PacketJob, onProgress?: (done: number, total: number) => void) =>
  runWorker<PacketJobResult, 'packet-worker'>('packet-worker', job, {
    onProgress: (_phase, done, total) => onProgress?.(done, total),
  });

describe('a packet rendered in a worker thread', () => {
  it('reads the files from the store, renders every page and hands back the bytes and their hash', async () => {
    const job = await jobOf([
      { bytes: await samplePdf({ pages: 3 }), mime: 'application/pdf' },
      { bytes: samplePng(), mime: 'image/png' },
    ]);
    const seen: number[] = [];
    const packet = await run(job, (done) => seen.push(done)).result;
    expect(packet.bytes).toBeInstanceOf(Uint8Array);
    expect(createHash('sha256').update(packet.bytes).digest('hex')).toBe(packet.sha256);
    // cover + index + 3 pages + the image
    expect(packet.pageCount).toBe(6);
    expect((await PDFDocument.load(packet.bytes)).getPageCount()).toBe(6);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('refuses a file whose bytes changed or vanished, naming its hash', async () => {
    const job = await jobOf([{ bytes: await samplePdf(), mime: 'application/pdf' }]);
    const { sha256 } = job.entries[0]!;
    const path = createAttachmentStore(dir).path(sha256);
    writeFileSync(path, 'tampered');
    await expect(run(job).result).rejects.toSatisfy(
      (e) => e instanceof AttachmentCorruptError && e.sha256 === sha256,
    );
    rmSync(path);
    await expect(run(job).result).rejects.toSatisfy(
      (e) => e instanceof AttachmentMissingError && e.sha256 === sha256,
    );
  });

  it('stops when cancelled', async () => {
    const job = await jobOf([{ bytes: await samplePdf({ pages: 40 }), mime: 'application/pdf' }]);
    const running = run(job, () => running.cancel());
    await expect(running.result).rejects.toBeInstanceOf(JobCancelledError);
  });
});

describe("a pre-flight's reading of large files in a worker thread", () => {
  it('re-hashes and decodes each file: ok, corrupt, missing or unreadable, by hash', async () => {
    const store = createAttachmentStore(dir);
    const put = async (bytes: Uint8Array) => (await store.put({ bytes }, (r) => r)).sha256;
    const good = await put(await samplePdf());
    const tampered = await put(await samplePdf({ text: 'other' }));
    const gone = await put(samplePng());
    const fake = await put(FAKE_PDF);
    writeFileSync(store.path(tampered), 'tampered');
    rmSync(store.path(gone));
    const pdf = 'application/pdf';
    const { result } = runWorker<HealthJobResult, 'packet-worker'>('packet-worker', {
      op: 'health',
      dataDir: dir,
      files: [
        { sha256: good, mime: pdf },
        { sha256: tampered, mime: pdf },
        { sha256: gone, mime: 'image/png' },
        { sha256: fake, mime: pdf },
      ],
    });
    expect(await result).toEqual({
      [good]: 'ok',
      [tampered]: 'corrupt',
      [gone]: 'missing',
      [fake]: 'unreadable',
    });
  });
});
