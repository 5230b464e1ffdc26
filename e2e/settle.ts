import type { Page } from '@playwright/test';

/**
 * Waits until every font the screen needs has loaded. The bundled Noto Sans SC comes in
 * unicode-range slices fetched as glyphs first appear (font-display: swap), so a screen
 * photographed the instant it renders can still show boxes. Layout is forced first so
 * that the slices the current text needs are requested before `fonts.ready` is awaited.
 */
export async function settleFonts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let round = 0; round < 3; round++) {
      void document.body.offsetHeight;
      await document.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      if (document.fonts.status === 'loaded') return;
    }
  });
}
