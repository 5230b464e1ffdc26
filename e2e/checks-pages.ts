/**
 * Page helpers for documents and packets: attach a file through an item's file picker,
 * find an item's card, and read a packet's text back.
 */
import type { Page } from '@playwright/test';
import { fill, type Dict } from './pages';

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A file as the picker hands it over; the bytes come from db/attachments/test-files. */
export const fileOf = (name: string, mimeType: string, bytes: Uint8Array): UploadFile => ({
  name,
  mimeType,
  buffer: Buffer.from(bytes),
});

/** Chooses a file in the "Attach file" picker of the item named `name`. */
export async function attachFile(page: Page, t: Dict, name: string, file: UploadFile) {
  await page.getByLabel(fill(t.attach.inputLabel, { name }), { exact: true }).setInputFiles(file);
}

/** The card of one checklist item. */
export const itemCard = (page: Page, documentId: string) =>
  page.getByTestId(`checklist-item-${documentId}`);

/** Every page's text, through pdf.js (unpdf's build of it, which needs no native canvas). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(doc, { mergePages: false });
  return text.join('\n');
}

/** Text without any whitespace, so a value wrapped over two lines is still found. */
export const squeeze = (s: string) => s.replace(/\s+/g, '');
