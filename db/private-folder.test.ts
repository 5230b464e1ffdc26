import { chmodSync, mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensurePrivateFolder, HAS_MODES, tightenFiles } from './private-folder';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(!HAS_MODES)('the data folder is private to its user', () => {
  it('creates a missing folder 0700 (not the 0755 a plain mkdir makes)', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'xiufu-private-')), 'a', 'xiufu');
    ensurePrivateFolder(dir);
    expect(modeOf(dir)).toBe(0o700);
  });

  it('tightens a folder an older Xiufu left open, and everything in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xiufu-private-'));
    const outside = join(mkdtempSync(join(tmpdir(), 'xiufu-outside-')), 'note.txt');
    writeFileSync(outside, 'not ours');
    chmodSync(outside, 0o644);
    mkdirSync(join(dir, 'files', 'ab'), { recursive: true });
    writeFileSync(join(dir, 'xiufu.db'), '');
    writeFileSync(join(dir, 'files', 'ab', 'abcd'), 'x');
    symlinkSync(outside, join(dir, 'link'));
    for (const p of [dir, join(dir, 'files'), join(dir, 'files', 'ab')]) chmodSync(p, 0o755);
    for (const p of [join(dir, 'xiufu.db'), join(dir, 'files', 'ab', 'abcd')]) chmodSync(p, 0o644);

    ensurePrivateFolder(dir);

    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(join(dir, 'files'))).toBe(0o700);
    expect(modeOf(join(dir, 'files', 'ab'))).toBe(0o700);
    expect(modeOf(join(dir, 'xiufu.db'))).toBe(0o600);
    expect(modeOf(join(dir, 'files', 'ab', 'abcd'))).toBe(0o600);
    // A link is not followed: what it points at is not the folder's to change.
    expect(modeOf(outside)).toBe(0o644);
  });

  it('tightens the files it is given and skips those not there yet', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xiufu-private-'));
    writeFileSync(join(dir, 'xiufu.db'), '');
    chmodSync(join(dir, 'xiufu.db'), 0o644);
    tightenFiles([join(dir, 'xiufu.db'), join(dir, 'xiufu.db-wal')]);
    expect(modeOf(join(dir, 'xiufu.db'))).toBe(0o600);
  });
});
