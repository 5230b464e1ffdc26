import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection';
import { createRepositories } from '../db/repositories';
import { samplePdf, samplePng } from '../db/attachments/test-files';
import type { DesktopServices } from './dispatch';
import { samrCase, testBackend, upload, type TestBackend } from './testing';

let t: TestBackend;
afterEach(() => t?.backend.close());

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const ITEM = 'repair-application';
const RLO = '\u202e';

/** A program's first bytes: the MZ signature of a Windows executable. */
const EXE = new Uint8Array(512).fill(0x90);
EXE.set([0x4d, 0x5a]);
/** A Windows shortcut's header. */
const LNK = new Uint8Array(256);
LNK.set([0x4c, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46]);
const text = (s: string) => new TextEncoder().encode(s);

/** A desktop backend whose system calls are recorded, with copies in a temp folder of its own. */
function desktopBackend(dir?: string) {
  const tempDir = mkdtempSync(join(tmpdir(), 'xiufu-temp-'));
  const opened: string[] = [];
  const shown: string[] = [];
  const desktop: DesktopServices = {
    openPath: async (p) => (opened.push(p), ''),
    showItemInFolder: (p) => void shown.push(p),
  };
  t = testBackend({ dir, desktop, tempDir });
  return { tempDir, opened, shown };
}

async function attached(filename: string, mime: string, bytes: Uint8Array, caseId?: number) {
  const id = caseId ?? (await samrCase(t)).id;
  const detail = await upload(t, id, ITEM, filename, mime, bytes);
  return detail.checklist.find((i) => i.documentId === ITEM)!.files.at(-1)!;
}

