import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_FILES, dataFolderWithRows } from './backup/test-files';
import { breakSeal, isSealedClean, sealClean, sealPath } from './clean-seal';
import { DB_FILE, inspectDataFile, openWritable } from './connection';
import { latestVersion } from './migrations';

/** A folder whose data file was closed cleanly and sealed, as DataFolder.close does. */
function sealedFolder(): { dir: string; file: string } {
  const dir = dataFolderWithRows(300);
  const file = join(dir, DB_FILE);
  sealClean(file);
  return { dir, file };
}

describe('the clean-close seal', () => {
  it('lets the next open skip reading every page of a file nothing touched', () => {
    const { dir, file } = sealedFolder();
    expect(isSealedClean(file)).toBe(true);
    expect(inspectDataFile(dir, { trustSeal: true })).toEqual({
      state: 'ok',
      userVersion: latestVersion(),
    });
  });

  for (const [name, spoil] of Object.entries(BAD_FILES)) {
    it(`is void once the file is spoiled right after the close: ${name}`, () => {
      const { dir, file } = sealedFolder();
      spoil(dir);
      expect(isSealedClean(file)).toBe(false);
      expect(inspectDataFile(dir, { trustSeal: true }).state).toBe('bad');
    });
  }

  it('is void while a write-ahead log lies beside the file (it was not closed cleanly)', () => {
    const { file } = sealedFolder();
    writeFileSync(`${file}-wal`, 'x');
    expect(isSealedClean(file)).toBe(false);
  });

  it('is void when it describes another file, or cannot be read', () => {
    const { file } = sealedFolder();
    expect(isSealedClean(file)).toBe(true);
    writeFileSync(sealPath(file), '{"size":"1","ino":"1","mtimeNs":"1000000000"}');
    expect(isSealedClean(file)).toBe(false);
    writeFileSync(sealPath(file), 'not json');
    expect(isSealedClean(file)).toBe(false);
  });

  it('is broken before anything writes, so a crash leaves no seal', () => {
    const { dir, file } = sealedFolder();
    const db = openWritable(dir);
    expect(existsSync(sealPath(file))).toBe(false);
    db.prepare("UPDATE clients SET name = 'changed' WHERE id = 1").run();
    // The process dies here: no close, no seal; the next open reads every page.
    expect(isSealedClean(file)).toBe(false);
    db.close();
    breakSeal(file);
    expect(existsSync(sealPath(file))).toBe(false);
  });
});
