import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshDir } from '../backup/test-files';
import { openDatabase } from '../connection';
import { newKeyFile, readKeyFile } from './key-file';
import { rememberKey } from './keyring';
import { finishRekey, prepareRekey, switchRekey, type RekeyStep, type SwitchStep } from './rekey';
import { encryptNewFolder, filesContaining } from './test-keys';

const ID_NUMBER = '110101199003077777';
const NOW = '2026-01-05T09:30:00.000Z';

type From = 'plain' | 'encrypted';
type To = 'encrypted' | 'plain' | 'changed';

async function folder(from: From): Promise<string> {
  const dir = freshDir('xiufu-rekey-');
  if (from === 'encrypted') await encryptNewFolder(dir);
  const db = openDatabase(dir);
  db.prepare(
    "INSERT INTO clients (kind, name, id_number, created_at, updated_at) VALUES ('person', '张三', ?, ?, ?)",
  ).run(ID_NUMBER, NOW, NOW);
  db.close();
  return dir;
}

async function target(to: To) {
  if (to === 'plain') return null;
  const next = await newKeyFile('a new passphrase');
  rememberKey(next.file.id, next.key);
  return next;
}

/** The folder opens (with whatever key its key file names) and still holds the client. */
function opensWith(dir: string): string | null {
  const db = openDatabase(dir);
  expect(db.prepare('SELECT id_number FROM clients').get()).toEqual({ id_number: ID_NUMBER });
  db.close();
  return readKeyFile(dir)?.id ?? null;
}

const crash = (at: string) => (step: string) => {
  if (step === at) throw new Error(`crash at ${at}`);
};

const CASES: [From, To][] = [
  ['plain', 'encrypted'],
  ['encrypted', 'changed'],
  ['encrypted', 'plain'],
];

describe.each(CASES)('re-keying a %s folder to %s', (from, to) => {
  const switchTo = to === 'plain' ? 'plain' : 'encrypted';

  it('re-keys the database and leaves nothing else behind', async () => {
    const dir = await folder(from);
    const before = readdirSync(dir).sort();
    const next = await target(to);
    prepareRekey(dir, next);
    switchRekey(dir, switchTo);
    finishRekey(dir);
    expect(opensWith(dir)).toBe(next?.file.id ?? null);
    expect(filesContaining(dir, ID_NUMBER).length).toBe(to === 'plain' ? 1 : 0);
    const after = readdirSync(dir).filter((f) => !f.endsWith('-wal') && !f.endsWith('-shm'));
    const expected = before.filter((f) => !f.endsWith('-wal') && !f.endsWith('-shm'));
    if (from === 'plain') expected.push('xiufu.key');
    expect(after.sort()).toEqual(
      expected.filter((f) => to !== 'plain' || f !== 'xiufu.key').sort(),
    );
  });

  it.each<RekeyStep>(['copy', 'rekey', 'check'])(
    'opens with the old key after a crash at the %s step',
    async (step) => {
      const dir = await folder(from);
      const old = readKeyFile(dir)?.id ?? null;
      const next = await target(to);
      expect(() => prepareRekey(dir, next, { onStep: crash(step) })).toThrow(/crash/);
      finishRekey(dir);
      expect(opensWith(dir)).toBe(old);
    },
  );

  it('opens with the old key when the switch never wrote its journal', async () => {
    const dir = await folder(from);
    const old = readKeyFile(dir)?.id ?? null;
    prepareRekey(dir, await target(to));
    finishRekey(dir);
    expect(opensWith(dir)).toBe(old);
  });

  it.each<SwitchStep>(['journal', 'database', 'keyFile'])(
    'opens with the new key after a crash once the %s step is done',
    async (step) => {
      const dir = await folder(from);
      const next = await target(to);
      prepareRekey(dir, next);
      expect(() => switchRekey(dir, switchTo, crash(step))).toThrow(/crash/);
      finishRekey(dir);
      expect(opensWith(dir)).toBe(next?.file.id ?? null);
    },
  );
});
