import { describe, expect, it } from 'vitest';
import { openVerdict } from './openable';
import { safeFileName } from './safe-name';

describe('openVerdict', () => {
  it.each([
    ['申请书.pdf', 'pdf', 'pdf'],
    ['photo.PNG', 'png', 'png'],
    ['scan.jpeg', 'jpg', 'jpeg'],
    ['scan.jpg', 'jpg', 'jpg'],
    ['chart.gif', 'gif', 'gif'],
    ['chart.webp', 'webp', 'webp'],
    ['承诺书.docx', 'docx', 'docx'],
    ['承诺书.docx', 'zip', 'docx'],
    ['台账.xlsx', 'xlsx', 'xlsx'],
    ['说明.txt', 'text', 'txt'],
  ])('opens %s holding %s as .%s', (name, sniffed, extension) => {
    expect(openVerdict(name, sniffed)).toEqual({ ok: true, extension, mismatch: null });
  });

  it.each([
    // The examples, as the sanitised names reach the check.
    ['营业执照.pdf.exe', 'exe'],
    ['营业执照.pdf.exe', 'pdf'],
    [safeFileName('invoice\u202efdp.exe'), 'exe'],
    ['承诺书.pdf.lnk', 'lnk'],
    ['说明.hta', 'text'],
    ['run.bat', 'text'],
    ['viewer.desktop', 'text'],
    [safeFileName('report.pdf.exe. '), 'pdf'],
    // The name promises a document, the content is a program.
    ['申请书.pdf', 'exe'],
    ['photo.png', 'elf'],
    ['承诺书.docx', 'docm'],
    ['backup.docm', 'docm'],
  ])('refuses %s holding %s as a program', (name, sniffed) => {
    expect(openVerdict(name, sniffed)).toMatchObject({
      ok: false,
      reason: 'executable',
      actual: expect.objectContaining({ en: expect.any(String), zh: expect.any(String) }),
    });
  });

  it.each([
    ['page.html', 'text'],
    ['drawing.svg', 'xml'],
    ['old.doc', 'cfb'],
    ['archive.zip', 'zip'],
    ['data', 'unknown'],
    ['photo.png', 'zip'],
  ])('refuses %s holding %s as a type it does not open', (name, sniffed) => {
    expect(openVerdict(name, sniffed)).toMatchObject({ ok: false, reason: 'unknown' });
  });

  it('opens content of another listed kind as what it is, and says so', () => {
    expect(openVerdict('photo.jpg', 'png')).toEqual({
      ok: true,
      extension: 'png',
      mismatch: {
        declared: { en: 'a JPEG image', zh: 'JPEG 图片' },
        actual: { en: 'a PNG image', zh: 'PNG 图片' },
      },
    });
    expect(openVerdict('扫描件', 'pdf')).toEqual({
      ok: true,
      extension: 'pdf',
      mismatch: { declared: null, actual: { en: 'a PDF document', zh: 'PDF 文档' } },
    });
  });

  it('names what the name claims and what the content is in a refusal', () => {
    expect(openVerdict('申请书.pdf', 'exe')).toEqual({
      ok: false,
      reason: 'executable',
      declared: { en: 'a PDF document', zh: 'PDF 文档' },
      actual: { en: 'a program, installer or shortcut', zh: '程序、安装包或快捷方式' },
    });
  });
});
