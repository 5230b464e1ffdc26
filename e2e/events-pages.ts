/** Page helpers of the events journeys: event dialogs opened from the case's next steps. */
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { encodeMessage, translateMessage, type MessageKey } from '../core/messages';
import type { Dict, Lang } from './pages';

/** Opens an event's dialog from the case's next steps; the dialog is named after the step. */
export async function openEventDialog(page: Page, t: Dict, action: string): Promise<Locator> {
  await page
    .getByRole('group', { name: t.lifecycle.nextSteps })
    .getByRole('button', { name: action })
    .click();
  const dialog = page.getByRole('dialog', { name: action });
  await expect(dialog).toBeVisible();
  return dialog;
}

export const dateField = (dialog: Locator, t: Dict) =>
  dialog.getByRole('textbox', { name: t.lifecycle.date, exact: true });

/** A backend/core message as the app shows it in this language. */
export const message = (lang: Lang, key: MessageKey, params: Record<string, string | number>) =>
  translateMessage(encodeMessage(key, params), lang);

/** The field is marked invalid and its message shows, before anything is submitted. */
export async function expectFieldError(field: Locator, dialog: Locator, text: string) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(text, { exact: true })).toBeVisible();
}
