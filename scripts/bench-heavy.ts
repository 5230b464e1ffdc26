/**
 * `npm run bench:heavy`: the heavy paths of issue 10, measured against a real browser
 * shell (the built bundle `npm run serve` starts) on a fresh data folder:
 *  - start: `node scripts/serve.mjs` to its ready line (bundles already built), on a fresh
 *    folder and, with --cases N, on a folder seeded with N cases through the channels
 *    (scripts/bench-backup/seed.ts; kept in --seed-dir for reruns), or with --dir on a copy
 *    of a folder `npm run bench` seeded (e.g. XIUFU_BENCH_DIR/cases-100000);
 *  - upload: a file of --mib MiB through uploads.begin/chunk/finish over HTTP (raw bodies,
 *    as the renderer sends them), against the bare floor of the same bytes: one SHA-256
 *    while writing a file, fsync, rename;
 *  - packet: a packet of --pages pages, and the slowest answer of a cheap call made every
 *    20 ms meanwhile (the server thread must keep answering).
 * Runs are interleaved and the first is a warm-up; medians and spread are printed and
 * written to --out (JSON).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Result } from '../api/contract';
import { httpRequestOf, TOKEN_HEADER } from '../api/transport';
import { UPLOAD_CHUNK_BYTES } from '../core/documents/inputs';
import { cachedSeed, seed } from './bench-backup/seed';
import { apiOf, type Api } from './crash/http';

const { values } = parseArgs({
  options: {
    mib: { type: 'string', default: '100' },
    pages: { type: 'string', default: '1024' },
    runs: { type: 'string', default: '5' },
    out: { type: 'string', default: 'bench-heavy.json' },
    cases: { type: 'string', default: '0' },
    'seed-dir': { type: 'string' },
    dir: { type: 'string' },
    /** Which parts to measure, comma-separated: start, upload, packet (all by default). */
    only: { type: 'string', default: 'start,upload,packet' },
  },
});
const MIB = Number(values.mib);
const PAGES = Number(values.pages);
const RUNS = Number(values.runs);
const ROOT = join(import.meta.dirname, '..');
const PARTS = new Set(values.only.split(','));

interface Server {
  api: Api;
  child: ChildProcess;
  readyMs: number;
}

/**
 * The upload's client: node:http, which hands the body to the socket as it is (Node's
 * fetch copies and re-chunks it, and would measure itself more than the server), as a
 * browser's network stack does.
 */
function apiOverHttp(url: string): Api {
  const { origin, searchParams } = new URL(url);
  const token = searchParams.get('token')!;
  return {
    ...apiOf(url, token),
    call: (channel, input) => {
      const r = httpRequestOf(channel, input);
      return new Promise((resolve, reject) => {
        const req = request(
          origin + r.path,
          { method: 'POST', headers: { 'content-type': r.contentType, [TOKEN_HEADER]: token } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Result<unknown>),
            );
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(r.body);
      });
    },
  };
}

