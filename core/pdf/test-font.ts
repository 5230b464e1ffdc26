/**
 * Test helper: the real CJK font, loaded without node:fs (core/ may not import it) via
 * Vite's inline asset import, once per test file.
 */
import fontDataUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?inline';

let cached: Promise<Uint8Array> | undefined;

export function loadTestFont(): Promise<Uint8Array> {
  cached ??= fetch(fontDataUrl)
    .then((r) => r.arrayBuffer())
    .then((b) => new Uint8Array(b));
  return cached;
}
