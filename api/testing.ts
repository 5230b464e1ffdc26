/** Test support: a backend on a fresh data folder, typed calls, and a snapshot of every row. */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { DB_FILE } from '../db/connection';
import { verifyChain } from '../db/history-verify';
import { snapshotData } from '../db/snapshot';
import type { Channel, Input, Output } from './contract';
import { createBackend, type Backend, type DesktopServices } from './dispatch';

export const COMPANY = {
  kind: 'company',
  name: '杭州测试科技有限公司',
  idNumber: '91350100M000100Y43',
} as const;
export const LISTING = {
  regimeId: 'samr-serious-list',
  authority: '杭州市市场监督管理局',
  decisionNo: '杭市监〔2025〕1号',
  decisionDate: '2025-06-01',
  listingDate: '2025-06-03',
} as const;

export interface TestBackend {
  backend: Backend;
  dir: string;
  logs: Record<string, unknown>[];
  /** Calls a channel in English and returns its value; throws on a refusal. */
  ok<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  /** Every row of every table, so "nothing written" is checked, not assumed. */
  snapshot(): string;
}

/**
 * `dir`: open an existing data folder (a restart) instead of a fresh one; `desktop` and
 * `tempDir`: as the desktop shell passes them.
 */
export function testBackend(
  opts: { dir?: string; desktop?: DesktopServices; tempDir?: string; verifyHistory?: boolean } = {},
): TestBackend {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'xiufu-api-'));
  const logs: Record<string, unknown>[] = [];
  const backend = createBackend({
    dataDir: dir,
    log: (l) => logs.push(l),
    desktop: opts.desktop,
    tempDir: opts.tempDir,
    verifyHistory: opts.verifyHistory,
  });
  return {
    backend,
    dir,
    logs,
    async ok(channel, input) {
      const r = await backend.dispatch(channel, input, { lang: 'en' });
      if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
      return r.value as never;
    },
    snapshot: () => snapshotData(dir),
  };
}

/**
 * A client (the company unless another is given) with one SAMR serious-list listing, listed
 * 2024-06-03 (eligible since 2025-06-04).
 */
export async function samrCase(t: TestBackend, clientInput: Input<'clients.create'> = COMPANY) {
  const client = await t.ok('clients.create', clientInput);
  return t.ok('cases.create', {
    clientId: client.id,
    listings: [
      {
        regimeId: 'samr-serious-list',
        authority: '杭州市市场监督管理局',
        decisionNo: '杭市监严〔2024〕8号',
        decisionDate: '2024-05-20',
        listingDate: '2024-06-03',
      },
    ],
  });
}

/** Marks every document of the case's checklist received (ready to file). */
export async function receiveAll(
  t: TestBackend,
  c: { id: number; checklist: { documentId: string }[] },
) {
  for (const item of c.checklist)
    await t.ok('documents.set', {
      caseId: c.id,
      documentId: item.documentId,
      status: 'received',
      note: '',
    });
  return c;
}

/** The same case with every required document marked received (ready to file). */
export async function readySamrCase(t: TestBackend) {
  return receiveAll(t, await samrCase(t));
}

/** Uploads through the contract in small chunks, as the renderer does; throws on a refusal. */
export async function upload(
  t: TestBackend,
  caseId: number,
  itemKey: string,
  filename: string,
  mime: string,
  bytes: Uint8Array,
  chunk = 700,
) {
  const { uploadId } = await t.ok('uploads.begin', { filename, mime, size: bytes.length });
  for (let i = 0, index = 0; i < bytes.length; i += chunk, index++) {
    await t.ok('uploads.chunk', {
      uploadId,
      index,
      data: bytes.subarray(i, i + chunk),
    });
  }
  return t.ok('uploads.finish', { uploadId, caseId, itemKey });
}

/** The hashes stored in the data folder's file store. */
export function storedFiles(t: TestBackend): string[] {
  const root = join(t.dir, 'files');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((d) => /^[0-9a-f]{2}$/.test(d))
    .flatMap((d) => readdirSync(join(root, d)));
}

/** Permission tests run their processes as an unprivileged user where the tests run as root. */
export { unprivileged, UNPRIVILEGED_SKIP } from '../db/test/unprivileged';

/** The product's verifier over the folder's file: 'intact', or what broke. */
export async function chainState(dir: string): Promise<string> {
  const db = new BetterSqlite3(join(dir, DB_FILE), { readonly: true });
  try {
    return (await verifyChain(db)).state;
  } finally {
    db.close();
  }
}
