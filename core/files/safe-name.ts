/**
 * File names as uploaders chose them are shown, written to disk and printed in the packet
 * index. A name may carry characters that lie about it: a right-to-left override turns
 * "invoice‮fdp.exe" into what reads as "invoiceexe.pdf", control characters break lines
 * and terminals, and Windows drops trailing dots and spaces, so "report.pdf.exe. " is
 * run as an .exe. One function cleans a name for all of these uses.
 */

/**
 * Never kept: C0 and C1 controls and DEL; the bidirectional marks, embeddings, overrides
 * and isolates (U+200E/F, U+061C, U+202A–U+202E, U+2066–U+2069); line and paragraph
 * separators (U+2028/9) and the byte-order mark, which are invisible in a name.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;
/** Path separators and the characters Windows refuses in a name. */
const UNWRITABLE = /[\\/<>:"|?*]/g;
/** Names Windows reserves for devices, with or without an extension. */
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/**
 * The name to show and to write: invisible and directional characters removed, separators
 * and characters Windows refuses replaced by "_", Unicode composed (NFC), leading spaces
 * and trailing dots and spaces dropped, a device name prefixed with "_". May be '' when
 * nothing usable is left; callers refuse or fall back.
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(INVISIBLE, '')
    .replace(UNWRITABLE, '_')
    .normalize('NFC')
    .replace(/^\s+/u, '')
    .replace(/[.\s]+$/u, '');
  return DEVICE.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** The extension after the last dot, lower case; '' for none (a leading dot is no extension). */
export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot <= 0 ? '' : filename.slice(dot + 1).toLowerCase();
}
