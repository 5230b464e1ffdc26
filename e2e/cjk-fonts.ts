/**
 * Asks Chromium, over the DevTools protocol, which fonts actually drew an element's text:
 * on machines without any Chinese system font, every Chinese character must come from
 * the bundled Noto Sans SC; a fallback without CJK glyphs (empty boxes) fails.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect } from '@playwright/test';

interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/gu;

export async function fontSession(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return cdp;
}

/** The fonts that drew the text of the first element matching `selector`. */
async function fontsOf(cdp: CDPSession, selector: string): Promise<PlatformFont[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  expect(nodeId, `an element matching ${selector}`).toBeGreaterThan(0);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts as PlatformFont[];
}

/** Every Chinese character of the element drawn by the bundled face (Latin may use the system's). */
export async function expectBundledChinese(page: Page, cdp: CDPSession, selector: string) {
  const text = await page.locator(selector).first().innerText();
  const chinese = text.match(CJK)?.length ?? 0;
  expect(chinese, `Chinese characters in ${selector}: "${text}"`).toBeGreaterThan(0);
  const fonts = await fontsOf(cdp, selector);
  const noto = fonts.filter((f) => f.isCustomFont && /Noto Sans SC/.test(f.familyName));
  expect(
    noto.reduce((n, f) => n + f.glyphCount, 0),
    `${selector} "${text}" drawn with ${JSON.stringify(fonts)}`,
  ).toBeGreaterThanOrEqual(chinese);
}
