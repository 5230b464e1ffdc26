/**
 * Every screen, in English and in 简体中文, at 1440×900 and 1280×720, on the demo data
 * (issue 12, part 7). On each: one h1, no sideways scrolling, the logo's 修复 (and in
 * Chinese the heading and navigation) drawn with the bundled Noto Sans SC, this machine
 * having no Chinese system font. Each is photographed at the size a user sees it, into
 * e2e/screenshots/tour/, to be looked at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectBundledChinese, fontSession } from './cjk-fonts';
import { expect, test } from './fixtures';
import { api, openRoute, switchLanguage, type Lang } from './pages';
import { settleFonts } from './settle';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;
const OUT = join(import.meta.dirname, 'screenshots', 'tour');

interface Stop {
  name: string;
  path: string;
}

async function stops(page: Page): Promise<Stop[]> {
  const cases = await api(page, 'cases.list', { limit: 50 });
  const clients = await api(page, 'clients.list', { limit: 50 });
  const kase = cases.items.find((c) => c.clientName?.includes('Lumen')) ?? cases.items[0]!;
  const client = clients.items[0]!;
  return [
    { name: 'dashboard', path: '/' },
    { name: 'cases', path: '/cases' },
    { name: 'case', path: `/cases/${kase.id}` },
    { name: 'case-new', path: '/cases/new' },
    { name: 'queue', path: '/queue' },
    { name: 'calendar', path: '/calendar' },
    { name: 'clients', path: '/clients' },
    { name: 'client', path: `/clients/${client.id}` },
    { name: 'client-edit', path: `/clients/${client.id}/edit` },
    { name: 'client-new', path: '/clients/new' },
    { name: 'audit', path: '/audit' },
    { name: 'reports', path: '/reports' },
    { name: 'rules', path: '/rules' },
    { name: 'rules-year', path: '/rules/calendars/new' },
    { name: 'settings', path: '/settings' },
    { name: 'not-found', path: '/no-such-screen' },
  ];
}

for (const lang of ['en', 'zh'] as const satisfies readonly Lang[]) {
  test(`tour: every screen reads right at 1440×900 and 1280×720 (${lang})`, async ({ app }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await api(page, 'settings.update', { notifications: false });
    await api(page, 'demo.load', {});
    if (lang === 'zh') await switchLanguage(page, 'zh');
    const cdp = await fontSession(page);
    const route = await stops(page);
    const h1 = page.getByRole('heading', { level: 1 });
    mkdirSync(OUT, { recursive: true });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const stop of route) {
        await openRoute(page, stop.path);
        await expect(h1, `${stop.name}: one h1`).toHaveCount(1);
        await expect(h1).toBeVisible();
        await expect(page.getByRole('progressbar')).toHaveCount(0);
        await settleFonts(page);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(
          overflow,
          `${stop.name} at ${size.width}: no sideways scrolling`,
        ).toBeLessThanOrEqual(0);
        // The logo's 修复 in both languages.
        await expectBundledChinese(page, cdp, 'header p');
        if (lang === 'zh') {
          // A client's name may be Latin; the navigation always reads in Chinese.
          if (/\p{Script=Han}/u.test(await h1.innerText()))
            await expectBundledChinese(page, cdp, 'h1');
          await expectBundledChinese(page, cdp, 'nav .mantine-NavLink-label');
        }
        await page.screenshot({
          path: join(OUT, `${stop.name}-${lang}-${size.width}x${size.height}.png`),
          animations: 'disabled',
        });
      }
    }
  });
}
