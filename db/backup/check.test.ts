import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE, inspectDataFile, openDatabase } from '../connection';
import { DataFileError } from '../data-file-error';
import { latestVersion } from '../migrations';
import { BAD_FILES, dataFolderWithRows, freshDir, sha256Of } from './test-files';

const EXPECTED = {
  'zero-length': 'empty',
  'a text file': 'notSqlite',
  truncated: 'damaged',
  'a damaged page': 'damaged',
  'a newer data version': 'newer',
} as const;

describe('checked open', () => {
  it('creates a new database only where there is no file', () => {
    const dir = freshDir();
    expect(inspectDataFile(dir)).toEqual({ state: 'missing' });
    openDatabase(dir).close();
    expect(inspectDataFile(dir)).toEqual({ state: 'ok', userVersion: latestVersion() });
  });

  it('passes a healthy file with data', () => {
    expect(inspectDataFile(dataFolderWithRows())).toEqual({
      state: 'ok',
      userVersion: latestVersion(),
    });
  });

  for (const [name, spoil] of Object.entries(BAD_FILES)) {
    it(`recognises ${name} and never writes to it`, () => {
      const dir = dataFolderWithRows();
      spoil(dir);
      const file = join(dir, DB_FILE);
      const before = sha256Of(file);

      const check = inspectDataFile(dir);
      expect(check.state).toBe('bad');
      expect(check.state === 'bad' && check.problem.kind).toBe(
        EXPECTED[name as keyof typeof EXPECTED],
      );

      let thrown: unknown;
      try {
        openDatabase(dir).close();
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(DataFileError);
      expect((thrown as DataFileError).problem).toEqual(check.state === 'bad' && check.problem);
      // Not a byte changed, and no journal left beside it.
      expect(sha256Of(file)).toBe(before);
      expect(readdirSync(dir).filter((f) => f.startsWith(DB_FILE + '-w'))).toEqual([]);
    });
  }

  it('says what quick_check found in a damaged file', () => {
    const dir = dataFolderWithRows();
    BAD_FILES['a damaged page'](dir);
    const check = inspectDataFile(dir);
    expect(check.state === 'bad' && check.problem).toMatchObject({
      kind: 'damaged',
      detail: expect.stringMatching(/\S/),
    });
  });
});
