/**
 * A passphrase change rotates the attachments' key: crashed or stopped at any step, every
 * stored file still reads with the passphrase the folder then asks for, and finishing the
 * work later leaves every file sealed with the new key — which the old key file cannot open.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAttachmentStore, AttachmentCorruptError } from '../attachments/store';
import { convertFiles, storedFiles } from '../attachments/convert';
import { sealedKeyId } from '../attachments/sealed';
import { freshDir } from '../backup/test-files';
import { openDatabase } from '../connection';
import { newKeyFile, readKeyFile, unlockKeyFile, type KeyFile } from './key-file';
import { filesKeyForFolder, forgetKey, heldKeys, rememberUnlocked } from './keyring';
import { finishRekey, prepareRekey, switchRekey, type RekeyStep, type SwitchStep } from './rekey';
import { encryptNewFolder } from './test-keys';

const OLD = 'the old passphrase';
const NEW = 'the new passphrase';
const FILES = 5;
const contentOf = (i: number) => Buffer.from(`stored file ${i} `.repeat(50 + i));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function folderWithFiles(): Promise<string> {
  const dir = freshDir('xiufu-rotate-');
  await encryptNewFolder(dir, OLD);
  openDatabase(dir).close();
  const store = createAttachmentStore(dir);
  for (let i = 0; i < FILES; i++) await store.put({ bytes: contentOf(i) }, () => null);
  return dir;
}

/** A restart: this process forgets every key. */
function forgetAll(): void {
  for (const [id] of heldKeys()) forgetKey(id);
}

/** Unlocks the key file (the folder's, or a copy kept) with the passphrase; false when it is not its. */
async function unlock(file: KeyFile, passphrase: string): Promise<boolean> {
  const u = await unlockKeyFile(file, passphrase);
  if (u) rememberUnlocked(u);
  return u !== null;
}

async function everyFileReads(dir: string): Promise<void> {
  const store = createAttachmentStore(dir);
  for (let i = 0; i < FILES; i++)
    expect(Buffer.from(await store.read(sha(contentOf(i))))).toEqual(contentOf(i));
}

async function keyIdsOfFiles(dir: string): Promise<Set<string | null>> {
  const ids = new Set<string | null>();
  for (const f of await storedFiles(dir)) ids.add(await sealedKeyId(f));
  return ids;
}

/** The change as the re-key job runs it, crashing at `at` (a step, or after `files:<n>` files). */
async function change(dir: string, at?: string): Promise<void> {
  const current = (await unlockKeyFile(readKeyFile(dir)!, OLD))!;
  const next = await newKeyFile(NEW, current);
  rememberUnlocked(next);
  const crash = (step: string) => {
    if (step === at) throw new Error(`crash at ${at}`);
  };
  prepareRekey(dir, next, { onStep: crash });
  switchRekey(dir, 'encrypted', crash);
  await convertFiles(dir, next.filesKey, { onProgress: (done) => crash(`files:${done}`) });
}

/** What the next start does: the re-key's journal, then the start-up sealing. */
async function resume(dir: string): Promise<void> {
  await convertFiles(dir, filesKeyForFolder(dir));
}

const PREPARE: RekeyStep[] = ['copy', 'rekey', 'check'];
const SWITCH: SwitchStep[] = ['journal', 'database', 'keyFile'];
const FILE_STEPS = ['files:0', 'files:2', `files:${FILES - 1}`];

describe('a passphrase change re-seals every stored file', () => {
  it('seals every file with a new key, the old ones kept retired in the new key file', async () => {
    const dir = await folderWithFiles();
    const before = readKeyFile(dir)!;
    expect(await keyIdsOfFiles(dir)).toEqual(new Set([before.files.id]));
    await change(dir);
    const after = readKeyFile(dir)!;
    expect(after.files.id).not.toBe(before.files.id);
    expect(after.retired?.map((k) => k.id)).toEqual([before.files.id]);
    expect(await keyIdsOfFiles(dir)).toEqual(new Set([after.files.id]));
    forgetAll();
    expect(await unlock(after, NEW)).toBe(true);
    await everyFileReads(dir);
  });

  it.each(PREPARE)('keeps the old passphrase and every file after a crash at %s', async (at) => {
    const dir = await folderWithFiles();
    await expect(change(dir, at)).rejects.toThrow(/crash/);
    finishRekey(dir);
    forgetAll();
    expect(await unlock(readKeyFile(dir)!, NEW)).toBe(false);
    expect(await unlock(readKeyFile(dir)!, OLD)).toBe(true);
    await everyFileReads(dir);
  });

  it.each([...SWITCH, ...FILE_STEPS])(
    'takes the new passphrase and reads every file after a crash at %s, then finishes',
    async (at) => {
      const dir = await folderWithFiles();
      await expect(change(dir, at)).rejects.toThrow(/crash/);
      finishRekey(dir);
      forgetAll();
      expect(await unlock(readKeyFile(dir)!, OLD)).toBe(false);
      expect(await unlock(readKeyFile(dir)!, NEW)).toBe(true);
      await everyFileReads(dir);
      await resume(dir);
      expect(await keyIdsOfFiles(dir)).toEqual(new Set([readKeyFile(dir)!.files.id]));
      await everyFileReads(dir);
    },
  );

  it('leaves the old key file, with the old passphrase, unable to read a file sealed since', async () => {
    const dir = await folderWithFiles();
    const oldFile = readKeyFile(dir)!;
    await change(dir);
    const added = Buffer.from('attached after the change');
    await createAttachmentStore(dir).put({ bytes: added }, () => null);
    forgetAll();
    expect(await unlock(oldFile, OLD)).toBe(true);
    const store = createAttachmentStore(dir);
    for (const bytes of [contentOf(0), contentOf(FILES - 1), added])
      await expect(store.read(sha(bytes))).rejects.toBeInstanceOf(AttachmentCorruptError);
  });

  it('a second change before the first finished still reads and finishes everything', async () => {
    const dir = await folderWithFiles();
    await expect(change(dir, 'files:2')).rejects.toThrow(/crash/);
    forgetAll();
    const first = (await unlockKeyFile(readKeyFile(dir)!, NEW))!;
    rememberUnlocked(first);
    const second = await newKeyFile('a third passphrase', first);
    rememberUnlocked(second);
    expect(second.retired.map((k) => k.id)).toEqual([
      first.filesKey.id,
      ...first.retired.map((k) => k.id),
    ]);
    prepareRekey(dir, second);
    switchRekey(dir, 'encrypted');
    forgetAll();
    expect(await unlock(readKeyFile(dir)!, 'a third passphrase')).toBe(true);
    await everyFileReads(dir);
    await resume(dir);
    expect(await keyIdsOfFiles(dir)).toEqual(new Set([second.filesKey.id]));
  });
});
