/**
 * File names that lie (issue 9): a scan whose name hides a right-to-left override and
 * ends in dots and spaces is attached through the picker. The checklist, the preview,
 * the download and the packet's index all show the cleaned name, and no invisible or
 * directional character reaches the page or the PDF. The page carries the content
 * security policy as a <meta> as well as the header, and nothing on it breaks the policy.
 * In English and 简体中文, each on a fresh data folder. (Opening with the system's app is
 * desktop-only; the API and renderer tests cover it.)
 */
import { readFileSync } from 'node:fs';
import { META_CONTENT_SECURITY_POLICY } from '../api/transport';
import { samplePdf } from '../db/attachments/test-files';
import { attachFile, fileOf, itemCard, pdfText, squeeze } from './checks-pages';
import { expect, test, type Page } from './fixtures';
import {
  api,
  caseTab,
  labels,
  openRoute,
  shotOf,
  switchLanguage,
  type Lang,
  SAMR_LISTING,
} from './pages';

const COMPANY = { name: '苏州河畔贸易有限公司', idNumber: '91330100716105852F' };
const RLO = '\u202e';
/** Reads "营业执照fdp.pdf" with the override in place, and Windows would drop the tail. */
const UPLOADED = `营业执照${RLO}fdp.pdf. `;
const SHOWN = '营业执照fdp.pdf';
/** Characters that must never arrive (line breaks and tabs are the page's and the PDF's own). */
/* eslint-disable no-control-regex -- control characters are what is looked for */
const HIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/* eslint-enable no-control-regex */

async function setUp(page: Page, lang: Lang) {
  if (lang === 'zh') await switchLanguage(page, 'zh');
  await api(page, 'settings.update', { notifications: false });
  const client = await api(page, 'clients.create', { kind: 'company', ...COMPANY });
  return api(page, 'cases.create', { clientId: client.id, listings: [SAMR_LISTING] });
}

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`files: a disguised name is shown, downloaded and indexed cleaned (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    const page = app.page;
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const created = await setUp(page, lang);
    const licence = created.checklist.find((i) => i.documentId === 'business-licence')!;
    await openRoute(page, `/cases/${created.id}`);
    await expect(
      page.getByRole('heading', { level: 1, name: new RegExp(COMPANY.name) }),
    ).toBeVisible();
    await caseTab(page, t, 'documents');
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      META_CONTENT_SECURITY_POLICY,
    );

    const scan = fileOf(UPLOADED, 'application/pdf', await samplePdf({ text: 'Business licence' }));
    await attachFile(page, t, licence.name[lang], scan);
    const card = itemCard(page, 'business-licence');
    const fileButton = card.getByRole('button', { name: SHOWN, exact: true });
    await expect(fileButton).toBeVisible();
    expect(await card.innerText()).not.toMatch(HIDDEN);
    await shotOf(card, `files-clean-name-${lang}`);

    // The preview is titled with the clean name, and the download is saved under it.
    await fileButton.click();
    const preview = page.getByRole('dialog', { name: SHOWN });
    await expect(preview.getByTitle(SHOWN, { exact: true })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      preview.getByRole('button', { name: t.files.download }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(SHOWN);
    await preview.getByRole('button', { name: t.files.close }).last().click(); // the footer's; the header's X is named Close too

    // The packet's index names the file by its clean name.
    await page
      .getByRole('textbox', { name: t.preflight.reason })
      .fill(lang === 'zh' ? '其余材料窗口补交' : 'The rest is handed in at the counter');
    await page.getByRole('button', { name: t.preflight.exportAnyway }).click();
    const result = page.getByRole('status').filter({ hasText: t.packets.done });
    await expect(result).toBeVisible({ timeout: 60_000 });
    const [packet] = await Promise.all([
      page.waitForEvent('download'),
      result.getByRole('button', { name: new RegExp(t.packets.download) }).click(),
    ]);
    const text = await pdfText(new Uint8Array(readFileSync(await packet.path())));
    expect(squeeze(text)).toContain(squeeze(`${licence.name[lang]} — ${SHOWN}`));
    expect(text).not.toMatch(HIDDEN);

    const detail = await api(page, 'cases.get', { id: created.id });
    expect(detail.checklist.flatMap((i) => i.files.map((f) => f.filename))).toEqual([SHOWN]);
    expect(violations).toEqual([]);
  });
}