function startServe(dataDir: string): Promise<Server> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs')], {
    cwd: ROOT,
    env: { ...process.env, XIUFU_DATA_DIR: dataDir, XIUFU_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      out += d.toString();
      if (process.env.XIUFU_BENCH_VERBOSE) process.stderr.write(d);
    });
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Xiufu is ready at (\S+)/.exec(out);
      if (m) {
        const url = m[1]!;
        resolve({
          api: apiOverHttp(url),
          child,
          readyMs: performance.now() - t0,
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}:\n${out}`)));
  });
}

function stop(s: Server): Promise<void> {
  return new Promise((resolve) => {
    s.child.removeAllListeners('exit');
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
  });
}

async function ok<T>(api: Api, channel: string, input: unknown): Promise<T> {
  const r = await api.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) => ({ min: Math.min(...xs), max: Math.max(...xs) });

/** A PDF of `size` bytes at least: one page, padded with an incompressible stream. */
async function bigPdf(bytes: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText('Xiufu upload benchmark', { font, x: 50, y: 700 });
  doc.attach(randomBytes(bytes), 'padding.bin', { mimeType: 'application/octet-stream' });
  return doc.save();
}

async function manyPages(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++)
    doc.addPage().drawText(`Page ${i + 1} of the scan`, { font, x: 50, y: 700, size: 18 });
  return doc.save();
}

/** The floor: the same bytes hashed while written to a file, fsynced and renamed. */
async function bareUpload(dir: string, bytes: Uint8Array): Promise<number> {
  const t0 = performance.now();
  const temp = join(dir, 'bare.tmp');
  const fh = await open(temp, 'w', 0o600);
  const hash = createHash('sha256');
  for (let at = 0; at < bytes.length; at += UPLOAD_CHUNK_BYTES) {
    const chunk = bytes.subarray(at, at + UPLOAD_CHUNK_BYTES);
    hash.update(chunk);
    await fh.write(chunk);
  }
  await fh.sync();
  await fh.close();
  await rename(temp, join(dir, hash.digest('hex')));
  const ms = performance.now() - t0;
  await rm(join(dir, createHash('sha256').update(bytes).digest('hex')));
  return ms;
}

async function projectUpload(api: Api, caseId: number, bytes: Uint8Array): Promise<number> {
  const t0 = performance.now();
  const { uploadId } = await ok<{ uploadId: string }>(api, 'uploads.begin', {
    filename: 'big-scan.pdf',
    mime: 'application/pdf',
    size: bytes.length,
  });
  for (let at = 0, index = 0; at < bytes.length; at += UPLOAD_CHUNK_BYTES, index++)
    await ok(api, 'uploads.chunk', {
      uploadId,
      index,
      data: bytes.subarray(at, at + UPLOAD_CHUNK_BYTES),
    });
  const t1 = performance.now();
  await ok(api, 'uploads.finish', { uploadId, caseId, itemKey: 'repair-application' });
  if (process.env.XIUFU_BENCH_VERBOSE)
    console.log(
      `  chunks ${(t1 - t0).toFixed(0)} ms, finish ${(performance.now() - t1).toFixed(0)} ms`,
    );
  return performance.now() - t0;
}

async function newCase(api: Api): Promise<number> {
  const n = Math.floor(Math.random() * 1e5);
  const first17 = `91350100M000${String(n).padStart(5, '0')}`;
  const { usccCheckChar } = await import('../core/ids');
  const client = await ok<{ id: number }>(api, 'clients.create', {
    kind: 'company',
    name: `基准测试${n}有限公司`,
    idNumber: first17 + usccCheckChar(first17),
  });
  const kase = await ok<{ id: number }>(api, 'cases.create', {
    clientId: client.id,
    listings: [
      {
        regimeId: 'samr-serious-list',
        authority: '杭州市市场监督管理局',
        decisionNo: `杭市监严〔2024〕${n}号`,
        decisionDate: '2024-05-20',
        listingDate: '2024-06-03',
      },
    ],
  });
  return kase.id;
}

/** Exports a packet and pings settings.get every 20 ms meanwhile: its duration and the slowest ping. */
async function packetRun(s: Server, caseId: number): Promise<{ ms: number; worstPingMs: number }> {
  const pings: number[] = [];
  let running = true;
  const pinger = (async () => {
    while (running) {
      const t = performance.now();
      await s.api.call('settings.get', {});
      pings.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const t0 = performance.now();
  const done = new Promise<{ ok: boolean; message?: string }>((resolve) => {
    const listen = s.api.listen((name, payload) => {
      if (name === 'job.done') resolve(payload as { ok: boolean });
    });
    void listen;
  });
  await ok(s.api, 'packets.start', { caseId, lang: 'en', reason: 'benchmark' });
  const result = await done;
  const ms = performance.now() - t0;
  running = false;
  await pinger;
  if (!result.ok) throw new Error(`packet failed: ${result.message}`);
  return { ms, worstPingMs: Math.max(...pings) };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'xiufu-bench-heavy-'));
  const bareDir = mkdtempSync(join(dataDir, 'bare-'));
  const results: Record<string, unknown> = { mib: MIB, pages: PAGES, runs: RUNS };
  try {
    const startsOn = async (folder: string, label: string) => {
      const starts: number[] = [];
      for (let i = 0; i <= RUNS; i++) {
        const s = await startServe(folder);
        if (i > 0) starts.push(s.readyMs);
        await stop(s);
      }
      console.log(
        `start to ready (${label}): median ${median(starts).toFixed(0)} ms`,
        spread(starts),
      );
      return { median: median(starts), ...spread(starts) };
    };
    if (PARTS.has('start')) results.startMs = await startsOn(dataDir, 'fresh folder');
    const cases = Number(values.cases);
    if (PARTS.has('start') && cases > 0) {
      const root = values['seed-dir'] ?? mkdtempSync(join(tmpdir(), 'xiufu-bench-heavy-seed-'));
      if (!cachedSeed(root, cases, 1)) await seed(root, cases, 1);
      results.startSeeded = { cases, ...(await startsOn(join(root, 'data'), `${cases} cases`)) };
    }
    if (PARTS.has('start') && values.dir) {
      // A copy: the shell writes to its folder (and a clean close seals it).
      const copy = mkdtempSync(join(dirname(resolve(values.dir)), 'start-'));
      cpSync(values.dir, copy, { recursive: true });
      try {
        results.startDir = { dir: values.dir, ...(await startsOn(copy, values.dir)) };
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    }

    const s = await startServe(dataDir);
    if (PARTS.has('upload')) results.upload = await uploads(s, bareDir);
    if (PARTS.has('packet')) results.packet = await packets(s);
    await stop(s);
    writeFileSync(values.out!, JSON.stringify(results, null, 2));
    console.log(`written to ${values.out}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Uploads through the channels, interleaved with the bare floor of the same bytes. */
async function uploads(s: Server, bareDir: string) {
  const bytes = await bigPdf(MIB * 1024 * 1024);
  const project: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    // New content each run (the PDF's binary comment on its second line), so every run
    // stores a new file as the floor does, instead of finding the last run's copy.
    bytes.set([0x80 | (i & 0x7f), 0x80 | ((i >> 7) & 0x7f)], 10);
    const caseId = await newCase(s.api);
    const p = await projectUpload(s.api, caseId, bytes);
    const b = await bareUpload(bareDir, bytes);
    if (i > 0) {
      project.push(p);
      bare.push(b);
    }
  }
  const mb = bytes.length / 1024 / 1024;
  const ratio = median(bare) / median(project);
  const upload = {
    mib: mb,
    projectMs: { median: median(project), ...spread(project) },
    bareMs: { median: median(bare), ...spread(bare) },
    throughputOfBare: ratio,
  };
  console.log(
    `upload ${mb.toFixed(1)} MiB: project ${median(project).toFixed(0)} ms, bare hash+write+fsync ${median(bare).toFixed(0)} ms; ` +
      `throughput ${(ratio * 100).toFixed(0)}% of bare`,
  );
  return upload;
}

/** A packet of --pages pages, with the slowest answer of a cheap call meanwhile. */
async function packets(s: Server) {
  const caseId = await newCase(s.api);
  const scan = await manyPages(PAGES);
  await projectUpload(s.api, caseId, scan);
  const packets: { ms: number; worstPingMs: number }[] = [];
  for (let i = 0; i <= Math.min(RUNS, 3); i++) {
    const r = await packetRun(s, caseId);
    if (i > 0) packets.push(r);
  }
  const ms = packets.map((p) => p.ms);
  const worst = packets.map((p) => p.worstPingMs);
  const packet = {
    pages: PAGES,
    ms: { median: median(ms), ...spread(ms) },
    worstPingMs: { median: median(worst), ...spread(worst) },
  };
  console.log(
    `packet of ${PAGES} pages: ${median(ms).toFixed(0)} ms; slowest answer meanwhile ${median(worst).toFixed(0)} ms`,
    spread(worst),
  );
  return packet;
}

await main();
process.exit(0);
