/**
 * Case bundles: a case exported with everything that is its own and imported into an
 * empty folder arrives whole (records, computed dates, file hashes); a bundle changed in
 * any way is refused naming the entry, with nothing written; importing twice adds nothing;
 * clients are matched by code.
 */
import { createHash } from 'node:crypto';
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../core/types';
import { caseWithEverything, exportBundle, verifyBundle } from './bundle-testing';
import { chainState, COMPANY, storedFiles, testBackend, type TestBackend } from './testing';

const open: TestBackend[] = [];
const backend = () => {
  const t = testBackend();
  open.push(t);
  return t;
};
afterEach(() => {
  for (const t of open.splice(0)) t.backend.close();
});

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What a case is, without the ids and times of the folder it lives in. */
function content(d: CaseDetail) {
  const fileKey = (itemKey: string) =>
    itemKey.startsWith('event-') ? 'event' : itemKey.startsWith('custom-') ? 'custom' : itemKey;
  return {
    client: { kind: d.client.kind, name: d.client.name, idNumber: d.client.idNumber },
    stage: d.stage,
    assignee: d.assignee,
    notes: d.notes,
    listings: d.listings.map(({ id: _, clientId: __, createdAt: ___, updatedAt: ____, ...l }) => l),
    events: d.events.map((e) => ({
      type: e.type,
      date: e.date,
      files: e.files.map((f) => [f.filename, f.sha256]),
    })),
    checklist: d.checklist.map((i) => ({
      name: i.name,
      status: i.status,
      note: i.note,
      required: i.required,
      files: i.files.map((f) => [fileKey(f.itemKey), f.filename, f.mime, f.sha256]),
    })),
    packets: d.packets.map((p) => [p.filename, p.sha256, p.pageCount, p.overrideReason]),
    dates: d.evaluation.dates.map((x) => [x.kind, x.date, x.status]),
    nextAction: d.evaluation.nextAction,
  };
}

async function imported(t: TestBackend, bytes: Uint8Array) {
  const summary = await verifyBundle(t, bytes);
  if (!summary.ok) throw new Error(JSON.stringify(summary.error));
  return {
    summary: summary.value,
    result: await t.ok('bundles.import', { verifyId: summary.value.verifyId }),
  };
}

