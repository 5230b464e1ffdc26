/**
 * Chinese type on a machine without any Chinese system font (issue 12): Chromium is asked,
 * over the DevTools protocol, which fonts actually drew the characters of the logo and of a
 * Chinese heading. Every Chinese character must come from the bundled Noto Sans SC; a
 * fallback without CJK glyphs (the empty boxes) fails the test. No system CJK font may be
 * installed on test machines to hide the problem.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, labels, switchLanguage } from './pages';

interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/gu;

/** The fonts that drew the text of the first element matching `selector`. */
async function fontsOf(cdp: CDPSession, selector: string): Promise<PlatformFont[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  expect(nodeId, `an element matching ${selector}`).toBeGreaterThan(0);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts as PlatformFont[];
}

async function expectBundledChinese(page: Page, cdp: CDPSession, selector: string) {
  const text = await page.locator(selector).first().innerText();
  const chinese = text.match(CJK)?.length ?? 0;
  expect(chinese, `Chinese characters in ${selector}: "${text}"`).toBeGreaterThan(0);
  const fonts = await fontsOf(cdp, selector);
  const noto = fonts.filter((f) => f.isCustomFont && /Noto Sans SC/.test(f.familyName));
  // Every Chinese character drawn by the bundled face (Latin may use the system's).
  expect(
    noto.reduce((n, f) => n + f.glyphCount, 0),
    `${selector} "${text}" drawn with ${JSON.stringify(fonts)}`,
  ).toBeGreaterThanOrEqual(chinese);
}

test('fonts: the logo and Chinese headings are drawn with the bundled Noto Sans SC', async ({
  app,
}) => {
  await api(app.page, 'settings.update', { notifications: false });
  await switchLanguage(app.page, 'zh');
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(labels('zh').settings.title);
  await app.page.evaluate(() => document.fonts.ready);
  const cdp = await app.page.context().newCDPSession(app.page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  await expectBundledChinese(app.page, cdp, 'header p');
  await expectBundledChinese(app.page, cdp, 'h1');
  await expectBundledChinese(app.page, cdp, 'nav .mantine-NavLink-label');
  await app.shot('fonts-settings-zh');
});
