/** Page helpers of the clock journey: the calendar's range and month grid, Settings' time zone. */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, type Page } from '@playwright/test';
import type { Dict } from './pages';

/** Shows the agenda for a range typed into the calendar's own fields. */
export async function showRange(page: Page, t: Dict, from: string, to: string): Promise<void> {
  const form = page.getByRole('form', { name: t.agendaRange.legend });
  await form.getByRole('textbox', { name: t.agendaRange.from, exact: true }).fill(from);
  await form.getByRole('textbox', { name: t.agendaRange.to, exact: true }).fill(to);
  await form.getByRole('button', { name: t.agendaRange.show }).click();
}

export function monthGrid(page: Page, t: Dict) {
  return page.getByRole('region', { name: t.monthGrid.label });
}

/** Exports the calendar with its button and parses the downloaded file. */
export async function exportIcs(page: Page, t: Dict) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: t.agenda.export }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  return {
    filename: download.suggestedFilename(),
    events: new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent'),
  };
}

/** Picks a time zone in Settings by typing part of its name, and saves it. */
export async function saveTimeZone(page: Page, t: Dict, zone: string): Promise<void> {
  const select = page.getByRole('combobox', { name: t.clock.timeZone, exact: true });
  await select.click();
  await select.fill(zone.split('/').at(-1)!);
  await page.getByRole('option', { name: zone, exact: true }).click();
  await expect(select).toHaveValue(zone);
  await page.getByRole('button', { name: t.clock.save }).click();
  await expect(page.getByRole('status').filter({ hasText: t.clock.saved })).toBeVisible();
}
