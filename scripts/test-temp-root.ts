/**
 * One temporary folder per test run, holding every temporary folder the tests make, and
 * removed when the run ends: the tests create thousands (a backend per test), and a
 * developer's /tmp should not keep them. Set as TMPDIR, which os.tmpdir() reads on every
 * call and which the test workers and the servers the journeys start inherit.
 * Open to others like /tmp itself (sticky, world-writable) so a test may run a process as
 * another user, whose tools keep their caches there.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function useTestTempRoot(name: string): () => void {
  const root = mkdtempSync(join(tmpdir(), `xiufu-${name}-run-`));
  chmodSync(root, 0o1777);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    if (!process.env.XIUFU_KEEP_TEMP) rmSync(root, { recursive: true, force: true });
  };
}
