/**
 * Which attachments the desktop may hand to the system's app. The operating system picks
 * the app by the name's extension, so a name decides what runs: only names that promise a
 * document or an image on this list open, and only when the content (sniffed) is such a
 * document too. Everything else is refused with the reason; the user may still download
 * the file or, after a warning, see it in its folder.
 *
 * The list: PDF, PNG, JPEG, GIF and WebP (viewers that run no code), Word and Excel in
 * their macro-free formats (.docx, .xlsx: the forms of this work are exchanged as such;
 * .doc/.xls and the macro-enabled .docm/.xlsm can carry macros and are left out), and
 * plain text (.txt opens in an editor).
 */
import type { Bilingual } from '../rules/types';
import { kindLabel } from './kinds';
import { extensionOf } from './safe-name';

/** An extension on the list → the sniffed kinds (file-type's names) that fulfil it. */
export const OPENABLE: Readonly<Record<string, readonly string[]>> = {
  pdf: ['pdf'],
  png: ['png', 'apng'],
  jpg: ['jpg'],
  jpeg: ['jpg'],
  gif: ['gif'],
  webp: ['webp'],
  // A zip-based Office file whose first entry is not its manifest sniffs as a plain ZIP.
  docx: ['docx', 'zip'],
  xlsx: ['xlsx', 'zip'],
  txt: ['text'],
};

/** The extension under which content of an openable kind opens when its name says otherwise. */
const EXTENSION_OF_CONTENT: Readonly<Record<string, string>> = {
  pdf: 'pdf',
  png: 'png',
  apng: 'png',
  jpg: 'jpg',
  gif: 'gif',
  webp: 'webp',
  docx: 'docx',
  xlsx: 'xlsx',
  text: 'txt',
};

/** Names that run code, install something or point elsewhere when opened (Windows, macOS, Linux). */
const EXECUTABLE_EXTENSIONS = new Set(
  (
    'exe com scr pif cpl msi msp mst msc bat cmd ps1 psm1 vbs vbe js jse wsf wsh wsc hta lnk ' +
    'url scf inf reg jar class desktop sh bash zsh csh command tool app appimage run bin ' +
    'deb rpm apk dmg pkg mpkg iso img vhd vhdx chm hlp gadget application appref-ms ' +
    'settingcontent-ms library-ms searchconnector-ms xll xlam docm dotm xlsm xltm pptm potm ' +
    'ppsm ppam py pyw pl rb php scpt applescript terminal webloc fileloc mobileconfig dll so ' +
    'dylib sys drv ocx cab crx xpi swf wasm'
  ).split(' '),
);

/** Content (file-type's names) that is a program, installer, shortcut or macro-enabled document. */
const EXECUTABLE_CONTENT = new Set(
  (
    'exe elf macho swf wasm crx xpi cab deb rpm dmg lnk alias apk jar class reg chm asar iso ' +
    'xlsm docm dotm potm pptm ppsm xltm'
  ).split(' '),
);

const PROGRAM: Bilingual = {
  en: 'a program, installer or shortcut',
  zh: '程序、安装包或快捷方式',
};

/** How a kind is named in a refusal: programs as programs, whatever their exact format. */
function label(kind: string): Bilingual {
  return EXECUTABLE_EXTENSIONS.has(kind) || EXECUTABLE_CONTENT.has(kind)
    ? PROGRAM
    : kindLabel(kind);
}

export type OpenVerdict =
  /**
   * Opens under `extension`. `mismatch` when the content is not what the name says: what
   * the name claims (null: it has no extension) and what the content is.
   */
  | {
      ok: true;
      extension: string;
      mismatch: { declared: Bilingual | null; actual: Bilingual } | null;
    }
  | {
      ok: false;
      reason: 'executable' | 'unknown';
      /** What the name claims (null: no extension) and what the content is. */
      declared: Bilingual | null;
      actual: Bilingual;
    };

/**
 * Judges a file by its (safe) name and its sniffed content. Opens: a listed extension
 * whose content fits; a listed extension, or none, whose content is another listed kind
 * (opened as that kind, and the user told). Refuses: anything whose name or content is a
 * program; any other extension or content.
 */
export function openVerdict(filename: string, sniffed: string): OpenVerdict {
  const ext = extensionOf(filename);
  const declared = ext ? label(ext) : null;
  const actual = label(sniffed);
  if (EXECUTABLE_EXTENSIONS.has(ext) || EXECUTABLE_CONTENT.has(sniffed))
    return { ok: false, reason: 'executable', declared, actual };
  const listed = OPENABLE[ext];
  if (listed?.includes(sniffed)) return { ok: true, extension: ext, mismatch: null };
  const asContent = EXTENSION_OF_CONTENT[sniffed];
  if (asContent && (listed || ext === ''))
    return { ok: true, extension: asContent, mismatch: { declared, actual } };
  return { ok: false, reason: 'unknown', declared, actual };
}
