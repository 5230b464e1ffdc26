import { saveBlob } from '../../lib/bytes';

/** Saves text as a file through the browser's download (Electron asks where to save it). */
export function download(filename: string, content: string, type: string): void {
  saveBlob(filename, new Blob([content], { type }));
}
