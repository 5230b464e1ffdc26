/**
 * The fonts generated PDFs embed (Noto Sans SC, so Chinese prints correctly, and its bold
 * face for letters), read once each from their npm package. XIUFU_FONT_PATH and
 * XIUFU_BOLD_FONT_PATH point elsewhere, e.g. inside a packaged app.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { NOTO_SANS_SC_BOLD_TTF, NOTO_SANS_SC_TTF, type LetterFonts } from '../core/pdf';

const cache = new Map<string, Uint8Array>();

function font(envPath: string | undefined, pkgPath: string): Uint8Array {
  const path = envPath || createRequire(import.meta.url).resolve(pkgPath);
  let bytes = cache.get(path);
  if (!bytes) cache.set(path, (bytes = new Uint8Array(readFileSync(path))));
  return bytes;
}

export function pdfFont(): Uint8Array {
  return font(process.env.XIUFU_FONT_PATH, NOTO_SANS_SC_TTF);
}

/** Both faces, as a letter needs them. */
export function letterFonts(): LetterFonts {
  return {
    fontBytes: pdfFont(),
    boldFontBytes: font(process.env.XIUFU_BOLD_FONT_PATH, NOTO_SANS_SC_BOLD_TTF),
  };
}
