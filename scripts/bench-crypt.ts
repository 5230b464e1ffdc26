/**
 * `npm run bench:crypt [-- --cases 10000]`: encryption at rest on a seeded folder
 * (/dev/shm/xiufu-bench/cases-N, copied first, never opened itself; seeded through the
 * channels first when absent, as `npm run bench` seeds it, and kept for reruns).
 *   1. Time to turn encryption on through the channel (security.enable: the database copied
 *      and re-keyed, switched, its files sealed), to change the passphrase on a second copy
 *      (security.change: the database re-keyed and every stored file sealed again with a new
 *      key), and to turn it off again on a third. `--files N` PDFs (about 64 KB each) are
 *      attached through the upload channels first, one to each of the first cases that take one.
 *   2. Read overhead: the SQL of the list and dashboard channels (recorded from the project's
 *      own connection, scripts/bench/trace.ts), replayed on the plain copy and on the
 *      encrypted copy, interleaved, warmed up; medians and the encrypted/plain ratio.
 * Writes the figures to /dev/shm/xiufu-bench/results/crypt-N.json.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend, type Backend } from '../api/dispatch';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { storedFiles } from '../db/attachments/convert';
import { sealedKeyId } from '../db/attachments/sealed';
import { readKeyFile } from '../db/crypt/key-file';
import { heldKey } from '../db/crypt/keyring';
import { applyPragmas } from '../db/connection';
import { openWithKey, type SqliteDatabase } from '../db/driver';
import { replay, traced, type Step } from './bench/trace';
import { cachedSeed, seedFolder } from './bench/seed';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    files: { type: 'string', default: '1000' },
  },
});
const cases = Number(values.cases);
const fileCount = Number(values.files);
const source = `/dev/shm/xiufu-bench/cases-${cases}`;
const work = `/dev/shm/xiufu-crypt-bench`;
const PASS = 'bench passphrase of some length';

function copy(name: string): string {
  const to = join(work, name);
  rmSync(to, { recursive: true, force: true });
  cpSync(source, to, { recursive: true });
  return to;
}

async function open(dir: string): Promise<Backend> {
  const b = createBackend({ dataDir: dir, log: () => undefined });
  await b.ready;
  return b;
}

async function call(b: Backend, channel: string, input: unknown = {}) {
  const r = await b.dispatch(channel, input, { lang: 'en' });
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** Starts a re-key and answers how long it took to its done event. */
async function rekeyTime(b: Backend, channel: string, input: unknown): Promise<number> {
  const t = performance.now();
  const done = new Promise<{ ok: boolean; message?: string }>((resolve) =>
    b.events.on('security.done', resolve),
  );
  await call(b, channel, input);
  const e = await done;
  if (!e.ok) throw new Error(`${channel} failed: ${e.message}`);
  return performance.now() - t;
}

type StatementCache = Parameters<typeof replay>[2];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeReplay(db: SqliteDatabase, steps: Step[], cache: StatementCache): number {
  const t = performance.now();
  replay(db, steps, cache);
  return performance.now() - t;
}

if (!cachedSeed(source, cases)) {
  console.log(`No seeded folder of ${cases} cases at ${source}: seeding it first…`);
  rmSync(source, { recursive: true, force: true });
  mkdirSync(source, { recursive: true });
  await seedFolder(source, cases);
}
mkdirSync(work, { recursive: true });
console.log(`Encryption at rest, ${cases} cases (copies of ${source} in ${work})`);

/** A distinct PDF of about 64 KB: an image of noise, as a scan does not compress either. */
async function benchPdf(i: number): Promise<Uint8Array> {
  const png = new PNG({ width: 128, height: 128 });
  png.data = randomBytes(128 * 128 * 4);
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(PNG.sync.write(png));
  doc.addPage([595, 842]).drawImage(image, { x: 72, y: 400, width: 300, height: 300 });
  doc.setTitle(`Bench scan ${i}`);
  return doc.save();
}

/** Attaches `count` PDFs through the upload channels, one per case that takes one. */
async function attachFiles(b: Backend, count: number): Promise<{ count: number; bytes: number }> {
  let attached = 0;
  let bytes = 0;
  for (let caseId = 1; attached < count && caseId <= cases; caseId++) {
    const pdf = await benchPdf(caseId);
    const name = `scan-${caseId}.pdf`;
    const { uploadId } = (await call(b, 'uploads.begin', {
      filename: name,
      mime: 'application/pdf',
      size: pdf.length,
    })) as { uploadId: string };
    for (let at = 0, index = 0; at < pdf.length; at += 256 * 1024, index++)
      await call(b, 'uploads.chunk', { uploadId, index, data: pdf.subarray(at, at + 256 * 1024) });
    const r = await b.dispatch(
      'uploads.finish',
      { uploadId, caseId, itemKey: 'statement-of-facts' },
      { lang: 'en' },
    );
    if (!r.ok) {
      await call(b, 'uploads.cancel', { uploadId });
      continue;
    }
    attached++;
    bytes += pdf.length;
  }
  console.log(`Attached ${attached} files, ${(bytes / 1e6).toFixed(1)} MB`);
  return { count: attached, bytes };
}

