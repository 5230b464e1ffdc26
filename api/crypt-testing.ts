/** Test support for encryption at rest through dispatch: backends restarted knowing no key, re-keys awaited, bytes compared. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { readKeyFile } from '../db/crypt/key-file';
import { forgetKey, heldKeys } from '../db/crypt/keyring';
import type { ServerEvents } from './contract';
import { testBackend, type TestBackend } from './testing';

/** Backends on fresh or given folders, closed after each test. */
export function cryptBackends() {
  const open: TestBackend[] = [];
  afterEach(() => {
    for (const t of open.splice(0)) t.backend.close();
  });
  const start = (dir?: string): TestBackend => {
    const t = testBackend(dir ? { dir } : {});
    open.push(t);
    return t;
  };
  /** The backend ends; a new one starts on the same folder knowing no key (a restart). */
  const restart = async (t: TestBackend, opts: { forgetAll?: boolean } = {}) => {
    t.backend.close();
    if (opts.forgetAll) for (const [id] of heldKeys()) forgetKey(id);
    const id = readKeyFile(t.dir)?.id;
    if (id) forgetKey(id);
    const next = start(t.dir);
    await next.backend.ready;
    return next;
  };
  return { start, restart };
}

export function securityDone(t: TestBackend): Promise<ServerEvents['security.done']> {
  return new Promise((resolve) => {
    const off = t.backend.events.on('security.done', (e) => {
      off();
      resolve(e);
    });
  });
}

/** Starts a re-key and waits for its end. */
export async function rekeyed(t: TestBackend, run: () => Promise<unknown>) {
  const finished = securityDone(t);
  await run();
  return finished;
}

/** Every file of the folder and its bytes' hash: "nothing written" checked byte for byte. */
export function folderBytes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[p] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