describe('case bundles', () => {
  it('round trip: the same records, computed dates and file hashes in an empty folder', async () => {
    const a = backend();
    const source = await caseWithEverything(a);
    const { filename, bytes } = await exportBundle(a, [source.id]);
    expect(filename).toMatch(/^Case bundle 案件包 杭州测试科技有限公司 \d{4}-\d{2}-\d{2}\.xiufu$/);
    const zip = unzipSync(bytes);
    const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json'])) as {
      entries: { path: string; size: number; sha256: string }[];
    };
    expect(Object.keys(zip).sort()).toEqual(
      ['manifest.json', ...manifest.entries.map((e) => e.path)].sort(),
    );
    for (const e of manifest.entries) expect(sha(zip[e.path]!)).toBe(e.sha256);
    // The export is on the case's record.
    const logged = (await a.ok('cases.get', { id: source.id })).history[0];
    expect(logged).toMatchObject({ action: 'export', after: { bundle: filename } });

    const b = backend();
    const { summary, result } = await imported(b, bytes);
    expect(summary).toMatchObject({
      filename: 'case.xiufu',
      sha256: sha(bytes),
      cases: [
        { sourceId: source.id, clientName: COMPANY.name, status: 'new', listings: 1, files: 4 },
      ],
      clients: [{ name: COMPANY.name, match: 'new' }],
    });
    expect(result).toEqual({ added: [expect.any(Number)], alreadyHere: [] });
    const copy = await b.ok('cases.get', { id: result.added[0]! });
    expect(content(copy)).toEqual(content(source));
    expect(storedFiles(b).sort()).toEqual(storedFiles(a).sort());
    const letters = await b.ok('letters.list', { caseId: copy.id, kind: 'commitment' });
    expect(letters.map((v) => [v.version, v.lang])).toEqual([[1, 'zh']]);
    // Recorded as an import naming the bundle; the source's history kept as content.
    const entry = copy.history.find((h) => h.entity === 'case' && h.action === 'create')!;
    expect(entry.after).toMatchObject({
      importedFrom: { bundle: 'case.xiufu', sha256: sha(bytes), sourceCaseId: source.id },
      sourceHistory: expect.arrayContaining([
        expect.objectContaining({ entity: 'case', action: 'create', entityId: source.id }),
      ]),
    });
    expect(await chainState(b.dir)).toBe('intact');
  });

  it('importing the same bundle twice adds nothing the second time and says so', async () => {
    const a = backend();
    const source = await caseWithEverything(a);
    const { bytes } = await exportBundle(a, [source.id]);
    const b = backend();
    const first = await imported(b, bytes);
    const before = b.snapshot();
    const files = storedFiles(b).sort();
    const again = await imported(b, bytes);
    expect(again.summary.cases).toEqual([
      expect.objectContaining({
        status: 'imported',
        localCaseId: first.result.added[0],
        importedAt: expect.any(String),
        newer: false,
      }),
    ]);
    expect(again.result).toEqual({ added: [], alreadyHere: first.result.added });
    expect(b.snapshot()).toBe(before);
    expect(storedFiles(b).sort()).toEqual(files);
    // A newer bundle of the same case is not merged either; the summary says it is newer.
    const newer = await exportBundle(a, [source.id]);
    const third = await imported(b, newer.bytes);
    expect(third.summary.cases[0]).toMatchObject({ status: 'imported', newer: true });
    expect(third.result.added).toEqual([]);
  });

  it('matches the client by its code: the case joins the client already here', async () => {
    const a = backend();
    const source = await caseWithEverything(a);
    const { bytes } = await exportBundle(a, [source.id]);
    const b = backend();
    const here = await b.ok('clients.create', { ...COMPANY, name: '杭州测试科技（本地名称）' });
    const { summary, result } = await imported(b, bytes);
    expect(summary.clients).toEqual([
      { name: COMPANY.name, idNumber: COMPANY.idNumber, match: 'existing', localClientId: here.id },
    ]);
    const copy = await b.ok('cases.get', { id: result.added[0]! });
    expect(copy.clientId).toBe(here.id);
    expect((await b.ok('clients.list', {})).items).toHaveLength(1);
  });

  it('hands over every case of the demo data at once', async () => {
    const a = backend();
    await a.ok('demo.load', {});
    const ids = (await a.ok('cases.list', { limit: 200 })).items
      .map((c) => c.id)
      .sort((x, y) => x - y);
    const { bytes } = await exportBundle(a, ids);
    const b = backend();
    const { summary, result } = await imported(b, bytes);
    expect(summary.cases.map((c) => c.status)).toEqual(ids.map(() => 'new'));
    expect(result.added).toHaveLength(ids.length);
    const sources = await Promise.all(ids.map((id) => a.ok('cases.get', { id })));
    const copies = await Promise.all(result.added.map((id) => b.ok('cases.get', { id })));
    expect(copies.map(content)).toEqual(sources.map(content));
    expect(await chainState(b.dir)).toBe('intact');
  });

  it('refuses a bundle into the folder it came from', async () => {
    const a = backend();
    const source = await caseWithEverything(a);
    const { bytes } = await exportBundle(a, [source.id]);
    const before = a.snapshot();
    expect(await verifyBundle(a, bytes)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(a.snapshot()).toBe(before);
  });
});

