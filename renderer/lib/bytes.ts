/** Bytes out of the contract's base64 (files read back), and file sizes for people. */
import { safeFileName } from '../../core/files/safe-name';

export function fromBase64(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function base64Blob(data: string, type: string): Blob {
  return new Blob([fromBase64(data)], { type });
}

/** A size as B, KB or MB (1024-based, one decimal from KB up): a key of `files.size` and its number. */
export function sizeParts(size: number): { unit: 'b' | 'kb' | 'mb'; n: string } {
  if (size < 1024) return { unit: 'b', n: String(size) };
  if (size < 1024 * 1024) return { unit: 'kb', n: (size / 1024).toFixed(1) };
  return { unit: 'mb', n: (size / 1024 / 1024).toFixed(1) };
}

/** Saves a blob through the browser's download (Electron asks where to save it). */
export function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  // A download is written under this name: nothing in it may disguise the file's type.
  a.download = safeFileName(filename) || 'download';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
