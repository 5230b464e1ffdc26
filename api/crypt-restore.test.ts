/**
 * Restoring in the app a backup made under another passphrase (or none): it asks for that
 * backup's passphrase, refuses a wrong one writing nothing, and the folder keeps its own
 * passphrase afterwards, its files readable at once and sealed again with its key.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storedFiles } from '../db/attachments/convert';
import { sealedKeyId } from '../db/attachments/sealed';
import { samplePdf } from '../db/attachments/test-files';
import { readKeyFile } from '../db/crypt/key-file';
import { filesContaining } from '../db/crypt/test-keys';
import { backUp, jobEnds } from './backup-testing';
import { cryptBackends, folderBytes, rekeyed } from './crypt-testing';
import { COMPANY, samrCase, upload, type TestBackend } from './testing';

const OLD = 'the passphrase of the backup';
const NEW = 'the passphrase of today';
const PERSON = { kind: 'person', name: '张三', idNumber: '11010519491231002X' } as const;
const PDF = Buffer.from(await samplePdf({ pages: 2 }));
const { start, restart } = cryptBackends();

async function restore(t: TestBackend, input: { id: string; passphrase?: string }) {
  const ends = jobEnds(t.backend);
  const { jobId } = await t.ok('backups.restore', input);
  return ends.done(jobId);
}

/** Every stored file sealed with the folder's attachments' key (the start-up sealing runs in the background). */
async function allSealedWithFolderKey(dir: string): Promise<boolean> {
  const id = readKeyFile(dir)!.files.id;
  for (let tries = 0; tries < 100; tries++) {
    const ids = await Promise.all((await storedFiles(dir)).map((f) => sealedKeyId(f)));
    if (ids.every((k) => k === id)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

const names = async (t: TestBackend) =>
  (await t.ok('clients.list', {})).items.map((c) => c.name).sort();

// Two restarts and up to three re-keys each: slower than most on a shared machine.
describe('restoring a backup made under another passphrase', { timeout: 60_000 }, () => {
  it('asks for its passphrase, refuses a wrong one writing nothing, then keeps today’s', async () => {
    const t0 = start();
    const kase = await samrCase(t0);
    const file = await upload(t0, kase.id, 'statement-of-facts', 'f.pdf', 'application/pdf', PDF);
    await rekeyed(t0, () => t0.ok('security.enable', { passphrase: OLD, confirm: OLD }));
    const { backup } = await backUp(t0);
    await rekeyed(t0, () =>
      t0.ok('security.change', { current: OLD, passphrase: NEW, confirm: NEW }),
    );
    await t0.ok('clients.create', PERSON);
    const t = await restart(t0, { forgetAll: true });
    await t.ok('security.unlock', { passphrase: NEW });
    const listed = (await t.ok('backups.list', {})).backups.find((b) => b.id === backup!.id);
    expect(listed?.needsPassphrase).toBe(true);
    // The attachment was removed since: the restore brings it back from the backup's pool.
    const sha = createHash('sha256').update(PDF).digest('hex');
    rmSync(join(t.dir, 'files', sha.slice(0, 2), sha));

    const before = folderBytes(t.dir);
    const none = await t.backend.dispatch('backups.restore', { id: backup!.id });
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid', field: 'passphrase' } });
    expect(!none.ok && none.error.message).toContain('made under another passphrase');
    const wrong = await t.backend.dispatch(
      'backups.restore',
      { id: backup!.id, passphrase: NEW },
      { lang: 'zh' },
    );
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid', field: 'passphrase' } });
    expect(!wrong.ok && wrong.error.message).toContain('不是此备份的口令');
    expect(folderBytes(t.dir)).toEqual(before);

    expect(await restore(t, { id: backup!.id, passphrase: OLD })).toMatchObject({
      ok: true,
      restored: true,
    });
    expect(await names(t)).toEqual([COMPANY.name]);

    const t2 = await restart(t, { forgetAll: true });
    const old = await t2.backend.dispatch('security.unlock', { passphrase: OLD });
    expect(old).toMatchObject({ ok: false, error: { field: 'passphrase' } });
    await t2.ok('security.unlock', { passphrase: NEW });
    expect(await names(t2)).toEqual([COMPANY.name]);
    expect((await t2.ok('files.read', { id: file.id })).data).toBe(PDF.toString('base64'));
    expect(await allSealedWithFolderKey(t2.dir)).toBe(true);
    const outside = (f: string) => !f.startsWith(join(t2.dir, 'backups'));
    expect(filesContaining(t2.dir, COMPANY.idNumber).filter(outside)).toEqual([]);
  });

  it('restores a backup made before encryption was on: the folder stays encrypted', async () => {
    const t0 = start();
    await t0.ok('clients.create', PERSON);
    const { backup } = await backUp(t0);
    await rekeyed(t0, () => t0.ok('security.enable', { passphrase: NEW, confirm: NEW }));
    const keyId = readKeyFile(t0.dir)!.id;
    await t0.ok('clients.create', { ...PERSON, idNumber: '110101199003077774', name: '李四' });
    const listed = (await t0.ok('backups.list', {})).backups.find((b) => b.id === backup!.id);
    expect(listed?.needsPassphrase).toBe(false);

    expect(await restore(t0, { id: backup!.id })).toMatchObject({ ok: true, restored: true });
    expect(readKeyFile(t0.dir)!.id).toBe(keyId);
    expect(await names(t0)).toEqual(['张三']);
    const outside = (f: string) => !f.startsWith(join(t0.dir, 'backups'));
    expect(filesContaining(t0.dir, PERSON.idNumber).filter(outside)).toEqual([]);

    const t = await restart(t0, { forgetAll: true });
    await t.ok('security.unlock', { passphrase: NEW });
    expect(await names(t)).toEqual(['张三']);
  });
});
