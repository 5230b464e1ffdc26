/**
 * The font every Xiufu PDF embeds. core/ does no I/O, so it only names the file; the
 * backend (db/ or api/) reads it — e.g. `readFile(require.resolve(NOTO_SANS_SC_TTF))` —
 * and passes the bytes in. Noto Sans SC covers Latin and the full GB 18030 Han set, so
 * one font prints both languages; it is embedded as a subset (a letter stays a few KB).
 */
export const NOTO_SANS_SC_TTF =
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

/** Its bold face, for a letter's headings and bold words (embedded only by letters). */
export const NOTO_SANS_SC_BOLD_TTF =
  '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf';

/** The font's own bytes (a TrueType file), read by the caller. */
export type FontBytes = Uint8Array;