describe('a changed bundle is refused, naming the entry, with nothing written', () => {
  let bytes: Uint8Array;
  let caseId: number;
  const rezip = (change: (zip: Unzipped) => void) => {
    const zip = unzipSync(bytes);
    change(zip);
    return zipSync(zip);
  };
  const flip = (b: Uint8Array, at = b.length >> 1) => {
    const copy = b.slice();
    copy[at] = copy[at]! ^ 0x01;
    return copy;
  };
  const manifestOf = (zip: Unzipped) =>
    JSON.parse(new TextDecoder().decode(zip['manifest.json'])) as {
      entries: { path: string; size: number; sha256: string }[];
    };
  /** Changes an entry and its manifest line alike: only the record checks can catch it. */
  const consistently = (zip: Unzipped, path: string, edit: (text: string) => string) => {
    zip[path] = new TextEncoder().encode(edit(new TextDecoder().decode(zip[path])));
    const manifest = manifestOf(zip);
    const e = manifest.entries.find((x) => x.path === path)!;
    Object.assign(e, { size: zip[path]!.length, sha256: sha(zip[path]!) });
    zip['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
  };

  const cases: [string, (zip: Unzipped) => void, RegExp][] = [
    [
      'a byte of a record',
      (zip) => {
        const path = `cases/${caseId}/case.json`;
        zip[path] = new TextEncoder().encode(
          new TextDecoder().decode(zip[path]).replace('客户已缴清罚款', '客户已缴清罚欵'),
        );
      },
      /“cases\/\d+\/case\.json” does not match its SHA-256/,
    ],
    [
      'a byte of an attachment',
      (zip) => {
        const path = Object.keys(zip).find((p) => p.endsWith('营业执照.pdf'))!;
        zip[path] = flip(zip[path]!);
      },
      /“cases\/\d+\/files\/\d+-营业执照\.pdf” does not match its SHA-256/,
    ],
    [
      'a byte of the manifest',
      (zip) => {
        const text = new TextDecoder().decode(zip['manifest.json']);
        zip['manifest.json'] = new TextEncoder().encode(
          text.replace(
            /("path": "clients\.json",\s*"size": \d+,\s*"sha256": ")(.)/,
            (_, p: string, c: string) => p + (c === 'a' ? 'b' : 'a'),
          ),
        );
      },
      /“clients\.json” does not match its SHA-256/,
    ],
    [
      'an entry removed',
      (zip) => {
        delete zip[Object.keys(zip).find((p) => p.endsWith('说明.png'))!];
      },
      /incomplete: “cases\/\d+\/files\/\d+-说明\.png” is missing/,
    ],
    [
      'an entry added',
      (zip) => {
        zip['cases/extra.pdf'] = new TextEncoder().encode('%PDF-1.4');
      },
      /holds “cases\/extra\.pdf”, which its manifest does not list/,
    ],
    [
      'a record the forms would refuse, its hash updated too',
      (zip) =>
        consistently(zip, 'clients.json', (text) =>
          text.replace(COMPANY.idNumber, '91350100M000100Y44'),
        ),
      /“clients\.json” holds a record that would be refused if typed in \(client \d+, field “idNumber”\)/,
    ],
    [
      'a computed date that the rules engine here does not reach, its hash updated too',
      (zip) =>
        consistently(zip, `cases/${caseId}/case.json`, (text) =>
          text.replace(/("kind": "automaticEnd",\s*"date": ")\d{4}/, '$12031'),
        ),
      /Case \d+: the dates computed here differ from the bundle’s \(Automatic end: 2031-/,
    ],
  ];

  it.each(cases)('%s', async (_, change, message) => {
    if (!bytes) {
      const a = backend();
      const source = await caseWithEverything(a);
      caseId = source.id;
      bytes = (await exportBundle(a, [source.id])).bytes;
    }
    const b = backend();
    await b.ok('clients.create', { ...COMPANY, idNumber: '91350100M000100Y43' });
    const before = b.snapshot();
    const result = await verifyBundle(b, rezip(change));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringMatching(message) },
    });
    expect(b.snapshot()).toBe(before);
    expect(storedFiles(b)).toEqual([]);
  });
});
