/**
 * Test helper: the real CJK font, loaded without node:fs (core/ may not import it) via
 * Vite's inline asset import, once per test file.
 */
import fontDataUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?inline';

import boldDataUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?inline';

const load = (url: string) =>
  fetch(url)
    .then((r) => r.arrayBuffer())
    .then((b) => new Uint8Array(b));

let cached: Promise<Uint8Array> | undefined;
let cachedBold: Promise<Uint8Array> | undefined;

export function loadTestFont(): Promise<Uint8Array> {
  return (cached ??= load(fontDataUrl));
}

export function loadTestBoldFont(): Promise<Uint8Array> {
  return (cachedBold ??= load(boldDataUrl));
}
