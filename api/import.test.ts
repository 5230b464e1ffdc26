/**
 * Import from spreadsheets through the channels: the fixtures in both header languages,
 * GB18030 and .xlsx read alike; a refused or cancelled import writes nothing; a run writes
 * one batch with computed dates and a history entry naming the file and its SHA-256; undo
 * removes exactly the batch, and is refused once an imported record changed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { decodeMessage } from '../core/messages';
import { openSqlite } from '../db/driver';
import { DB_FILE } from '../db/connection';
import { join } from 'node:path';
import { fixture, jobEnd, openFixtures, runImport, sha256 } from './import-testing';
import { testBackend, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

/** The rows of the bad-row fixtures with an error, and which problem each has. */
const EXPECTED_ERRORS = [
  [5, 'idNumber', 'uscc.check'],
  [6, 'regime', 'import.regimeUnknown'],
  [7, 'decisionDate', 'import.dateUnreadable'],
  [8, 'listingDate', 'listing.dateOrder'],
  [9, 'filedDate', 'import.filedBeforeListing'],
  [10, 'authority', 'field.required'],
  [11, 'decisionNo', 'import.duplicateRow'],
  [12, 'acceptedDate', 'import.acceptedBeforeFiled'],
];
const BAD_ROWS = EXPECTED_ERRORS.map(([row]) => `0:${row}`);

const errorsOf = (
  problems: { row: number; field: string | null; severity: string; message: string }[],
) =>
  problems
    .filter((p) => p.severity === 'error')
    .map((p) => [p.row, p.field, decodeMessage(p.message).key]);

/** The rows of the tables an import writes to, to compare before and after. */
function records(dir: string) {
  const db = openSqlite(join(dir, DB_FILE), { readonly: true });
  try {
    return ['clients', 'listings', 'cases', 'case_listings', 'case_events', 'case_dates'].map(
      (table) => JSON.stringify(db.prepare(`SELECT * FROM ${table}`).all()),
    );
  } finally {
    db.close();
  }
}

/** cases-zh.csv imported with its bad rows skipped: the run's outcome. */
async function importGoodRows() {
  const opened = await openFixtures(t, 'cases-zh.csv');
  const run = { sessionId: opened.sessionId, mapping: opened.mapping, skipped: BAD_ROWS };
  const { outcome } = await runImport(t, { ...run, mode: 'run' });
  return outcome!;
}

async function preview(name: string) {
  const opened = await openFixtures(t, name);
  const { outcome } = await runImport(t, {
    sessionId: opened.sessionId,
    mode: 'preview',
    mapping: opened.mapping,
    skipped: [],
  });
  return { opened, outcome: outcome! };
}

