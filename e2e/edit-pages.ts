/** Page helpers for correcting listings and cases (e2e/edit.spec.ts). */
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { listingLabel, type LabelledListing } from '../core/listing-label';
import { fill, type Dict, type Lang } from './pages';

/** Opens the listing form of one listing on the current page; returns the dialog. */
export async function openListingEditor(
  page: Page,
  t: Dict,
  lang: Lang,
  listing: LabelledListing,
): Promise<Locator> {
  const name = listingLabel(listing, lang);
  await page.getByRole('button', { name: fill(t.listingEdit.editLabel, { name }) }).click();
  const dialog = page.getByRole('dialog', { name: t.listingEdit.title });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** A date field of a listing form (inside a dialog), by its label. */
export function dateField(scope: Locator, label: string): Locator {
  return scope.getByRole('textbox', { name: label, exact: true });
}

/** Expects a field's message (Mantine links it through aria-describedby). */
export async function expectMessageAt(field: Locator, text: string | RegExp): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(text);
}

/** Expects a field without a message. */
export async function expectNoMessageAt(field: Locator): Promise<void> {
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
}

/** The "what moved" table shown after a save: the row of one kind of date. */
export function movedRow(page: Page, t: Dict, kindLabel: string): Locator {
  return page
    .getByRole('table', { name: t.moved.title })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: kindLabel, exact: true }) });
}

/** The history table's rows whose text matches. */
export function historyRow(page: Page, text: string | RegExp): Locator {
  return page.getByRole('row').filter({ hasText: text });
}
