import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKeyFile } from '../db/crypt/key-file';
import { forgetKey } from '../db/crypt/keyring';
import { filesContaining } from '../db/crypt/test-keys';
import { createBackend } from './dispatch';
import { samplePdf } from '../db/attachments/test-files';
import { backUp, jobEnds } from './backup-testing';
import { COMPANY, samrCase, upload } from './testing';
import { cryptBackends, folderBytes, rekeyed, securityDone } from './crypt-testing';
import { sealedKeyId } from '../db/attachments/sealed';
import { storedFiles } from '../db/attachments/convert';
import { backupDir } from '../db/backup/layout';

const PERSON = { kind: 'person', name: '张三', idNumber: '11010519491231002X' } as const;
const PASS = 'correct horse battery staple';
// Re-keys, scrypt and worker threads: a shared machine can take longer than the default 20 s.
const SLOW = 60_000;
const { start, restart } = cryptBackends();
const done = securityDone;

async function encryptedFolder() {
  const t = start();
  await t.ok('clients.create', PERSON);
  const e = await rekeyed(t, () => t.ok('security.enable', { passphrase: PASS, confirm: PASS }));
  expect(e).toMatchObject({ op: 'enable', ok: true });
  return t;
}

describe('encryption at rest through the channels', { timeout: SLOW }, () => {
  it('turns encryption on: no ID number in the folder, and the data stays open', async () => {
    const t = await encryptedFolder();
    expect(filesContaining(t.dir, PERSON.idNumber)).toEqual([]);
    expect((await t.ok('clients.list', {})).items).toHaveLength(1);
    await t.ok('clients.create', { ...PERSON, idNumber: '110101199003077774', name: '李四' });
    expect(filesContaining(t.dir, '110101199003077774')).toEqual([]);
    expect(await t.ok('security.status', {})).toMatchObject({ encrypted: true, locked: false });
  });

  it('starts locked after a restart: only the security channels answer', async () => {
    const t = await restart(await encryptedFolder());
    expect(await t.ok('recovery.status', {})).toMatchObject({ mode: 'locked' });
    expect(await t.ok('security.status', {})).toMatchObject({ encrypted: true, locked: true });
    const refused = await t.backend.dispatch('clients.list', {}, { lang: 'zh' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(!refused.ok && refused.error.message).toContain('数据已锁定');
  });

  it('refuses a wrong passphrase in the user’s language and writes nothing', async () => {
    const t = await restart(await encryptedFolder());
    const before = folderBytes(t.dir);
    const r = await t.backend.dispatch(
      'security.unlock',
      { passphrase: 'not the passphrase' },
      { lang: 'zh' },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid', field: 'passphrase' } });
    expect(!r.ok && r.error.message).toContain('无法解锁');
    expect(folderBytes(t.dir)).toEqual(before);
    expect(await t.ok('security.status', {})).toMatchObject({ locked: true });
  });

  it('unlocks with the passphrase and shows the data', async () => {
    const t = await restart(await encryptedFolder());
    expect(await t.ok('security.unlock', { passphrase: PASS })).toEqual({ unlocked: true });
    expect((await t.ok('clients.list', {})).items[0]).toMatchObject({ name: '张三' });
    expect(await t.ok('recovery.status', {})).toMatchObject({ mode: 'normal' });
  });

  it('changes the passphrase: the old one no longer unlocks, the new one does', async () => {
    const t0 = await encryptedFolder();
    const wrong = await t0.backend.dispatch('security.change', {
      current: 'wrong passphrase',
      passphrase: 'a brand new passphrase',
      confirm: 'a brand new passphrase',
    });
    expect(wrong).toMatchObject({ ok: false, error: { field: 'current' } });
    const e = await rekeyed(t0, () =>
      t0.ok('security.change', {
        current: PASS,
        passphrase: 'a brand new passphrase',
        confirm: 'a brand new passphrase',
      }),
    );
    expect(e).toMatchObject({ op: 'change', ok: true });
    const t = await restart(t0);
    const old = await t.backend.dispatch('security.unlock', { passphrase: PASS });
    expect(old).toMatchObject({ ok: false, error: { field: 'passphrase' } });
    await t.ok('security.unlock', { passphrase: 'a brand new passphrase' });
    expect((await t.ok('clients.list', {})).items).toHaveLength(1);
  });

  it('turns encryption off: the folder is plain again and opens without asking', async () => {
    const t0 = await encryptedFolder();
    const e = await rekeyed(t0, () => t0.ok('security.disable', { passphrase: PASS }));
    expect(e).toMatchObject({ op: 'disable', ok: true });
    const t = await restart(t0);
    expect(await t.ok('security.status', {})).toMatchObject({ encrypted: false, locked: false });
    expect((await t.ok('clients.list', {})).items).toHaveLength(1);
  });

  it('refuses a short or mistyped new passphrase and writes nothing', async () => {
    const t = start();
    await t.ok('clients.create', PERSON);
    const before = t.snapshot();
    const short = await t.backend.dispatch('security.enable', {
      passphrase: 'short',
      confirm: 'short',
    });
    expect(short).toMatchObject({ ok: false, error: { code: 'invalid', field: 'passphrase' } });
    const typo = await t.backend.dispatch('security.enable', {
      passphrase: PASS,
      confirm: `${PASS}!`,
    });
    expect(typo).toMatchObject({ ok: false, error: { code: 'invalid', field: 'confirm' } });
    expect(readKeyFile(t.dir)).toBeNull();
    expect(t.snapshot()).toEqual(before);
  });

  it('keeps writes waiting while the data is re-encrypted', async () => {
    const t = start();
    await t.ok('clients.create', PERSON);
    const finished = done(t);
    await t.ok('security.enable', { passphrase: PASS, confirm: PASS });
    const write = await t.backend.dispatch('clients.create', {
      ...PERSON,
      idNumber: '110101199003077774',
    });
    expect(write).toMatchObject({ ok: false, error: { code: 'busy' } });
    await finished;
  });

  it('cancels a re-key: the folder stays plain', async () => {
    const t = start();
    await t.ok('clients.create', PERSON);
    const finished = done(t);
    const { jobId } = await t.ok('security.enable', { passphrase: PASS, confirm: PASS });
    await t.ok('security.cancel', { jobId });
    const e = await finished;
    // A copy may finish before the cancel arrives; either way the folder is whole.
    const t2 = await restart(t);
    const status = await t2.ok('security.status', {});
    expect(status.encrypted).toBe(e.ok);
    if (status.locked) await t2.ok('security.unlock', { passphrase: PASS });
    expect((await t2.ok('clients.list', {})).items).toHaveLength(1);
  });
});

const PDF = Buffer.from(await samplePdf({ pages: 2 }));

describe('attached files of an encrypted folder', { timeout: SLOW }, () => {
  // Every PDF starts so; a sealed file does not.
  const PDF_MAGIC = '%PDF-';

  async function withFile() {
    const t = start();
    const kase = await samrCase(t);
    const file = await upload(
      t,
      kase.id,
      'statement-of-facts',
      'facts.pdf',
      'application/pdf',
      PDF,
    );
    expect(filesContaining(join(t.dir, 'files'), PDF_MAGIC)).toHaveLength(1);
    return { t, kase, file };
  }

  it('are sealed when encryption is turned on, and read, verify and back up as before', async () => {
    const { t, kase, file } = await withFile();
    await rekeyed(t, () => t.ok('security.enable', { passphrase: PASS, confirm: PASS }));
    expect(filesContaining(join(t.dir, 'files'), PDF_MAGIC)).toEqual([]);
    expect((await t.ok('files.read', { id: file.id })).data).toBe(PDF.toString('base64'));
    expect((await t.ok('files.verify', { id: kase.id })).files.every((f) => f.ok)).toBe(true);
    // A file attached now is stored sealed at once.
    await upload(
      t,
      kase.id,
      'statement-of-facts',
      'other.pdf',
      'application/pdf',
      Buffer.concat([PDF, Buffer.from('x')]),
    );
    expect(filesContaining(join(t.dir, 'files'), PDF_MAGIC)).toEqual([]);

    const { backup } = await backUp(t);
    expect(backup?.status.state).toBe('verified');
    expect(filesContaining(backup!.location, PDF_MAGIC)).toEqual([]);
    expect(filesContaining(backup!.location, COMPANY.idNumber)).toEqual([]);
  });

  it('are sealed while they are uploaded, before they are attached', async () => {
    const t = start();
    const kase = await samrCase(t);
    await rekeyed(t, () => t.ok('security.enable', { passphrase: PASS, confirm: PASS }));
    const { uploadId } = await t.ok('uploads.begin', {
      filename: 'facts.pdf',
      mime: 'application/pdf',
      size: PDF.length,
    });
    const half = Math.floor(PDF.length / 2);
    await t.ok('uploads.chunk', { uploadId, index: 0, data: PDF.subarray(0, half) });
    await t.ok('uploads.chunk', { uploadId, index: 1, data: PDF.subarray(half) });
    expect(filesContaining(join(t.dir, 'files'), PDF_MAGIC)).toEqual([]);
    const detail = await t.ok('uploads.finish', {
      uploadId,
      caseId: kase.id,
      itemKey: 'statement-of-facts',
    });
    expect(filesContaining(t.dir, PDF_MAGIC)).toEqual([]);
    expect(detail.id).toBe(kase.id);
    expect((await t.ok('files.read', { id: 1 })).data).toBe(PDF.toString('base64'));
  });

  it('read again after a restart and an unlock', async () => {
    const { t: t0, file } = await withFile();
    await rekeyed(t0, () => t0.ok('security.enable', { passphrase: PASS, confirm: PASS }));
    const t = await restart(t0);
    await t.ok('security.unlock', { passphrase: PASS });
    expect((await t.ok('files.read', { id: file.id })).data).toBe(PDF.toString('base64'));
  });

  it('are sealed again with a new key when the passphrase changes, and read after a restart', async () => {
    const { t: t0, kase, file } = await withFile();
    await rekeyed(t0, () => t0.ok('security.enable', { passphrase: PASS, confirm: PASS }));
    const before = readKeyFile(t0.dir)!;
    const { backup } = await backUp(t0);
    const NEW = 'a brand new passphrase';
    const e = await rekeyed(t0, () =>
      t0.ok('security.change', { current: PASS, passphrase: NEW, confirm: NEW }),
    );
    expect(e).toEqual({ jobId: e.jobId, op: 'change', ok: true });
    const after = readKeyFile(t0.dir)!;
    expect(after.files.id).not.toBe(before.files.id);
    for (const f of await storedFiles(t0.dir)) expect(await sealedKeyId(f)).toBe(after.files.id);
    // A backup made now reuses the pooled copy sealed before: its key file still opens it.
    const again = await backUp(t0);
    expect(again.backup?.status.state).toBe('verified');
    const t = await restart(t0);
    await t.ok('security.unlock', { passphrase: NEW });
    expect((await t.ok('files.read', { id: file.id })).data).toBe(PDF.toString('base64'));
    expect((await t.ok('files.verify', { id: kase.id })).files.every((f) => f.ok)).toBe(true);
    const { location, id } = again.backup!;
    expect(readKeyFile(backupDir(location, id))?.retired?.map((k) => k.id)).toEqual([
      before.files.id,
    ]);
    expect(backup?.status.state).toBe('verified');
  });

  it('are plain again when encryption is turned off', async () => {
    const { t: t0, file } = await withFile();
    await rekeyed(t0, () => t0.ok('security.enable', { passphrase: PASS, confirm: PASS }));
    await rekeyed(t0, () => t0.ok('security.disable', { passphrase: PASS }));
    const t = await restart(t0);
    expect(filesContaining(join(t.dir, 'files'), PDF_MAGIC)).toHaveLength(1);
    expect((await t.ok('files.read', { id: file.id })).data).toBe(PDF.toString('base64'));
  });
});

describe('backups of an encrypted folder', { timeout: SLOW }, () => {
  it('restore with their key file: the folder is encrypted again and asks for the passphrase', async () => {
    const t0 = await encryptedFolder();
    const { backup } = await backUp(t0);
    expect(backup?.status.state).toBe('verified');
    await rekeyed(t0, () => t0.ok('security.disable', { passphrase: PASS }));
    expect(readKeyFile(t0.dir)).toBeNull();
    await t0.ok('clients.create', { ...PERSON, idNumber: '110101199003077774', name: '李四' });

    const ends = jobEnds(t0.backend);
    const { jobId } = await t0.ok('backups.restore', { id: backup!.id });
    expect(await ends.done(jobId)).toMatchObject({ ok: true, restored: true });
    expect(readKeyFile(t0.dir)).not.toBeNull();
    expect(filesContaining(t0.dir, PERSON.idNumber).filter((f) => !f.includes('backups'))).toEqual(
      [],
    );

    const t = await restart(t0);
    expect(await t.ok('security.status', {})).toMatchObject({ encrypted: true, locked: true });
    await t.ok('security.unlock', { passphrase: PASS });
    expect((await t.ok('clients.list', {})).items.map((c) => c.name)).toEqual(['张三']);
  });
});

describe('a read-only encrypted folder', { timeout: SLOW }, () => {
  it('is unlocked and shown, and still refuses every change', async () => {
    const t0 = await encryptedFolder();
    t0.backend.close();
    forgetKey(readKeyFile(t0.dir)!.id);
    const backend = createBackend({ dataDir: t0.dir, readOnly: 'requested', log: () => undefined });
    try {
      await backend.ready;
      const unlocked = await backend.dispatch('security.unlock', { passphrase: PASS });
      expect(unlocked).toMatchObject({ ok: true });
      const list = await backend.dispatch('clients.list', {});
      expect(list.ok && (list.value as { items: unknown[] }).items).toHaveLength(1);
      const write = await backend.dispatch('clients.create', PERSON);
      expect(write).toMatchObject({ ok: false, error: { code: 'read_only' } });
    } finally {
      backend.close();
    }
  });
});
