import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChainVerdict } from '../core/integrity';
import { readManifest } from '../db/backup/manifest';
import { backupDir, defaultLocation } from '../db/backup/layout';
import { DB_FILE } from '../db/connection';
import { dropTriggers, tamper } from '../db/test/tamper';
import { backUp, jobEnds } from './backup-testing';
import { samrCase, testBackend, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

/** Starts history.verify and waits for the status that ends it. */
async function verify(): Promise<ChainVerdict> {
  const ended = new Promise<ChainVerdict>((resolve) => {
    const off = t.backend.events.on('history.status', (s) => {
      if (s.running === null && s.verdict) {
        off();
        resolve(s.verdict);
      }
    });
  });
  await t.ok('history.verify', {});
  return ended;
}

/** Two more entries: the client archived and restored. */
async function twoMore(clientId: number) {
  await t.ok('clients.archive', { id: clientId });
  await t.ok('clients.restore', { id: clientId });
}

/** Changes the data file as a tester with write access would, while the app runs. */
function onTheFile(change: (db: BetterSqlite3.Database) => void) {
  const db = new BetterSqlite3(join(t.dir, DB_FILE));
  dropTriggers(db);
  change(db);
  db.close();
}

describe('the history chain through dispatch', () => {
  it('verifies in the background and hands out the head as a checkpoint', async () => {
    t = testBackend();
    const kase = await samrCase(t);
    expect(await t.ok('history.status', {})).toEqual({ verdict: null, running: null });
    const verdict = await verify();
    expect(verdict).toMatchObject({ state: 'intact', head: { count: 3, id: 3 } });
    expect(await t.ok('history.status', {})).toMatchObject({ verdict, running: null });
    const cp = await t.ok('history.checkpoint', {});
    expect(cp).toMatchObject({
      count: 3,
      id: 3,
      hash: verdict.state === 'intact' ? verdict.head.hash : '',
    });
    // Entries added since the last verification are counted on from its head.
    await twoMore(kase.clientId);
    expect(await t.ok('history.checkpoint', {})).toMatchObject({ count: 5, id: 5 });
    expect(await t.ok('history.check', { checkpoint: cp })).toEqual({
      state: 'holds',
      checkpoint: cp,
    });
  });

  it('verifies by itself at start, when the shell asks for it', async () => {
    t = testBackend();
    await twoMore((await samrCase(t)).clientId);
    t.backend.close();
    onTheFile((db) => tamper.delete(db, 2));
    const started = new Promise<ChainVerdict>((resolve) => {
      t = testBackend({ dir: t.dir, verifyHistory: true });
      t.backend.events.on('history.status', (s) => {
        if (s.running === null && s.verdict) resolve(s.verdict);
      });
    });
    expect(await started).toMatchObject({
      state: 'broken',
      found: { kind: 'deleted', entry: { id: 3 } },
    });
    expect(await t.ok('history.status', {})).toMatchObject({ verdict: { state: 'broken' } });
  });

  it('hands out the first checkpoint after the start-up verification has counted the chain', async () => {
    t = testBackend();
    await twoMore((await samrCase(t)).clientId);
    t.backend.close();
    t = testBackend({ dir: t.dir, verifyHistory: true });
    expect(await t.ok('history.checkpoint', {})).toMatchObject({ count: 5, id: 5 });
    expect(await t.ok('history.status', {})).toMatchObject({
      verdict: { state: 'intact', head: { count: 5 } },
    });
  });

  it('names the entry edited in the file, and a saved checkpoint after it no longer holds', async () => {
    t = testBackend();
    await twoMore((await samrCase(t)).clientId);
    const cp = await t.ok('history.checkpoint', {});
    onTheFile((db) => tamper.editActor(db, 3));
    expect(await verify()).toMatchObject({
      state: 'broken',
      found: { kind: 'edited', part: 'facts', entry: { id: 3, actor: 'Someone else' } },
    });
    expect(await t.ok('history.check', { checkpoint: cp })).toMatchObject({
      state: 'rewritten',
      found: { id: 3 },
    });
  });

  it('catches a tail rewritten with valid hashes through the checkpoint it handed out', async () => {
    t = testBackend();
    await twoMore((await samrCase(t)).clientId);
    const cp = await t.ok('history.checkpoint', {});
    onTheFile((db) => tamper.rewriteTail(db, 1, 5));
    expect(await verify()).toMatchObject({
      state: 'broken',
      found: { kind: 'rewritten', afterId: 0, checkpoint: cp, entry: { id: 1 } },
    });
    expect(await t.ok('history.check', { checkpoint: cp })).toMatchObject({
      state: 'rewritten',
      found: { id: 5, actor: 'Forger' },
    });
  });

  it('records the checkpoint a backup verified in its manifest, and a restore sets later ones aside', async () => {
    t = testBackend();
    const kase = await samrCase(t);
    const done = await backUp(t);
    const manifest = await readManifest(backupDir(defaultLocation(t.dir), done.backup!.id));
    expect(manifest?.checkpoint).toMatchObject({ count: 3, id: 3 });
    // The backup's verification is the latest news.
    expect(await t.ok('history.status', {})).toMatchObject({
      verdict: { state: 'intact', head: manifest!.checkpoint },
    });
    await twoMore(kase.clientId);
    await t.ok('history.checkpoint', {});
    const ends = jobEnds(t.backend);
    const restoredVerdict = new Promise<ChainVerdict>((resolve) =>
      t.backend.events.on('history.status', (s) => {
        if (s.running === null && s.verdict) resolve(s.verdict);
      }),
    );
    const { jobId } = await t.ok('backups.restore', { id: done.backup!.id });
    expect(await ends.done(jobId)).toMatchObject({ ok: true });
    // The checkpoint at 5 entries is of the chain the restore replaced on purpose: not an alarm.
    expect(await restoredVerdict).toMatchObject({ state: 'intact', head: { count: 3 } });
  });

  it('refuses a checkpoint that is not one, writing nothing', async () => {
    t = testBackend();
    await samrCase(t);
    const before = t.snapshot();
    const r = await t.backend.dispatch(
      'history.check',
      { checkpoint: { count: 2, id: 2, hash: 'not a hash', at: 'x' } },
      { lang: 'en' },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid', field: 'checkpoint.hash' } });
    expect(t.snapshot()).toBe(before);
  });
});
