import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extensionOf, safeFileName } from './safe-name';

const RLO = '\u202e';

describe('safeFileName', () => {
  it.each([
    // The examples: the real extension stays visible, nothing hides it.
    ['营业执照.pdf.exe', '营业执照.pdf.exe'],
    [`invoice${RLO}fdp.exe`, 'invoicefdp.exe'],
    [`营业执照${RLO}fdp.lnk`, '营业执照fdp.lnk'],
    ['承诺书.pdf.lnk', '承诺书.pdf.lnk'],
    ['说明.hta', '说明.hta'],
    ['run.bat', 'run.bat'],
    ['viewer.desktop', 'viewer.desktop'],
    // Windows drops trailing dots and spaces: "x.pdf.exe. " would run as an .exe.
    ['report.pdf.exe. ', 'report.pdf.exe'],
    ['scan.pdf . . ', 'scan.pdf'],
    ['  leading spaces.pdf', 'leading spaces.pdf'],
    // Every bidirectional mark, embedding, override and isolate; controls C0, DEL and C1.
    ['a\u202ab\u202bc\u202cd\u202de\u202ef.pdf', 'abcdef.pdf'],
    ['a\u2066b\u2067c\u2068d\u2069e.pdf', 'abcde.pdf'],
    ['a\u200eb\u200fc\u061cd.pdf', 'abcd.pdf'],
    ['line\nbreak\r\t.pdf', 'linebreak.pdf'],
    ['bell\u0007\u0000\u001f\u007f\u0080\u009f.pdf', 'bell.pdf'],
    ['\ufeffbom\u2028sep\u2029.pdf', 'bomsep.pdf'],
    // Separators and what Windows refuses cannot make a path or fail to write.
    ['../../etc/passwd', '.._.._etc_passwd'],
    ['C:\\Users\\x.pdf', 'C__Users_x.pdf'],
    ['a<b>c:d"e|f?g*.pdf', 'a_b_c_d_e_f_g_.pdf'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['console.pdf', 'console.pdf'],
    // Decomposed (macOS) and composed names read the same.
    ['cafe\u0301.pdf', 'café.pdf'],
    // Ordinary names are untouched.
    ['营业执照（副本）2025.pdf', '营业执照（副本）2025.pdf'],
    ['.hidden', '.hidden'],
  ])('%j → %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('leaves nothing of a name made only of invisible characters', () => {
    expect(safeFileName(`${RLO}\u200e\u0000. `)).toBe('');
  });

  it('never lets a control or directional character, a separator or a trailing dot through', () => {
    const bad =
      // eslint-disable-next-line no-control-regex -- the characters the function removes
      /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\\/]|[. ]$/;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (name) => {
        const safe = safeFileName(name);
        expect(safe).not.toMatch(bad);
        expect(safeFileName(safe)).toBe(safe);
      }),
    );
  });
});

describe('extensionOf', () => {
  it.each([
    ['a.PDF', 'pdf'],
    ['营业执照.pdf.exe', 'exe'],
    ['.hidden', ''],
    ['noext', ''],
  ])('%s → %s', (name, ext) => expect(extensionOf(name)).toBe(ext));
});
