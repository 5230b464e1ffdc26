import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { samplePdf } from '../db/attachments/test-files';
import { samrCase, testBackend, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

const ITEM = 'repair-application';

/** Begins an upload and sends every chunk; finishing it is left to the caller. */
async function staged(t: TestBackend, filename: string, bytes: Uint8Array): Promise<string> {
  const { uploadId } = await t.ok('uploads.begin', {
    filename,
    mime: 'application/pdf',
    size: bytes.length,
  });
  await t.ok('uploads.chunk', { uploadId, index: 0, data: bytes });
  return uploadId;
}

const nextTurn = () => new Promise((r) => setImmediate(r));

/**
 * Resolves at a chosen point of an attach in progress, seen from the data folder: once its
 * temporary copy of the bytes has come and gone (the store found the content already
 * there and is about to record the row: the window the issue found), or after `n` turns
 * of the event loop.
 */
async function pointOfAttach(dir: string, how: 'tempGone' | number, done: () => boolean) {
  if (typeof how === 'number') {
    for (let i = 0; i < how && !done(); i++) await nextTurn();
    return;
  }
  const tmp = join(dir, 'files', 'tmp');
  const temps = () => (existsSync(tmp) ? readdirSync(tmp).length : 0);
  while (temps() === 0 && !done()) await nextTurn();
  while (temps() > 0 && !done()) await nextTurn();
}

describe('removing and attaching the same bytes at once', () => {
  it('never leaves a row pointing at a deleted file (40 rounds through dispatch)', async () => {
    t = testBackend();
    const c = await samrCase(t);
    const bytes = await samplePdf({ text: 'The same bytes, again and again' });
    const first = await staged(t, 'round-0.pdf', bytes);
    await t.ok('uploads.finish', { uploadId: first, caseId: c.id, itemKey: ITEM });

    for (let round = 1; round <= 40; round++) {
      const live = (await t.ok('cases.get', { id: c.id })).checklist.find(
        (i) => i.documentId === ITEM,
      )!.files;
      const uploadId = await staged(t, `round-${round}.pdf`, bytes);
      let finished = false;
      const attach = t.backend
        .dispatch('uploads.finish', { uploadId, caseId: c.id, itemKey: ITEM })
        .finally(() => (finished = true));
      await pointOfAttach(t.dir, round % 2 ? 'tempGone' : round * 10, () => finished);
      const removed = await Promise.all(
        live.map((f) => t.backend.dispatch('files.remove', { id: f.id })),
      );
      expect((await attach).ok).toBe(true);
      expect(removed.every((r) => r.ok)).toBe(true);
      const { files } = await t.ok('files.verify', { id: c.id });
      expect(files, `round ${round}`).toHaveLength(1);
      expect(
        files.every((f) => f.ok),
        `round ${round}: ${JSON.stringify(files)}`,
      ).toBe(true);
    }
  });
});
