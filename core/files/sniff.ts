/** What bytes are, by their signature (file-type), whatever the file is called. */
import { fileTypeFromBuffer } from 'file-type';

/** Enough of a file's start for every signature Xiufu tells apart (zip-based Office files included). */
export const SNIFF_BYTES = 64 * 1024;

/** Text has no signature; a NUL byte in its first bytes means binary data. */
function looksLikeText(head: Uint8Array): boolean {
  return head.length > 0 && !head.subarray(0, 8192).includes(0);
}

/**
 * The kind of the content: file-type's extension ('pdf', 'png', 'jpg', 'docx', 'zip',
 * 'cfb' …), 'text' where there is no signature and no NUL byte, else 'unknown'.
 */
export async function sniff(head: Uint8Array): Promise<string> {
  const found = await fileTypeFromBuffer(head.subarray(0, SNIFF_BYTES));
  if (found) return found.ext;
  return looksLikeText(head) ? 'text' : 'unknown';
}
