/**
 * Journey 3 and the packet of journey 4 (PRODUCT.md "Collect documents", "Submit"): a
 * consultant attaches a PDF and an image through the file picker, previews the image,
 * verifies both, drafts and saves the commitment letter, exports the submission packet
 * and downloads it. The test then reads the packet itself: its page count, its text
 * (company, code, every index entry and every file's SHA-256) and its own SHA-256 against
 * the one the app shows. In English and 简体中文, each on a fresh data folder.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { samplePdf, samplePng } from '../db/attachments/test-files';
import { attachFile, fileOf, itemCard, pdfText, squeeze, type UploadFile } from './checks-pages';
import { expect, test, type Page } from './fixtures';
import {
  api,
  choose,
  fill,
  labels,
  caseTab,
  openRoute,
  sectionOf,
  shotOf,
  switchLanguage,
  type Dict,
  type Lang,
  SAMR_LISTING,
} from './pages';

const COMPANY = {
  name: '杭州青禾食品有限公司',
  idNumber: '91330100716105852F',
  legalRep: '王立新',
};
const SAMR = SAMR_LISTING;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function setUp(page: Page, lang: Lang) {
  if (lang === 'zh') await switchLanguage(page, 'zh');
  await api(page, 'settings.update', {
    notifications: false,
    userName: lang === 'zh' ? '李顾问' : 'Li Consultant',
  });
  const client = await api(page, 'clients.create', { kind: 'company', ...COMPANY });
  return api(page, 'cases.create', { clientId: client.id, listings: [SAMR] });
}

/** Attaches a file that is accepted: its name shows on the item. */
async function attach(page: Page, t: Dict, name: string, file: UploadFile) {
  await attachFile(page, t, name, file);
  await expect(page.getByRole('button', { name: file.name, exact: true })).toBeVisible();
}

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`documents: attach, verify, commitment letter, submission packet (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    const page = app.page;
    const created = await setUp(page, lang);
    const nameOf = (id: string) => created.checklist.find((i) => i.documentId === id)!.name[lang];
    const proof = nameOf('proof-of-performance');
    const licence = nameOf('business-licence');
    const commitment = nameOf('integrity-commitment-letter');

    await openRoute(page, `/cases/${created.id}`);
    await expect(
      page.getByRole('heading', { level: 1, name: new RegExp(COMPANY.name) }),
    ).toBeVisible();
    await caseTab(page, t, 'documents');

    // Attach a two-page PDF and a PNG through the file picker.
    const pdf = fileOf(
      'penalty-receipt.pdf',
      'application/pdf',
      await samplePdf({ pages: 2, text: 'Penalty payment receipt' }),
    );
    const png = fileOf('business-licence.png', 'image/png', samplePng(48, 32));
    await attach(page, t, proof, pdf);
    await attach(page, t, licence, png);
    for (const name of [proof, licence])
      await expect(page.getByRole('combobox', { name, exact: true })).toHaveValue(
        t.documents.status.received,
      );
    await expect(itemCard(page, 'business-licence')).toContainText(sha256(png.buffer).slice(0, 12));

    // Preview the image inside the app.
    await page.getByRole('button', { name: png.name, exact: true }).click();
    const preview = page.getByRole('dialog', { name: png.name });
    await expect(preview.getByRole('img', { name: png.name })).toBeVisible();
    await preview.getByRole('button', { name: t.files.close }).last().click(); // the footer's; the header's X is named Close too
    await expect(preview).toBeHidden();

    // The PDF shows in a frame inside the app.
    await page.getByRole('button', { name: pdf.name, exact: true }).click();
    const pdfPreview = page.getByRole('dialog', { name: pdf.name });
    await expect(pdfPreview.getByTitle(pdf.name, { exact: true })).toBeVisible();
    await pdfPreview.getByRole('button', { name: t.files.close }).last().click(); // the footer's; the header's X is named Close too
    await expect(pdfPreview).toBeHidden();

    // Verify both; the stored copies still match their hashes.
    for (const name of [proof, licence]) {
      await choose(page, name, t.documents.status.verified);
      await expect(page.getByRole('combobox', { name, exact: true })).toHaveValue(
        t.documents.status.verified,
      );
    }
    // A validity date already past marks the document expired.
    await page
      .getByRole('textbox', {
        name: fill(t.checklist.validUntilOf, { name: licence }),
        exact: true,
      })
      .fill('2025-12-31');
    await page
      .getByRole('button', { name: fill(t.checklist.saveDateOf, { name: licence }), exact: true })
      .click();
    await expect(itemCard(page, 'business-licence')).toContainText(t.checklist.expired);

    await page.getByRole('button', { name: t.files.verify }).click();
    await expect(
      page.getByRole('status').filter({ hasText: fill(t.files.verifyOk_other, { count: 2 }) }),
    ).toBeVisible();
    await shotOf(sectionOf(page, t.documents.section), `documents-checklist-${lang}`);

    // The commitment letter, drafted from the case in this language, saved as a PDF.
    await page.getByRole('button', { name: t.letters.commitment, exact: true }).click();
    const letter = page.getByRole('dialog', { name: t.letters.commitment });
    await expect(letter).toBeVisible();
    await letter.getByRole('radio', { name: lang === 'zh' ? '简体中文' : 'English' }).check({
      force: true,
    });
    const editor = letter.getByRole('textbox', { name: t.letterEditor.editor, exact: true });
    const letterTitle = lang === 'zh' ? '守信承诺书' : 'Integrity Commitment Letter';
    await expect(editor.getByRole('heading', { level: 1 })).toHaveText(letterTitle);
    await expect(editor).toContainText(COMPANY.name);
    await expect(editor).toContainText(COMPANY.idNumber);
    await letter.getByRole('button', { name: t.letterEditor.save }).click();
    await expect(
      letter.getByRole('status').filter({
        hasText: fill(t.letterEditor.savedVersion, { version: 1, name: commitment }),
      }),
    ).toBeVisible();
    await letter.getByRole('button', { name: t.letterEditor.close }).click();
    await expect(letter).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: fill(t.letters.saved, { name: commitment }) }),
    ).toBeVisible();
    const letterFile = itemCard(page, 'integrity-commitment-letter').getByRole('button', {
      name: new RegExp(`^${letterTitle} v1 \\d{4}-\\d{2}-\\d{2}\\.pdf$`),
    });
    await expect(letterFile).toBeVisible();

    // Export the packet: the pre-flight lists what it would leave out (two documents are
    // still missing, the licence has expired), so the export takes a written reason.
    await expect(
      page.getByRole('status').filter({ hasText: fill(t.preflight.problems_other, { count: 3 }) }),
    ).toBeVisible();
    await page
      .getByRole('textbox', { name: t.preflight.reason })
      .fill(lang === 'zh' ? '其余材料窗口补交' : 'The rest is handed in at the counter');
    await page.getByRole('button', { name: t.preflight.exportAnyway }).click();
    const result = page.getByRole('status').filter({ hasText: t.packets.done });
    await expect(result).toBeVisible({ timeout: 60_000 });
    const shownSha = (await result.getByTestId('packet-sha256').textContent())!.trim();
    expect(shownSha).toMatch(/^[0-9a-f]{64}$/);
    const pagesShown = Number(
      (await result.locator('dt', { hasText: t.packets.pages }).locator('+ dd').textContent())!,
    );
    await expect(page.getByRole('table', { name: t.packets.list })).toContainText(shownSha);
    await shotOf(sectionOf(page, t.packets.section), `documents-packet-${lang}`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      result.getByRole('button', { name: new RegExp(t.packets.download) }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = readFileSync(await download.path());
    expect(sha256(bytes)).toBe(shownSha);

    const packet = await PDFDocument.load(bytes);
    expect(packet.getPageCount()).toBe(pagesShown);
    // Cover and index, the letter and two pages of receipt; the expired licence is listed only.
    expect(pagesShown).toBeGreaterThanOrEqual(5);

    const detail = await api(page, 'cases.get', { id: created.id });
    const files = detail.checklist.flatMap((i) => i.files.map((f) => ({ item: i, file: f })));
    expect(files).toHaveLength(3);
    expect(files.find((f) => f.file.filename === pdf.name)!.file.sha256).toBe(sha256(pdf.buffer));
    expect(files.find((f) => f.file.filename === png.name)!.file.sha256).toBe(sha256(png.buffer));
    const letterRead = await api(page, 'files.read', {
      id: files.find((f) => f.item.documentId === 'integrity-commitment-letter')!.file.id,
    });
    expect(letterRead.sha256).toBe(sha256(Buffer.from(letterRead.data, 'base64')));

    // The index's page column ("p. 3", "第 3 页") sits on the first line of a wrapped entry.
    const text = squeeze(
      (await pdfText(bytes)).replace(
        /(?<=^|\s)(?:pp?\.\s*\d+(?:–\d+)?|第\s*\d+(?:–\d+)?\s*页)(?=\s|$)/g,
        '',
      ),
    );
    expect(text).toContain(COMPANY.name);
    expect(text).toContain(COMPANY.idNumber);
    for (const { item, file } of files) {
      expect(text).toContain(squeeze(`${item.name[lang]} — ${file.filename}`));
      expect(text).toContain(file.sha256);
    }
    expect(text).toContain(
      squeeze(
        lang === 'zh'
          ? `未附：${licence} — ${png.name}：已过期（有效期至 2025-12-31）`
          : `Not enclosed: ${licence} — ${png.name}: expired (valid until 2025-12-31)`,
      ),
    );
    expect(detail.packets[0]?.sha256).toBe(shownSha);
  });
}
