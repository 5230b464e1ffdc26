/**
 * The font every generated PDF embeds (Noto Sans SC, so Chinese prints correctly), read
 * once from its npm package. XIUFU_FONT_PATH points elsewhere, e.g. inside a packaged app.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { NOTO_SANS_SC_TTF } from '../core/pdf';

let cached: Uint8Array | undefined;

export function pdfFont(): Uint8Array {
  if (!cached) {
    const path =
      process.env.XIUFU_FONT_PATH || createRequire(import.meta.url).resolve(NOTO_SANS_SC_TTF);
    cached = new Uint8Array(readFileSync(path));
  }
  return cached;
}
