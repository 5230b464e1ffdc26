/**
 * Builds the benchmark's data folder the way users do, through the backend's channels:
 * clients.create, listings.create, cases.create, and files attached with uploads.begin /
 * uploads.chunk / uploads.finish (checked as documents, stored by SHA-256). Nothing is
 * written with SQL here. A finished folder is marked with seed.json, so a rerun with the
 * same XIUFU_BENCH_DIR and sizes starts from it.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Channel, Input, Output } from '../../api/contract';
import { createBackend, type Backend } from '../../api/dispatch';
import { UPLOAD_CHUNK_BYTES } from '../../core/documents/inputs';
import { today } from '../../core/today';
import { clientOf, listingsOf } from '../bench/firms';
import { makeFile, planFiles, seeded } from './documents';

export interface Seeded {
  cases: number;
  clients: number;
  files: number;
  fileBytes: number;
}

const MARKER = 'seed.json';
const quiet = () => undefined;

export async function call<C extends Channel>(
  backend: Backend,
  channel: C,
  input: Input<C>,
): Promise<Output<C>> {
  const r = await backend.dispatch(channel, input, { lang: 'en' });
  if (!r.ok) throw new Error(`${channel} refused: ${JSON.stringify(r.error)}`);
  return r.value as Output<C>;
}

async function attach(
  backend: Backend,
  caseId: number,
  itemKey: string,
  file: Awaited<ReturnType<typeof makeFile>>,
) {
  const { uploadId } = await call(backend, 'uploads.begin', {
    filename: file.filename,
    mime: file.mime,
    size: file.bytes.length,
  });
  for (let at = 0, index = 0; at < file.bytes.length; at += UPLOAD_CHUNK_BYTES, index++) {
    const data = file.bytes.subarray(at, at + UPLOAD_CHUNK_BYTES);
    await call(backend, 'uploads.chunk', { uploadId, index, data });
  }
  await call(backend, 'uploads.finish', { uploadId, caseId, itemKey });
}

/** The marker of a finished seed of these sizes, or null (then the folder is built anew). */
export function cachedSeed(root: string, cases: number, mb: number): Seeded | null {
  const file = join(root, MARKER);
  if (!existsSync(file) || !existsSync(join(root, 'data', 'xiufu.db'))) return null;
  const m = JSON.parse(readFileSync(file, 'utf8')) as Seeded & { mb: number };
  return m.cases === cases && m.mb === mb ? m : null;
}

export async function seed(root: string, cases: number, mb: number): Promise<Seeded> {
  const dataDir = join(root, 'data');
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(join(root, MARKER), { force: true });
  const backend = createBackend({ dataDir, log: quiet });
  await backend.ready;
  const random = seeded(2026);
  const plan = planFiles(mb * 1024 * 1024);
  // The attachments go to cases spread over the whole range, as they arrive in real life.
  const every = cases / Math.max(1, plan.length);
  const started = Date.now();
  let fileBytes = 0;
  let nextFile = 0;
  let lastReport = started;
  try {
    for (let i = 0; i < cases; i++) {
      const input = clientOf(i, random);
      const client = await call(backend, 'clients.create', input);
      const person = input.kind === 'person';
      const listingIds: number[] = [];
      // The same firms as `npm run bench` (scripts/bench/firms.ts), each listing made on its own.
      for (const listing of listingsOf(i, person, today(), random)) {
        const input = { ...listing, clientId: client.id };
        listingIds.push((await call(backend, 'listings.create', input)).id);
      }
      const kase = await call(backend, 'cases.create', {
        clientId: client.id,
        listingIds,
        assignee: '林律师',
      });
      while (nextFile < plan.length && Math.floor(nextFile * every) === i) {
        const file = await makeFile(plan[nextFile]!);
        const items = kase.checklist;
        await attach(backend, kase.id, items[nextFile % items.length]!.documentId, file);
        fileBytes += file.bytes.length;
        nextFile++;
      }
      const now = Date.now();
      if (now - lastReport > 5000 || i + 1 === cases) {
        lastReport = now;
        const rate = (i + 1) / ((now - started) / 1000);
        console.log(
          `  seeding: ${i + 1}/${cases} cases, ${nextFile}/${plan.length} files (${(fileBytes / 1048576).toFixed(0)} MB), ` +
            `${rate.toFixed(0)} cases/s, about ${Math.ceil((cases - i - 1) / rate / 60)} min left`,
        );
      }
    }
  } finally {
    backend.close();
  }
  const result: Seeded = { cases, clients: cases, files: plan.length, fileBytes };
  writeFileSync(join(root, MARKER), JSON.stringify({ ...result, mb }, null, 2) + '\n');
  return result;
}