describe('import', () => {
  it.each(['cases-zh.csv', 'cases-en.csv', 'cases-gb18030.csv'])(
    'names every bad row of %s at its cell, whatever the headers or encoding',
    async (name) => {
      t = testBackend();
      const { opened, outcome } = await preview(name);
      expect(opened.sheets[0]!.rows).toHaveLength(11);
      expect(opened.remembered).toBe(false);
      expect(errorsOf(outcome.problems)).toEqual(EXPECTED_ERRORS);
      expect(outcome.blocked).toBe(true);
      expect(outcome.counts).toMatchObject({ rows: 11, rowsWithErrors: 8 });
    },
  );

  it('reads every sheet of an .xlsx, with date cells and serial numbers', async () => {
    t = testBackend();
    const { opened, outcome } = await preview('cases.xlsx');
    expect(opened.sheets.map((s) => s.name)).toEqual(['案件', 'More']);
    expect(opened.sheets[0]!.rows[1]![5]).toBe(45292);
    expect(errorsOf(outcome.problems)).toEqual([[4, 'idNumber', 'uscc.check']]);
    const run = await runImport(t, {
      sessionId: opened.sessionId,
      mode: 'run',
      mapping: opened.mapping,
      skipped: ['0:4'],
    });
    expect(run.outcome!.counts).toMatchObject({ clientsNew: 3, listings: 3, cases: 3, events: 1 });
  });

  it('refuses an import with errors, and writes nothing', async () => {
    t = testBackend();
    const opened = await openFixtures(t, 'cases-zh.csv');
    const before = t.snapshot();
    const { end } = await runImport(t, {
      sessionId: opened.sessionId,
      mode: 'run',
      mapping: opened.mapping,
      skipped: [],
    });
    expect(end).toMatchObject({
      ok: false,
      message: expect.stringContaining('8 rows still have problems'),
    });
    expect(t.snapshot()).toBe(before);
  });

  it('dry-runs the whole write path and keeps nothing; a cancelled run keeps nothing', async () => {
    t = testBackend();
    const opened = await openFixtures(t, 'cases-zh.csv');
    const before = t.snapshot();
    const input = { sessionId: opened.sessionId, mapping: opened.mapping, skipped: BAD_ROWS };
    const dry = await runImport(t, { ...input, mode: 'dryRun' });
    expect(dry.outcome).toMatchObject({
      blocked: false,
      batchId: null,
      counts: { clientsNew: 2, listings: 3, cases: 2, events: 2 },
    });
    expect(t.snapshot()).toBe(before);
    const cancelled = await jobEnd(
      t,
      () => t.ok('import.start', { ...input, mode: 'run' }),
      async (jobId) => void (await t.ok('import.cancel', { jobId })),
    );
    expect(cancelled.end).toMatchObject({ ok: false, cancelled: true });
    expect(t.snapshot()).toBe(before);
  });

  it('writes one batch: cases with their dates computed and a history entry naming the file and its SHA-256', async () => {
    t = testBackend();
    const outcome = await importGoodRows();
    expect(outcome.batchId).toBeGreaterThan(0);
    const cases = await t.ok('cases.list', { limit: 50 } as never);
    expect(cases.items).toHaveLength(2);
    const k1 = await t.ok('cases.get', { id: Math.min(...cases.items.map((c) => c.id)) });
    expect(k1.listings.map((l) => l.decisionNo).sort()).toEqual([
      '京市监严〔2024〕1号',
      '京海市监异〔2024〕7号',
    ]);
    expect(k1.stage).toBe('accepted');
    expect(k1.evaluation.dates.some((d) => d.kind === 'decisionDue')).toBe(true);
    expect(k1.events.map((e) => e.type)).toEqual(['filed', 'accepted']);
    const created = k1.history.find((h) => h.entity === 'case' && h.action === 'create');
    expect(created?.after).toMatchObject({
      files: [{ name: 'cases-zh.csv', sha256: sha256(fixture('cases-zh.csv')) }],
    });
    const { batches } = await t.ok('import.list', {});
    expect(batches[0]).toMatchObject({
      id: outcome.batchId,
      undoneAt: null,
      counts: { cases: 2 },
    });
    // The mapping is remembered for these headers.
    const again = await openFixtures(t, 'cases-zh.csv');
    expect(again.remembered).toBe(true);
  });

  it('matches an existing client by code instead of adding it', async () => {
    t = testBackend();
    await t.ok('clients.create', {
      kind: 'company',
      name: '北京甲科技',
      idNumber: '91110000100000001W',
    });
    const { opened, outcome } = await preview('cases-zh.csv');
    expect(
      outcome.problems
        .filter((p) => p.severity !== 'error')
        .map((p) => [p.row, decodeMessage(p.message).key]),
    ).toEqual([
      [2, 'import.clientMatched'],
      [2, 'import.clientNameDiffers'],
    ]);
    const run = await runImport(t, {
      sessionId: opened.sessionId,
      mode: 'run',
      mapping: opened.mapping,
      skipped: BAD_ROWS,
    });
    expect(run.outcome!.counts).toMatchObject({ clientsNew: 1, clientsMatched: 1 });
    const clients = await t.ok('clients.list', { limit: 50 } as never);
    expect(clients.items).toHaveLength(2);
  });

  it('undoes exactly what the batch added, and keeps the history', async () => {
    t = testBackend();
    await t.ok('clients.create', {
      kind: 'company',
      name: '北京甲科技',
      idNumber: '91110000100000001W',
    });
    const before = records(t.dir);
    const outcome = await importGoodRows();
    expect(records(t.dir)).not.toEqual(before);
    const undo = await jobEnd(t, () => t.ok('import.undo', { batchId: outcome.batchId! }));
    expect(undo.end.ok).toBe(true);
    expect(records(t.dir)).toEqual(before);
    const { batches } = await t.ok('import.list', {});
    expect(batches[0]!.undoneAt).not.toBeNull();
    const again = await jobEnd(t, () => t.ok('import.undo', { batchId: outcome.batchId! }));
    expect(again.end).toMatchObject({ ok: false, message: 'This import was undone already.' });
  });

  it('refuses to undo once an imported case was edited, naming it, and writes nothing', async () => {
    t = testBackend();
    const outcome = await importGoodRows();
    const cases = await t.ok('cases.list', { limit: 50 } as never);
    const edited = cases.items[0]!;
    await t.ok('cases.update', { id: edited.id, notes: 'called the client' });
    const before = t.snapshot();
    const undo = await jobEnd(t, () => t.ok('import.undo', { batchId: outcome.batchId! }));
    expect(undo.end.ok).toBe(false);
    expect(undo.end.message).toContain(`case ${edited.id}`);
    expect(t.snapshot()).toBe(before);
  });
});
