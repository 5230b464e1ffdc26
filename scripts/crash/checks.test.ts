/** The crash test's checks find what they are there to find (and nothing on sound data). */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samrCase, testBackend, upload, type TestBackend } from '../../api/testing';
import { samplePdf, samplePng } from '../../db/attachments/test-files';
import { inspectData, type InspectedData } from '../../db/inspect';
import { checkDatabase, reconcile } from './check-db';
import { checkFiles, referencedHashes } from './check-files';
import { Model, newCase } from './model';

let t: TestBackend;
let data: InspectedData;
let caseId: number;

beforeAll(async () => {
  t = testBackend();
  const c = await samrCase(t);
  caseId = c.id;
  await upload(t, c.id, 'repair-application', 'a.pdf', 'application/pdf', await samplePdf());
  await upload(t, c.id, 'business-licence', 'b.png', 'image/png', samplePng());
  await t.ok('events.add', {
    caseId,
    type: 'filed',
    date: '2026-01-05',
    channel: 'online',
    overrideReason: 'test',
  });
  t.backend.close();
  data = inspectData(t.dir);
});
afterAll(() => rmSync(t.dir, { recursive: true, force: true }));

const copy = (d: InspectedData): InspectedData => structuredClone(d);

const caseModel = (notes: string) => newCase(caseId, 1, notes);

describe('database checks', () => {
  it('find nothing wrong with data written through the backend', () => {
    expect(data.integrity).toEqual(['ok']);
    expect(checkDatabase(data, new Model())).toEqual([]);
  });

  it('find an acknowledged value that is gone, unless a later one was in flight', () => {
    const model = new Model();
    const m = caseModel('acknowledged notes');
    model.cases.set(caseId, m);
    expect(checkDatabase(data, model)).toMatchObject([{ category: 'lost' }]);
    m.notes.pending.push(data.cases[0]!.notes);
    expect(checkDatabase(data, model)).toEqual([]);
    reconcile(data, model);
    expect(m.notes).toEqual({ acked: data.cases[0]!.notes, pending: [] });
  });

  it('find an acknowledged event, or its history entry, that is missing', () => {
    const model = new Model();
    const m = caseModel(data.cases[0]!.notes);
    m.events.push(999);
    model.cases.set(caseId, m);
    model.ack({
      entity: 'case',
      entityId: caseId,
      action: 'update',
      field: 'eventId',
      value: 999,
      write: 'events.add',
    });
    expect(checkDatabase(data, model).map((p) => p.category)).toEqual(['lost', 'lost']);
  });

  it('find half-written writes: a case, event or file without its history entry or listings', () => {
    const broken = copy(data);
    broken.history = broken.history.filter((h) => !(h.entity === 'case' && h.action === 'create'));
    broken.history = broken.history.filter((h) => h.eventId === null && h.fileId === null);
    broken.caseListings = [];
    const texts = checkDatabase(broken, new Model()).map((p) => `${p.category} ${p.text}`);
    expect(texts).toEqual(
      expect.arrayContaining([
        `halfWritten case ${caseId} has no history entry`,
        `halfWritten case ${caseId} has no listing`,
        expect.stringMatching(/^halfWritten event \d+ of case \d+ has no history entry$/),
        expect.stringMatching(/^halfWritten file \d+ of case \d+ has no history entry$/),
        expect.stringMatching(/^halfWritten case \d+: a \w+ date of listing \d+, not in the case$/),
      ]),
    );
  });

  it('find a damaged file', () => {
    const broken = copy(data);
    broken.integrity = ['row 3 missing from index cases_updated'];
    expect(checkDatabase(broken, new Model())).toMatchObject([{ category: 'integrity' }]);
  });
});

describe('file checks', () => {
  it('find orphans, abandoned uploads, temp files, and missing or changed stored files', () => {
    const files = join(t.dir, 'files');
    const referenced = referencedHashes(data);
    expect(checkFiles(t.dir, referenced)).toEqual({
      orphans: [],
      partial: [],
      missing: [],
      corrupt: [],
    });

    const [first, second] = [...referenced];
    mkdirSync(join(files, 'uploads'), { recursive: true });
    mkdirSync(join(files, 'tmp'), { recursive: true });
    mkdirSync(join(files, 'ab'), { recursive: true });
    mkdirSync(join(files, 'backups'), { recursive: true });
    writeFileSync(join(files, 'uploads', 'a4b6c0de-0000-4000-8000-000000000000'), 'half');
    writeFileSync(join(files, 'tmp', 'x.tmp'), 'half');
    writeFileSync(join(files, 'ab', 'ab'.padEnd(64, '0')), 'nobody points here');
    writeFileSync(join(files, 'stray.txt'), '?');
    writeFileSync(join(files, 'xiufu.lock'), 'pid');
    writeFileSync(join(files, 'backups', 'x.db'), 'backup');
    writeFileSync(join(files, first!.slice(0, 2), first!), 'tampered');
    rmSync(join(files, second!.slice(0, 2), second!));

    expect(checkFiles(t.dir, referenced)).toEqual({
      orphans: expect.arrayContaining([`ab/${'ab'.padEnd(64, '0')}`, 'stray.txt']),
      partial: expect.arrayContaining([
        'uploads/a4b6c0de-0000-4000-8000-000000000000',
        'tmp/x.tmp',
      ]),
      missing: [join(files, second!.slice(0, 2), second!)],
      corrupt: [join(files, first!.slice(0, 2), first!)],
    });
  });
});
