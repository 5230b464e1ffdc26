/** Page helpers of the export journey (e2e/export.spec.ts): the Export menu and its files. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, type Page } from '@playwright/test';
import { fill, type Dict } from './pages';

export type ListName = keyof Dict['exportList']['lists'];

/** Opens a list's Export menu (found by its accessible name). */
export async function openExportMenu(page: Page, t: Dict, list: ListName) {
  const what = t.exportList.lists[list];
  await page.getByRole('button', { name: fill(t.exportList.label, { what }) }).click();
  await expect(page.getByRole('menuitem', { name: t.exportList.xlsx })).toBeVisible();
}

/** Exports through the menu and returns the downloaded file: its name and bytes. */
export async function exportFile(page: Page, t: Dict, list: ListName, format: 'csv' | 'xlsx') {
  await openExportMenu(page, t, list);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: t.exportList[format] }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  // The list says what it saved, by the file's name.
  await expect(
    page.getByRole('status').filter({ hasText: download.suggestedFilename() }),
  ).toBeVisible();
  return { filename: download.suggestedFilename(), bytes };
}

/** A workbook's first sheet read back with exceljs: its rows' values and the sheet itself. */
export async function readSheet(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return { sheet, rows };
}