describe('files.open', () => {
  it('works only in the desktop shell', async () => {
    t = testBackend();
    const file = await attached('申请书.pdf', 'application/pdf', await samplePdf());
    expect(await t.backend.dispatch('files.open', { id: file.id }, { lang: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('desktop app') },
    });
  });

  it('opens an allowed type: a verified copy under its name, readable by this user only', async () => {
    const { tempDir, opened } = desktopBackend();
    const bytes = await samplePdf();
    const file = await attached('申请书.pdf', 'application/pdf', bytes);
    expect(await t.ok('files.open', { id: file.id })).toEqual({ opened: 'app', notice: null });
    expect(opened).toHaveLength(1);
    expect(basename(opened[0]!)).toBe('申请书.pdf');
    expect(opened[0]!.startsWith(join(tempDir, `xiufu-open-${process.pid}-`))).toBe(true);
    expect(sha(new Uint8Array(readFileSync(opened[0]!)))).toBe(sha(bytes));
    if (process.platform !== 'win32') expect(statSync(opened[0]!).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['营业执照.pdf.exe', 'application/x-msdownload', EXE, '营业执照.pdf.exe'],
    [`invoice${RLO}fdp.exe`, 'application/octet-stream', EXE, 'invoicefdp.exe'],
    ['承诺书.pdf.lnk', 'application/x-ms-shortcut', LNK, '承诺书.pdf.lnk'],
    ['说明.hta', 'application/hta', text('<script>alert(1)</script>'), '说明.hta'],
    ['run.bat', 'application/x-bat', text('@echo off\r\ndel /q *'), 'run.bat'],
    ['viewer.desktop', 'application/x-desktop', text('[Desktop Entry]\nExec=sh'), 'viewer.desktop'],
  ])(
    'refuses %j as a program, in either language, opening and writing nothing',
    async (name, mime, bytes, shown) => {
      const { tempDir, opened } = desktopBackend();
      const file = await attached(name, mime, bytes);
      expect(file.filename).toBe(shown);
      const before = t.snapshot();
      const en = await t.backend.dispatch('files.open', { id: file.id }, { lang: 'en' });
      expect(en).toEqual({
        ok: false,
        error: {
          code: 'needs_override',
          field: 'reveal',
          message: expect.stringMatching(
            new RegExp(`^“${shown.replace(/\./g, '\\.')}” .*program.*in its folder`),
          ),
        },
      });
      const zh = await t.backend.dispatch('files.open', { id: file.id }, { lang: 'zh' });
      expect(zh).toMatchObject({ ok: false, error: { message: expect.stringContaining('程序') } });
      expect(opened).toEqual([]);
      expect(readdirSync(tempDir)).toEqual([]);
      expect(t.snapshot()).toBe(before);
    },
  );

  it('refuses a document its name does not promise, naming both', async () => {
    desktopBackend();
    const file = await attached('page.html', 'text/html', text('<p>hello</p>'));
    expect(await t.backend.dispatch('files.open', { id: file.id }, { lang: 'en' })).toMatchObject({
      ok: false,
      error: {
        code: 'needs_override',
        message: expect.stringContaining('Xiufu opens only PDF, PNG, JPEG'),
      },
    });
  });

  it('shows a refused file in its folder once the user confirmed the warning', async () => {
    const { opened, shown } = desktopBackend();
    const file = await attached('营业执照.pdf.exe', 'application/x-msdownload', EXE);
    expect(await t.ok('files.open', { id: file.id, reveal: true })).toEqual({
      opened: 'folder',
      notice: null,
    });
    expect(opened).toEqual([]);
    expect(basename(shown[0]!)).toBe('营业执照.pdf.exe');
    expect(sha(new Uint8Array(readFileSync(shown[0]!)))).toBe(sha(EXE));
  });

  it('opens content that its name does not describe as what it is, and says so', async () => {
    const { opened } = desktopBackend();
    // Without an extension, the MIME type vouches for the PDF at upload.
    const pdf = await attached('扫描件', 'application/pdf', await samplePdf());
    const untyped = await t.backend.dispatch('files.open', { id: pdf.id }, { lang: 'zh' });
    expect(untyped).toEqual({
      ok: true,
      value: { opened: 'app', notice: expect.stringContaining('其内容是PDF 文档') },
    });
    expect(basename(opened[0]!)).toBe('扫描件.pdf');

    // A PNG attached as "photo.jpg" before attachments were checked.
    const png = samplePng();
    const stored = await attached('photo.png', 'image/png', png, pdf.caseId);
    t.backend.close();
    const db = openDatabase(t.dir);
    const legacy = createRepositories(db).files.add({
      ...stored,
      filename: 'photo.jpg',
      mime: 'image/jpeg',
    });
    db.close();
    const { opened: again } = desktopBackend(t.dir);
    const r = await t.backend.dispatch('files.open', { id: legacy.id }, { lang: 'en' });
    expect(r).toEqual({
      ok: true,
      value: {
        opened: 'app',
        notice:
          '“photo.jpg” is named as a JPEG image, but its content is a PNG image, so it was opened as a PNG image. Check that it is the document you expect, and attach it again under a fitting name.',
      },
    });
    expect(basename(again[0]!)).toBe('photo.png');
  });

  it('deletes its copies when the backend closes', async () => {
    const { tempDir, opened } = desktopBackend();
    const file = await attached('申请书.pdf', 'application/pdf', await samplePdf());
    await t.ok('files.open', { id: file.id });
    await t.ok('files.open', { id: file.id });
    expect(opened[0]).not.toBe(opened[1]);
    const folder = dirname(dirname(opened[0]!));
    expect(existsSync(folder)).toBe(true);
    t.backend.close();
    expect(existsSync(folder)).toBe(false);
    expect(readdirSync(tempDir)).toEqual([]);
  });
});

describe('file names', () => {
  it('refuses a name with nothing usable left, in the user’s language, writing nothing', async () => {
    t = testBackend();
    const before = t.snapshot();
    const r = await t.backend.dispatch(
      'uploads.begin',
      { filename: `${RLO}\u200e\u0007. `, mime: 'application/pdf', size: 10 },
      { lang: 'zh' },
    );
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid', field: 'filename', message: expect.stringContaining('重命名') },
    });
    expect(t.snapshot()).toBe(before);
    expect(existsSync(join(t.dir, 'files', 'uploads'))).toBe(false);
  });
});
