/**
 * Chinese type on a machine without any Chinese system font (issue 12): Chromium is asked,
 * over the DevTools protocol, which fonts actually drew the characters of the logo and of a
 * Chinese heading. Every Chinese character must come from the bundled Noto Sans SC; a
 * fallback without CJK glyphs (the empty boxes) fails the test. No system CJK font may be
 * installed on test machines to hide the problem.
 */
import { expectBundledChinese, fontSession } from './cjk-fonts';
import { expect, test } from './fixtures';
import { api, labels, switchLanguage } from './pages';
import { settleFonts } from './settle';

test('fonts: the logo and Chinese headings are drawn with the bundled Noto Sans SC', async ({
  app,
}) => {
  await api(app.page, 'settings.update', { notifications: false });
  const cdp = await fontSession(app.page);
  // In English too: the logo's 修复 is the one Chinese on the screen.
  await settleFonts(app.page);
  await expectBundledChinese(app.page, cdp, 'header p');
  await switchLanguage(app.page, 'zh');
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(labels('zh').settings.title);
  await settleFonts(app.page);
  await expectBundledChinese(app.page, cdp, 'header p');
  await expectBundledChinese(app.page, cdp, 'h1');
  await expectBundledChinese(app.page, cdp, 'nav .mantine-NavLink-label');
  await app.shot('fonts-settings-zh');
});
