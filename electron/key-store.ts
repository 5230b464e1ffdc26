/**
 * "Remember on this computer" (desktop only): an encrypted folder's database key kept in
 * the system's secure store through Electron's safeStorage (Keychain, DPAPI, the Secret
 * Service), as one small file per key under the app's own profile folder — never in the
 * data folder, so a copied data folder or backup does not carry it.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyStore } from '../api/security-service';

/** What is used of Electron's safeStorage (a fake stands in for it in tests). */
export interface SecureStrings {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
  /** Linux: 'basic_text' means no keyring, the string is only obfuscated. */
  getSelectedStorageBackend?(): string;
}

const KEY_ID = /^[0-9a-f-]{8,64}$/;

/** A key store when the system has a real secure store; null when it has none. */
export function createKeyStore(dir: string, safe: SecureStrings): KeyStore | null {
  if (!safe.isEncryptionAvailable()) return null;
  if (safe.getSelectedStorageBackend?.() === 'basic_text') return null;
  const fileOf = (keyId: string) => {
    if (!KEY_ID.test(keyId)) throw new Error(`Not a key id: ${keyId}`);
    return join(dir, `${keyId}.key`);
  };
  return {
    load(keyId) {
      try {
        return Buffer.from(safe.decryptString(readFileSync(fileOf(keyId))), 'hex');
      } catch {
        // Not remembered, or remembered by another user or machine: ask for the passphrase.
        return null;
      }
    },
    save(keyId, key) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileSync(fileOf(keyId), safe.encryptString(key.toString('hex')), { mode: 0o600 });
    },
    forget(keyId) {
      rmSync(fileOf(keyId), { force: true });
    },
  };
}
