/**
 * Letters edited as documents (issue 12): the commitment letter opens as one rich-text
 * document drafted from the case, with its PDF drawn beside it. The consultant types, makes
 * a word bold, sees the preview redraw, saves version 1 (attached to its checklist item),
 * reopens it, edits and saves version 2, then redrafts in the other language. The saved
 * PDFs are read back: their text, and the bold word in the bold face. In English and 简体中文.
 */
import { expect, test, type Page } from './fixtures';
import { pdfText, squeeze } from './checks-pages';
import { PREVIEW_DEBOUNCE_MS } from '../renderer/screens/documents/preview-timing';
import { api, fill, labels, openRoute, switchLanguage, SAMR_LISTING, type Lang } from './pages';

const COMPANY = {
  name: '杭州青禾食品有限公司',
  idNumber: '91330100716105852F',
  legalRep: '王立新',
};

/** The screen as the user sees it (the letter screen fills the window; a full-page shot would not). */
const screenshot = (page: Page, name: string) =>
  page.screenshot({
    path: `${import.meta.dirname}/screenshots/${name}.png`,
    animations: 'disabled',
  });

/** A fingerprint of what the preview's canvases show, to see that they were redrawn. */
const canvasPrint = (page: Page) =>
  page
    .getByRole('img', { name: /\d/ })
    .evaluateAll((cs) => cs.map((c) => (c as HTMLCanvasElement).toDataURL().length).join(','));

