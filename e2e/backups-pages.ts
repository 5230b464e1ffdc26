/** Page helpers of the backup journeys: Settings › Backups, its jobs, the restore dialog. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { isBackupId } from '../core/backups';
import { navigate, sectionOf, type Dict } from './pages';

/** A message template of the dictionaries as a pattern: each `{{value}}` matches anything. */
export function templateRe(template: string): RegExp {
  const parts = template.split(/\{\{\w+\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('.+'));
}

export async function openBackups(page: Page, t: Dict) {
  await navigate(page, t.nav.settings);
  const section = sectionOf(page, t.backups.title);
  await expect(section.getByRole('button', { name: t.backups.backUpNow })).toBeEnabled();
  return section;
}

/**
 * Starts a job with `click` and waits for the sentence that says it ended well. Returns
 * whether its labelled progress bar was on screen in between (watched in the page, since
 * a small backup takes a moment only).
 */
export async function runJob(
  page: Page,
  t: Dict,
  op: 'create' | 'verify' | 'restore',
  click: () => Promise<void>,
  done: string,
): Promise<boolean> {
  const label = `${t.backups.progress[op]}`;
  await page.evaluate((prefix) => {
    const w = window as unknown as { sawProgress?: boolean };
    w.sawProgress = false;
    const seen = () =>
      [...document.querySelectorAll('[role="progressbar"]')].some((el) =>
        (el.closest('[aria-label]')?.getAttribute('aria-label') ?? '').startsWith(prefix),
      );
    new MutationObserver((_, observer) => {
      if (seen()) {
        w.sawProgress = true;
        observer.disconnect();
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  }, label);
  await click();
  await expect(page.getByRole('status').filter({ hasText: templateRe(done) })).toBeVisible({
    timeout: 30_000,
  });
  return page.evaluate(() => (window as unknown as { sawProgress?: boolean }).sawProgress === true);
}

/** The backups list's row of a backup, found by a text of it (its date, its folder). */
export function backupRow(page: Page, t: Dict, text: string | RegExp) {
  return page
    .getByRole('table', { name: t.backups.listLabel })
    .getByRole('row')
    .filter({ hasText: text });
}

/** The ids of the backups in a location folder. */
export function backupIds(location: string): string[] {
  return readdirSync(location).filter(isBackupId).sort();
}

export const ownLocation = (dataDir: string) => join(dataDir, 'backups');
