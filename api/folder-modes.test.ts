/**
 * The data folder is private to its user (0700) and every file Xiufu writes in it is
 * 0600: the database and its -wal and -shm, the lock and its who-file, uploads in
 * progress and stored attachments. A folder an older Xiufu left open is tightened.
 */
import { chmodSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { samplePng } from '../db/attachments/test-files';
import { HAS_MODES } from '../db/private-folder';
import { claimDataFolder } from './claim-folder';
import { samrCase, testBackend, type TestBackend } from './testing';

const cleanup: Array<() => void> = [];
afterEach(() => cleanup.splice(0).forEach((done) => done()));

/** Every file and folder under root with its mode, e.g. "files/ab 700". */
function modes(root: string): string[] {
  const out = [`. ${(statSync(root).mode & 0o777).toString(8)}`];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      out.push(`${relative(root, path)} ${(statSync(path).mode & 0o777).toString(8)}`);
      if (entry.isDirectory()) walk(path);
    }
  };
  walk(root);
  return out;
}

const loose = (lines: string[]) => lines.filter((l) => !/ (700|600)$/.test(l));

function backendOn(dataDir: string): TestBackend {
  const t = testBackend({ dir: dataDir });
  cleanup.push(() => t.backend.close());
  return t;
}

function claim(dataDir: string): void {
  const claimed = claimDataFolder(dataDir, { shell: 'browser' });
  if (!claimed.ok) throw new Error(claimed.message('en'));
  cleanup.push(() => claimed.lock.release());
}

describe.skipIf(!HAS_MODES)('modes in the data folder', () => {
  it('creates the folder 0700 and every file in it 0600, uploads and stored files too', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'xiufu-modes-')), 'xiufu');
    claim(dataDir);
    const t = backendOn(dataDir);
    const kase = await samrCase(t);
    const png = samplePng();
    const { uploadId } = await t.ok('uploads.begin', {
      filename: 'licence.png',
      mime: 'image/png',
      size: png.length,
    });
    await t.ok('uploads.chunk', { uploadId, index: 0, data: png });
    const during = modes(dataDir);
    expect(during).toEqual(expect.arrayContaining([`files/uploads/${uploadId} 600`]));
    await t.ok('uploads.finish', { uploadId, caseId: kase.id, itemKey: 'business-licence' });
    const after = modes(dataDir);

    for (const name of [
      'xiufu.db',
      'xiufu.db-wal',
      'xiufu.db-shm',
      'xiufu.lock',
      'xiufu.lock.json',
    ])
      expect(after).toContain(`${name} 600`);
    expect(after.filter((l) => /^files\/[0-9a-f]{2}\/[0-9a-f]{64} /.test(l))).toHaveLength(1);
    expect(after).toContain('. 700');
    expect(loose([...during, ...after])).toEqual([]);
  });

  it('tightens a folder an older Xiufu created 0755 with 0644 files when it is opened', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'xiufu-modes-'));
    testBackend({ dir: dataDir }).backend.close();
    chmodSync(dataDir, 0o755);
    for (const name of readdirSync(dataDir)) chmodSync(join(dataDir, name), 0o644);
    expect(loose(modes(dataDir)).length).toBeGreaterThan(1);

    claim(dataDir);
    backendOn(dataDir);
    expect(loose(modes(dataDir))).toEqual([]);
  });
});
