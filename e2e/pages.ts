/**
 * Page helpers for the journeys. Labels come from the renderer's own dictionaries, so
 * the English and Chinese runs walk the same steps by role and visible label.
 */
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { en } from '../renderer/i18n/en';
import { zh } from '../renderer/i18n/zh';

export type Lang = 'en' | 'zh';
export const dictionaries = { en, zh } as const;
export type Dict = typeof en;

export function labels(lang: Lang): Dict {
  return dictionaries[lang] as Dict;
}

/** Fills i18next's `{{name}}` placeholders, as the app does. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));
}

export async function navigate(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

/** Picks an option of a Mantine Select by its label. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export async function switchLanguage(page: Page, to: Lang): Promise<void> {
  const from: Lang = to === 'zh' ? 'en' : 'zh';
  await navigate(page, labels(from).nav.settings);
  await choose(page, labels(from).settings.language, to === 'zh' ? '简体中文' : 'English');
  await expect(
    page.getByRole('heading', { level: 1, name: labels(to).settings.title }),
  ).toBeVisible();
}
