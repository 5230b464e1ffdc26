/** Test support: an encrypted data folder (a key file, its key remembered) and raw-byte scans. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { keyFilePath, newKeyFile, writeKeyFile } from './key-file';
import { rememberUnlocked } from './keyring';

/** Makes `dir` an encrypted folder before its database exists; returns the key. */
export async function encryptNewFolder(
  dir: string,
  passphrase = 'correct horse battery',
): Promise<Buffer> {
  const unlocked = await newKeyFile(passphrase);
  writeKeyFile(keyFilePath(dir), unlocked.file);
  rememberUnlocked(unlocked);
  return unlocked.key;
}

/** Every file under `dir` (recursively) whose bytes contain `text` (UTF-8). */
export function filesContaining(dir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  const found: string[] = [];
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (readFileSync(p).includes(needle)) found.push(p);
    }
  };
  walk(dir);
  return found;
}
