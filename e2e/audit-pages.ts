/** Page helpers of the audit log journey (e2e/audit.spec.ts). */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, type Page } from '@playwright/test';
import type { Dict } from './pages';

/** The audit log's table, and its rows after the header. */
export function auditRows(page: Page, t: Dict) {
  return page
    .getByRole('table', { name: t.audit.listLabel })
    .getByRole('row')
    .filter({
      hasNot: page.getByRole('columnheader'),
    });
}

/** Chooses a client or case in a searching picker: types part of its name, picks the option. */
export async function pick(page: Page, label: string, text: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.fill(text);
  await page.getByRole('option', { name: option }).click();
}

/** Exports with the Export menu and reads the downloaded CSV back: its raw bytes and its rows. */
export async function exportCsv(page: Page, t: Dict) {
  const what = t.exportList.lists.audit;
  await page.getByRole('button', { name: t.exportList.label.replace('{{what}}', what) }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: t.exportList.csv }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  const text = bytes.toString('utf8');
  await expect(
    page.getByRole('status').filter({ hasText: download.suggestedFilename() }),
  ).toBeVisible();
  return {
    filename: download.suggestedFilename(),
    bom: [...bytes.subarray(0, 3)],
    rows: Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data,
  };
}