/** The fonts of the text items a PDF draws that contain `word` (pdf.js through unpdf). */
async function fontsOf(bytes: Uint8Array, word: string): Promise<string[]> {
  const { getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const page = await pdf.getPage(1);
  await page.getOperatorList(); // loads the fonts, so their real names are known
  const content = await page.getTextContent();
  return content.items
    .filter((i) => 'str' in i && i.str.includes(word))
    .map((i) => ('fontName' in i ? String(page.commonObjs.get(i.fontName).name) : ''));
}

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`letters: edit, preview, save versions, reopen, switch language (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    const page = app.page;
    await page.setViewportSize({ width: 1440, height: 900 });
    if (lang === 'zh') await switchLanguage(page, 'zh');
    await api(page, 'settings.update', {
      notifications: false,
      userName: lang === 'zh' ? '李顾问' : 'Li Consultant',
    });
    const client = await api(page, 'clients.create', { kind: 'company', ...COMPANY });
    const created = await api(page, 'cases.create', {
      clientId: client.id,
      listings: [SAMR_LISTING],
    });
    const itemName = created.checklist.find((i) => i.documentId === 'integrity-commitment-letter')!
      .name[lang];
    await openRoute(page, `/cases/${created.id}?tab=documents`);

    await page.getByRole('button', { name: t.letters.commitment, exact: true }).click();
    const letter = page.getByRole('dialog', { name: t.letters.commitment });
    const editor = letter.getByRole('textbox', { name: t.letterEditor.editor, exact: true });
    const title = lang === 'zh' ? '守信承诺书' : 'Integrity Commitment Letter';
    await expect(editor.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(editor).toContainText(COMPANY.idNumber);

    // The preview: named, with its page count, one canvas per page.
    const preview = letter.getByRole('region', { name: t.letterEditor.preview });
    await expect(
      preview.getByText(fill(t.letterEditor.pages_one ?? t.letterEditor.pages_other, { count: 1 })),
    ).toBeVisible();
    await expect(preview).toHaveAttribute('aria-busy', 'false');
    await expect(
      preview.getByRole('img', { name: fill(t.letterEditor.pageOf, { n: 1, total: 1 }) }),
    ).toBeVisible();
    const before = await canvasPrint(page);
    // What the preview panel goes through, seen from inside the page (not by polling): each
    // change of aria-busy with whether "Updating…" shows, and each time its pages are replaced.
    await page.evaluate((updating) => {
      const w = window as unknown as { busy: [string, boolean][]; drawn: number[] };
      w.busy = [];
      w.drawn = [];
      const pages = document.querySelector('.letter-preview-pages')!;
      const region = pages.closest('[role="region"]')!;
      new MutationObserver(() =>
        w.busy.push([region.getAttribute('aria-busy')!, region.textContent!.includes(updating)]),
      ).observe(region, { attributes: true, attributeFilter: ['aria-busy'] });
      new MutationObserver(() => w.drawn.push(Date.now())).observe(pages, { childList: true });
    }, t.letterEditor.updating);
    const watched = () =>
      page.evaluate(() => {
        const w = window as unknown as { busy: [string, boolean][]; drawn: number[] };
        return { busy: w.busy, drawn: w.drawn };
      });

    // Type a sentence at the end, then make its last word bold from the toolbar.
    const word = lang === 'zh' ? '按期履行' : 'promptly';
    const sentence = lang === 'zh' ? `本单位承诺所有罚款${word}` : `We settle every fine ${word}`;
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(sentence);
    for (let i = 0; i < [...word].length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await letter.getByRole('button', { name: t.letterEditor.toolbar.bold, exact: true }).click();
    await expect(editor.locator('strong')).toHaveText(word);
    await expect.poll(() => canvasPrint(page)).not.toBe(before);
    await expect(preview).toHaveAttribute('aria-busy', 'false');
    expect((await watched()).busy).toContainEqual(['true', true]);

    // A long paragraph takes the letter onto a second page; the preview follows (timed).
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    const previewCalls: number[] = [];
    page.on('requestfinished', (r) => {
      if (r.url().includes('/api/letters.preview')) previewCalls.push(r.timing().responseEnd);
    });
    const started = Date.now();
    await page.keyboard.insertText(
      (lang === 'zh'
        ? '本单位将严格遵守市场监督管理法律法规，诚信经营，接受社会监督。'
        : 'We will comply with the laws on market regulation, operate honestly and accept public supervision. '
      ).repeat(lang === 'zh' ? 40 : 25),
    );
    await expect(preview.getByText(fill(t.letterEditor.pages_other, { count: 2 }))).toBeVisible();
    await expect(
      preview.getByRole('img', { name: fill(t.letterEditor.pageOf, { n: 2, total: 2 }) }),
    ).toBeVisible();
    const { drawn } = await watched();
    console.log(
      `letters (${lang}): 2-page preview drawn ${drawn.at(-1)! - started} ms after the edit ` +
        `(debounce ${PREVIEW_DEBOUNCE_MS} ms included); letters.preview round trip ${Math.round(previewCalls.at(-1)!)} ms`,
    );
    await screenshot(page, `letters-editor-${lang}`);

    // Save: version 1 is listed, its PDF attached to the checklist item.
    await letter.getByRole('button', { name: t.letterEditor.save }).click();
    await expect(
      letter
        .getByRole('status')
        .filter({ hasText: fill(t.letterEditor.savedVersion, { version: 1, name: itemName }) }),
    ).toBeVisible();
    const versions = letter.getByRole('table', { name: t.letterEditor.versions });
    await expect(versions.getByRole('row')).toHaveCount(2);
    const item = async () =>
      (await api(page, 'cases.get', { id: created.id })).checklist.find(
        (i) => i.documentId === 'integrity-commitment-letter',
      )!;
    const v1 = (await item()).files.find((f) => / v1 /.test(f.filename))!;
    expect(v1.filename).toMatch(new RegExp(`^${title} v1 \\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    const v1Bytes = Buffer.from((await api(page, 'files.read', { id: v1.id })).data, 'base64');
    const v1Text = squeeze(await pdfText(v1Bytes));
    expect(v1Text).toContain(squeeze(sentence));
    expect(v1Text).toContain(COMPANY.idNumber);
    const [wordFont] = await fontsOf(v1Bytes, word);
    expect(wordFont).toMatch(/NotoSansSC-Bold/);

    // Reopen version 1, edit it and save: version 2, version 1 kept as it was.
    await letter
      .getByRole('button', { name: fill(t.letterEditor.openVersion, { version: 1 }) })
      .click();
    await expect(letter.getByText(fill(t.letterEditor.editing, { version: 1 }))).toBeVisible();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    const revision = lang === 'zh' ? '（第二稿）' : 'Second draft.';
    await page.keyboard.type(revision);
    await letter.getByRole('button', { name: t.letterEditor.save }).click();
    await expect(
      letter
        .getByRole('status')
        .filter({ hasText: fill(t.letterEditor.savedVersion, { version: 2, name: itemName }) }),
    ).toBeVisible();
    await expect(versions.getByRole('row')).toHaveCount(3);
    const files = (await item()).files;
    expect(files.map((f) => f.filename).sort()).toEqual([
      expect.stringMatching(/ v1 /),
      expect.stringMatching(/ v2 /),
    ]);
    const v2 = files.find((f) => / v2 /.test(f.filename))!;
    const v2Text = squeeze(
      await pdfText(Buffer.from((await api(page, 'files.read', { id: v2.id })).data, 'base64')),
    );
    expect(v2Text).toContain(squeeze(revision));
    expect(squeeze(await pdfText(v1Bytes))).not.toContain(squeeze(revision));

    // Switch the letter's language: with unsaved text, it asks first.
    await editor.click();
    await page.keyboard.type(' …');
    const other: Lang = lang === 'zh' ? 'en' : 'zh';
    const otherName = other === 'zh' ? t.letters.chinese : t.letters.english;
    await letter
      .getByRole('radiogroup', { name: t.letters.language })
      .getByText(otherName, { exact: true })
      .click();
    const confirm = page.getByRole('dialog', { name: t.letterEditor.redraftTitle });
    await confirm
      .getByRole('button', { name: fill(t.letterEditor.redraft, { language: otherName }) })
      .click();
    await expect(editor.getByRole('heading', { level: 1 })).toHaveText(
      other === 'zh' ? '守信承诺书' : 'Integrity Commitment Letter',
    );
    await expect(letter.getByText(t.letterEditor.editingDraft)).toBeVisible();
    await expect(preview).toHaveAttribute('aria-busy', 'false');
    await screenshot(page, `letters-versions-${lang}`);
  });
}
