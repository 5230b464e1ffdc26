/** Page helpers of the find journey: the Active / Archived switch, sorting and the case rows. */
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { choose, type Dict } from './pages';

/** Shows the active or the archived records of the Cases or Clients screen. */
export async function showView(page: Page, t: Dict, archived: boolean): Promise<void> {
  const radio = page.getByRole('radio', { name: archived ? t.find.archived : t.find.active });
  // Mantine draws its own segment over the native radio: click the segment's label.
  await page.locator(`label[for="${await radio.getAttribute('id')}"]`).click();
  await expect(radio).toBeChecked();
}

/** The client names of the case rows, top to bottom. */
export function caseRows(page: Page, t: Dict) {
  return page
    .getByRole('table', { name: t.cases.listLabel })
    .getByRole('rowgroup')
    .nth(1)
    .getByRole('row')
    .getByRole('link');
}

/** The Cases list sorted by one of its sorts (the direction follows the sort). */
export async function sortCases(page: Page, t: Dict, sort: string, direction?: string) {
  await choose(page, t.cases.sortBy, sort);
  if (direction) await choose(page, t.cases.direction, direction);
}