// The plain copy, its stale cases recomputed once (the first screen of a day does that).
const plainDir = copy('plain');
let b = await open(plainDir);
await call(b, 'dashboard.summary');
const attachedFiles = await attachFiles(b, fileCount);
const subjects: [string, string, object][] = [
  ['dashboard summary', 'dashboard.summary', {}],
  ['case list, default sort', 'cases.list', {}],
  ['case list by client', 'cases.list', { sort: 'client', direction: 'asc' }],
  ['search 远航物流', 'cases.list', { search: '远航物流' }],
];
const traces: Step[][] = [];
for (const [, channel, input] of subjects)
  traces.push(
    await traced(join(plainDir, 'xiufu.db'), async () => void (await call(b, channel, input))),
  );
b.close();

// Turning on, timed through the channel, on a copy of the recomputed plain folder.
const encDir = join(work, 'encrypted');
rmSync(encDir, { recursive: true, force: true });
cpSync(plainDir, encDir, { recursive: true });
b = await open(encDir);
const enableMs = await rekeyTime(b, 'security.enable', { passphrase: PASS, confirm: PASS });
b.close();
console.log(`Turn encryption on: ${(enableMs / 1000).toFixed(2)} s`);

// The read overhead: the same statements on both files, interleaved.
const key = heldKey(readKeyFile(encDir)!.id)!;
const plain = openWithKey(join(plainDir, 'xiufu.db'), null);
const encrypted = openWithKey(join(encDir, 'xiufu.db'), key);
applyPragmas(plain);
applyPragmas(encrypted);
const results = subjects.map(([label], i) => {
  const steps = traces[i]!;
  const caches = [new Map() as StatementCache, new Map() as StatementCache];
  for (let w = 0; w < 5; w++) {
    timeReplay(plain, steps, caches[0]!);
    timeReplay(encrypted, steps, caches[1]!);
  }
  const p: number[] = [];
  const e: number[] = [];
  for (let r = 0; r < 31; r++) {
    p.push(timeReplay(plain, steps, caches[0]!));
    e.push(timeReplay(encrypted, steps, caches[1]!));
  }
  const row = { label, plainMs: median(p), encryptedMs: median(e), ratio: median(e) / median(p) };
  console.log(
    `  ${label}: plain ${row.plainMs.toFixed(2)} ms, encrypted ${row.encryptedMs.toFixed(2)} ms, ${row.ratio.toFixed(2)}×`,
  );
  return row;
});

// Cold: a new connection's first dashboard (every page it needs read and decrypted).
const cold = (dir: string, k: Buffer | null) => {
  const db = openWithKey(join(dir, 'xiufu.db'), k);
  applyPragmas(db);
  const ms = timeReplay(db, traces[0]!, new Map() as StatementCache);
  db.close();
  return ms;
};
const coldPlain: number[] = [];
const coldEnc: number[] = [];
for (let r = 0; r < 7; r++) {
  coldPlain.push(cold(plainDir, null));
  coldEnc.push(cold(encDir, key));
}
const coldRow = {
  label: 'dashboard on a new connection (cold cache)',
  plainMs: median(coldPlain),
  encryptedMs: median(coldEnc),
  ratio: median(coldEnc) / median(coldPlain),
};
console.log(
  `  ${coldRow.label}: plain ${coldRow.plainMs.toFixed(2)} ms, encrypted ${coldRow.encryptedMs.toFixed(2)} ms, ${coldRow.ratio.toFixed(2)}×`,
);
plain.close();
encrypted.close();

// Changing the passphrase on a copy of the encrypted folder: the database and every file.
const changeDir = join(work, 'changed');
rmSync(changeDir, { recursive: true, force: true });
cpSync(encDir, changeDir, { recursive: true });
b = await open(changeDir);
const NEW = 'another bench passphrase';
const changeMs = await rekeyTime(b, 'security.change', {
  current: PASS,
  passphrase: NEW,
  confirm: NEW,
});
b.close();
const newFilesKey = readKeyFile(changeDir)!.files.id;
const files = await storedFiles(changeDir);
const resealed = (await Promise.all(files.map((f) => sealedKeyId(f)))).filter(
  (id) => id === newFilesKey,
).length;
console.log(
  `Change the passphrase: ${(changeMs / 1000).toFixed(2)} s (${resealed} of ${files.length} files sealed again)`,
);
if (resealed !== files.length) throw new Error('Not every file was sealed with the new key');
rmSync(changeDir, { recursive: true, force: true });

// Turning off last: it forgets the key, which the copies share.
const offDir = join(work, 'off');
rmSync(offDir, { recursive: true, force: true });
cpSync(encDir, offDir, { recursive: true });
b = await open(offDir);
const disableMs = await rekeyTime(b, 'security.disable', { passphrase: PASS });
b.close();
console.log(`Turn encryption off: ${(disableMs / 1000).toFixed(2)} s`);

const out = `/dev/shm/xiufu-bench/results/crypt-${cases}.json`;
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    {
      cases,
      files: attachedFiles,
      enableMs,
      changeMs,
      disableMs,
      reads: [...results, coldRow],
    },
    null,
    2,
  ) + '\n',
);
console.log(`Written to ${out}`);
rmSync(work, { recursive: true, force: true });
