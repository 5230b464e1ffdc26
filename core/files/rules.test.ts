import { describe, expect, it } from 'vitest';
import { translateMessage } from '../messages';
import { classify, declaredKind, judge, type Declared, type FileVerdict } from './rules';

const file = (filename: string, mime = '', size = 100): Declared => ({ filename, mime, size });
const verdict = (
  f: Declared,
  sniffed: string,
  decoded: { ok: true; encrypted: boolean } | { ok: false } | null = { ok: true, encrypted: false },
) => judge(f, classify(f, sniffed), decoded);
const message = (v: FileVerdict, lang: 'en' | 'zh' = 'en') => {
  if (v.ok) throw new Error('accepted');
  return translateMessage(`${v.key}|${JSON.stringify(v.params)}`, lang);
};

describe('declaredKind', () => {
  it('takes the extension first, the MIME type where the name has no known extension', () => {
    expect(declaredKind(file('Receipt.PDF', 'image/png'))).toBe('pdf');
    expect(declaredKind(file('scan', 'image/jpeg'))).toBe('jpg');
    expect(declaredKind(file('scan.xyz', 'application/pdf; charset=binary'))).toBe('pdf');
    expect(declaredKind(file('scan.xyz', 'application/octet-stream'))).toBeNull();
    expect(declaredKind(file('.pdf'))).toBeNull();
  });
});

describe('a file checked as a document', () => {
  it('refuses an empty file, naming it', () => {
    const v = verdict(file('proof.pdf', 'application/pdf', 0), 'unknown');
    expect(v).toMatchObject({ ok: false, key: 'files.empty' });
    expect(message(v)).toContain('“proof.pdf” is empty (0 bytes)');
    expect(message(v, 'zh')).toContain('空文件');
  });

  it('accepts a PDF, a PNG and a JPEG that decode, as documents for the packet', () => {
    expect(verdict(file('a.pdf', 'application/pdf'), 'pdf')).toEqual({
      ok: true,
      mime: 'application/pdf',
      notEmbeddable: null,
    });
    expect(verdict(file('a.png'), 'png')).toEqual({
      ok: true,
      mime: 'image/png',
      notEmbeddable: null,
    });
    expect(verdict(file('a.jpeg', 'image/pjpeg'), 'jpg')).toEqual({
      ok: true,
      mime: 'image/jpeg',
      notEmbeddable: null,
    });
    // No extension: the content decides, and its own MIME type is stored.
    expect(verdict(file('scan', 'application/octet-stream'), 'pdf')).toMatchObject({
      ok: true,
      mime: 'application/pdf',
    });
  });

  it('refuses a PDF that does not decode as unreadable', () => {
    const v = verdict(file('fake.pdf', 'application/pdf', 17), 'pdf', { ok: false });
    expect(v).toMatchObject({ ok: false, key: 'files.unreadable' });
    expect(message(v)).toContain('“fake.pdf” starts like a PDF document but cannot be read');
    expect(message(v, 'zh')).toContain('PDF 文档');
    expect(message(verdict(file('x.png'), 'png', { ok: false }))).toContain('a PNG image');
  });

  it('refuses content that is not what the name says, saying what it seems to be', () => {
    const png = verdict(file('licence.pdf', 'application/pdf'), 'png');
    expect(message(png)).toContain(
      '“licence.pdf” is named as a PDF document, but its content is a PNG image.',
    );
    expect(message(png, 'zh')).toContain('PDF 文档，但其内容是PNG 图片');
    expect(message(verdict(file('photo.png'), 'pdf'))).toContain('its content is a PDF document');
    expect(message(verdict(file('notes.docx'), 'unknown'))).toContain(
      'named as a Word document, but its content is data Xiufu does not recognise',
    );
    expect(message(verdict(file('proof.txt'), 'pdf'))).toContain(
      'a plain-text file, but its content is a PDF document',
    );
    expect(message(verdict(file('scan', 'image/jpeg'), 'text'))).toContain(
      'named as a JPEG image, but its content is plain text',
    );
  });

  it('keeps other types as supporting material that the packet cannot hold', () => {
    for (const [name, sniffed] of [
      ['notes.txt', 'text'],
      ['notes.docx', 'docx'],
      ['notes.docx', 'zip'],
      ['invoice.ofd', 'zip'],
      ['old.doc', 'cfb'],
      ['photo.heic', 'heic'],
      ['anim.png', 'apng'],
      ['data.xyz', 'unknown'],
    ] as const) {
      expect(verdict(file(name, 'x/y'), sniffed, null)).toEqual({
        ok: true,
        mime: 'x/y',
        notEmbeddable: 'type',
      });
    }
  });

  it('keeps a password-protected PDF but not as a document for the packet', () => {
    expect(
      verdict(file('locked.pdf', 'application/pdf'), 'pdf', { ok: true, encrypted: true }),
    ).toEqual({
      ok: true,
      mime: 'application/pdf',
      notEmbeddable: 'encrypted',
    });
  });
});
