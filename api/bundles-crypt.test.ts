/**
 * Case bundles and encrypted folders: the bundle is a plain file (its files decrypted into
 * it, as the export dialog says); imported into an encrypted folder, the files are stored
 * encrypted there like any attachment.
 */
import { unzipSync } from 'fflate';
import { afterEach, expect, it } from 'vitest';
import { samplePdf } from '../db/attachments/test-files';
import { filesContaining } from '../db/crypt/test-keys';
import { exportBundle, verifyBundle } from './bundle-testing';
import type { ServerEvents } from './contract';
import { samrCase, storedFiles, testBackend, upload, type TestBackend } from './testing';

const PASS = 'correct horse battery staple';
const MARKER = 'BUNDLE-PLAIN-7e21';
const open: TestBackend[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.backend.close();
});

async function encrypted(): Promise<TestBackend> {
  const t = testBackend();
  open.push(t);
  const done = new Promise<ServerEvents['security.done']>((resolve) =>
    t.backend.events.on('security.done', resolve),
  );
  await t.ok('security.enable', { passphrase: PASS, confirm: PASS });
  expect(await done).toMatchObject({ ok: true });
  return t;
}

it('decrypts files into the bundle and encrypts them again where it is imported', async () => {
  const a = await encrypted();
  const c = await samrCase(a);
  const bytes = Buffer.concat([await samplePdf(), Buffer.from(`\n% ${MARKER}\n`)]);
  await upload(a, c.id, c.checklist[0]!.documentId, 'licence.pdf', 'application/pdf', bytes);
  expect(filesContaining(a.dir, MARKER)).toEqual([]);

  const bundle = await exportBundle(a, [c.id]);
  const zip = unzipSync(bundle.bytes);
  const path = Object.keys(zip).find((p) => p.endsWith('licence.pdf'))!;
  expect(Buffer.from(zip[path]!).equals(bytes)).toBe(true);

  const b = await encrypted();
  const summary = await verifyBundle(b, bundle.bytes);
  if (!summary.ok) throw new Error(JSON.stringify(summary.error));
  const { added } = await b.ok('bundles.import', { verifyId: summary.value.verifyId });
  const copy = await b.ok('cases.get', { id: added[0]! });
  const file = copy.checklist[0]!.files[0]!;
  expect(storedFiles(b)).toContain(file.sha256);
  expect(filesContaining(b.dir, MARKER)).toEqual([]);
  const read = await b.ok('files.read', { id: file.id });
  expect(Buffer.from(read.data, 'base64').equals(bytes)).toBe(true);
});
