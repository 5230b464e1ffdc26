/**
 * The data the fuzz test runs against, built through the contract as a user would: two
 * clients, three cases (one filed and accepted, one with its documents in), files, a
 * custom checklist item, a saved letter, an exported packet, an upload left open. The
 * pools of what exists are read back from the data after every call, so the ids that
 * inputs use keep following what is there.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { samplePdf, samplePng } from '../../db/attachments/test-files';
import { draftDoc } from '../../core/documents';
import { COMPANY, readySamrCase, testBackend, upload, type TestBackend } from '../testing';
import type { Pools } from './arbitrary';

export interface World {
  t: TestBackend;
  pools: Pools;
  /** Reads the pools again from the data (rows come and go as valid inputs succeed). */
  refresh(): Promise<void>;
  /** Opens the uploads inputs refer to again, where a call ended them. */
  ready(): Promise<void>;
  /** An export job or a re-key was started: settle() waits for its end. */
  started(jobId: string): void;
  /** Waits until no export job is running (a packet lands after its call answered). */
  settle(): Promise<void>;
}

const PERSON = { kind: 'person', name: '张三', idNumber: '11010519491231002X' } as const;

export async function buildWorld(): Promise<World> {
  const t = testBackend();
  const started = new Set<string>();
  const done = new Set<string>();
  t.backend.events.onAny((name, payload) => {
    if (name === 'job.done' || name === 'security.done')
      done.add((payload as { jobId: string }).jobId);
  });
  const running = () => [...started].filter((id) => !done.has(id));

  const filed = await readySamrCase(t);
  await t.ok('events.add', {
    caseId: filed.id,
    type: 'filed',
    date: '2026-01-05',
    channel: 'online',
  });
  await t.ok('events.add', { caseId: filed.id, type: 'accepted', date: '2026-01-06' });
  await upload(
    t,
    filed.id,
    'repair-application',
    'application.pdf',
    'application/pdf',
    await samplePdf({ pages: 2 }),
  );
  await upload(t, filed.id, 'business-licence', 'licence.png', 'image/png', samplePng());
  await t.ok('documents.addCustom', { caseId: filed.id, name: '授权委托书', required: true });
  await t.ok('letters.save', {
    caseId: filed.id,
    kind: 'commitment',
    lang: 'zh',
    doc: draftDoc({ title: '信用承诺书', paragraphs: ['本单位承诺……'] }),
  });
  const { jobId } = await t.ok('packets.start', { caseId: filed.id, lang: 'en', reason: 'fuzz' });
  started.add(jobId);

  const person = await t.ok('clients.create', PERSON);
  await t.ok('cases.create', {
    clientId: person.id,
    listings: [
      {
        regimeId: 'cc-penalty-general',
        authority: '北京市朝阳区市场监督管理局',
        decisionNo: '京朝市监罚〔2025〕3号',
        decisionDate: '2025-03-01',
      },
    ],
  });
  await t.ok('settings.update', { userName: '李娜' });

  const pools: Pools = {
    ids: { client: [], listing: [], case: [], event: [], file: [], packet: [] },
    itemKeys: [],
    uploadIds: [],
    idNumbers: [COMPANY.idNumber, PERSON.idNumber],
  };

  async function refresh() {
    const cases = (await t.ok('cases.list', { limit: 200 })).items;
    const archived = (await t.ok('cases.list', { limit: 200, archived: true })).items;
    const clients = (await t.ok('clients.list', { limit: 200 })).items;
    const ids: Pools['ids'] = {
      client: clients.map((c) => c.id),
      listing: [],
      case: [],
      event: [],
      file: [],
      packet: [],
    };
    const keys = new Set<string>();
    for (const c of [...cases, ...archived]) {
      const d = await t.ok('cases.get', { id: c.id });
      ids.case.push(d.id);
      ids.listing.push(...d.listings.map((l) => l.id));
      ids.event.push(...d.events.map((e) => e.id));
      ids.file.push(...d.checklist.flatMap((i) => i.files.map((f) => f.id)));
      ids.packet.push(...d.packets.map((p) => p.id));
      d.checklist.forEach((i) => keys.add(i.documentId));
      d.events.forEach((e) => keys.add(`event-${e.id}`));
    }
    Object.assign(pools, { ids, itemKeys: [...keys] });
    await ready();
  }

  /**
   * Two uploads always open, so that inputs reach uploads that exist: one just begun (for
   * chunks) and one with all its bytes, a real PDF (for finish). A refused chunk or a
   * finish ends its upload; the next input gets a new one.
   */
  const pdf = await samplePdf({ text: 'Fuzz upload' });
  let begun = '';
  let complete = '';
  const isOpen = (id: string) => id !== '' && existsSync(join(t.dir, 'files', 'uploads', id));
  async function ready() {
    if (!isOpen(begun))
      begun = (
        await t.ok('uploads.begin', { filename: 'scan.pdf', mime: 'application/pdf', size: 2_000 })
      ).uploadId;
    if (!isOpen(complete)) {
      complete = (
        await t.ok('uploads.begin', {
          filename: 'form.pdf',
          mime: 'application/pdf',
          size: pdf.length,
        })
      ).uploadId;
      await t.ok('uploads.chunk', {
        uploadId: complete,
        index: 0,
        data: pdf,
      });
    }
    pools.uploadIds = [begun, complete];
  }

  /** Waits for the packet exports and the backup job (backups run in a worker) to end. */
  async function settle() {
    const backing = async () => (await t.ok('backups.list', {})).running !== null;
    for (let i = 0; (running().length > 0 || (await backing())) && i < 1200; i++)
      await new Promise((r) => setTimeout(r, 25));
    if (running().length > 0) throw new Error(`export jobs still running: ${running().join(', ')}`);
    if (await backing()) throw new Error('a backup job is still running');
  }

  await settle();
  await refresh();
  return { t, pools, refresh, ready, settle, started: (jobId) => void started.add(jobId) };
}

/**
 * Every file of the data folder but the database (whose rows the snapshot compares), with
 * its size and hash: a refused call must not add or change any.
 */
export function folderFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!/^xiufu\.db(-wal|-shm|-journal)?$/.test(entry.name))
        files.set(
          relative(dir, path).split(sep).join('/'),
          `${statSync(path).size} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`,
        );
    }
  };
  walk(dir);
  return files;
}
