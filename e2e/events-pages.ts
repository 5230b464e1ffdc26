/** Page helpers of the events journeys: event dialogs opened from the case's next steps. */
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { EVENT_LABELS, type LifecycleEventType } from '../core/lifecycle';
import { encodeMessage, translateMessage, type MessageKey } from '../core/messages';
import { api, switchLanguage, type Dict, type Lang } from './pages';

/** The journey's language, and reminders off: a corner stack could cover a button. */
export async function start(page: Page, lang: Lang): Promise<void> {
  if (lang === 'zh') await switchLanguage(page, 'zh');
  await api(page, 'settings.update', { notifications: false });
}

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

/** Types a date before the case's previous event and sees that event named at the field. */
export async function expectBeforePrevious(
  dialog: Locator,
  t: Dict,
  lang: Lang,
  date: string,
  previous: { type: LifecycleEventType; date: string },
) {
  await dateField(dialog, t).fill(date);
  const label = EVENT_LABELS[previous.type];
  const text = message(lang, 'lifecycle.beforePrevious', {
    previous: label.en,
    previousZh: label.zh,
    previousDate: previous.date,
  });
  await expectFieldError(dateField(dialog, t), dialog, text);
}
