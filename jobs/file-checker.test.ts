import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFile } from '../db/attachments/content';
import { FAKE_PDF, samplePdf, samplePng } from '../db/attachments/test-files';
import { FileChecker } from './file-checker';
import { randomBytes, randomUUID } from 'node:crypto';
import { seal } from '../db/attachments/sealed';
import { rememberKey } from '../db/crypt/keyring';

let dir: string;
let checker: FileChecker;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xiufu-checker-'));
  checker = new FileChecker(undefined);
});
afterEach(async () => {
  await checker.close();
  rmSync(dir, { recursive: true, force: true });
});

const fileOf = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const pdf = 'application/pdf';

describe('the file checker', () => {
  it('gives each file, checked at once or one after another, the verdict checkFile gives', async () => {
    const good = fileOf('good', await samplePdf({ pages: 2 }));
    const fake = fileOf('fake', FAKE_PDF);
    const png = fileOf('png', samplePng());
    checker.warm();
    const verdicts = await Promise.all([
      checker.check(good, { filename: 'scan.pdf', mime: pdf }),
      checker.check(fake, { filename: 'scan.pdf', mime: pdf }),
      checker.check(png, { filename: 'photo.pdf', mime: pdf }),
    ]);
    expect(verdicts).toEqual([
      await checkFile({ path: good }, { filename: 'scan.pdf', mime: pdf }),
      await checkFile({ path: fake }, { filename: 'scan.pdf', mime: pdf }),
      await checkFile({ path: png }, { filename: 'photo.pdf', mime: pdf }),
    ]);
    expect(verdicts[0]).toMatchObject({ ok: true, mime: pdf });
    expect(verdicts[1]).toMatchObject({ ok: false });
    expect(await checker.check(good, { filename: 'again.pdf', mime: pdf })).toMatchObject({
      ok: true,
    });
  });

  it('reads a sealed file with a key it was not started with', async () => {
    checker.warm();
    const bytes = await samplePdf({ pages: 2 });
    // A key new to this process (a passphrase changed after the thread started).
    const filesKey = { id: randomUUID(), key: randomBytes(32) };
    rememberKey(filesKey.id, filesKey.key);
    const sealed = fileOf('sealed', seal(filesKey, bytes));
    const declared = { filename: 'scan.pdf', mime: pdf };
    expect(await checker.check(sealed, declared)).toEqual(await checkFile({ bytes }, declared));
    expect(await checker.check(sealed, declared)).toMatchObject({ ok: true });
  });

  it('fails a check whose file cannot be read, and answers the next one', async () => {
    await expect(
      checker.check(join(dir, 'gone'), { filename: 'gone.pdf', mime: pdf }),
    ).rejects.toMatchObject({ code: 'ENOENT' });
    const good = fileOf('good', await samplePdf());
    expect(await checker.check(good, { filename: 'a.pdf', mime: pdf })).toMatchObject({
      ok: true,
    });
  });

  it('fails the checks a stopped thread owed, and starts another for the next', async () => {
    const good = fileOf('good', await samplePdf());
    const owed = checker.check(good, { filename: 'a.pdf', mime: pdf });
    await checker.close();
    await expect(owed).rejects.toThrow(/stopped/);
    expect(await checker.check(good, { filename: 'a.pdf', mime: pdf })).toMatchObject({
      ok: true,
    });
  });
});
