import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKeyStore, type SecureStrings } from './key-store';

/** Stands in for safeStorage: reversible, but never the plain text on disk. */
const fake = (over: Partial<SecureStrings> = {}): SecureStrings => ({
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(Buffer.from(s, 'utf8').map((b) => b ^ 0x5a)),
  decryptString: (b) => Buffer.from(b.map((x) => x ^ 0x5a)).toString('utf8'),
  ...over,
});

const KEY = Buffer.alloc(32, 7);
const ID = '0f3c2a9e-1d4b-4c6e-9a8b-7c6d5e4f3a2b';

describe('remembering a key on this computer', () => {
  it('keeps the key only through the secure store, and forgets it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'xiufu-keys-')), 'keys');
    const store = createKeyStore(dir, fake())!;
    expect(store.load(ID)).toBeNull();
    store.save(ID, KEY);
    expect(store.load(ID)).toEqual(KEY);
    const [file] = readdirSync(dir);
    expect(readFileSync(join(dir, file!)).includes(Buffer.from(KEY.toString('hex')))).toBe(false);
    store.forget(ID);
    expect(store.load(ID)).toBeNull();
  });

  it('is not offered without a real secure store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xiufu-keys-'));
    expect(createKeyStore(dir, fake({ isEncryptionAvailable: () => false }))).toBeNull();
    expect(createKeyStore(dir, fake({ getSelectedStorageBackend: () => 'basic_text' }))).toBeNull();
  });
});
