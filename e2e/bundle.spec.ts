/**
 * Case bundles (issue 13, part 3), as a consultant hands a case to a colleague: from the
 * demo data, the case page exports one case as a .xiufu file (the dialog says it is a plain
 * file); a second Xiufu on an empty folder checks the bundle, shows what it adds and that
 * the client is new, imports it, and the case is there with its import in the history.
 * Importing it again adds nothing and says so. The Cases list exports a selection. In
 * English and 简体中文.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test, type Page } from './fixtures';
import {
  api,
  caseTab,
  fill,
  labels,
  navigate,
  openCase,
  shotOf,
  type Dict,
  type Lang,
} from './pages';
import { startServer } from './server';

const LUMEN = 'Shanghai Lumen Trading Co., Ltd.';

/** A count's text as i18next picks it: the _one form where the language has one. */
const counted = (forms: { one?: string; other: string }, count: number) =>
  fill(count === 1 && forms.one ? forms.one : forms.other, { count });

async function inLanguage(page: Page, lang: Lang) {
  if (lang === 'zh') {
    await api(page, 'settings.update', { language: 'zh' });
    await page.reload();
  }
}

/** Exports the open case as a bundle through its dialog; answers the saved file's path. */
async function exportFromCase(
  page: Page,
  t: Dict,
  lang: Lang,
): Promise<{ path: string; name: string }> {
  await page.getByRole('button', { name: t.bundle.exportCase, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: t.bundle.exportCase });
  await expect(dialog).toContainText(t.bundle.plainNote);
  await shotOf(dialog, `bundle-export-${lang}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: t.bundle.exportCase, exact: true }).click(),
  ]);
  const name = download.suggestedFilename();
  expect(name).toMatch(/\.xiufu$/);
  await expect(dialog.getByRole('status').filter({ hasText: name })).toBeVisible();
  await dialog.getByRole('button', { name: t.bundle.close }).first().click();
  return { path: await download.path(), name };
}

/** Chooses the bundle in the import dialog and has it checked; answers the dialog. */
async function checkBundle(page: Page, t: Dict, file: { path: string; name: string }) {
  await navigate(page, t.nav.cases);
  await page.getByRole('button', { name: t.bundle.import }).click();
  const dialog = page.getByRole('dialog', { name: t.bundle.importTitle });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: t.bundle.file, exact: true }).click(),
  ]);
  await chooser.setFiles({
    name: file.name,
    mimeType: 'application/octet-stream',
    buffer: readFileSync(file.path),
  });
  await dialog.getByRole('button', { name: t.bundle.check }).click();
  await expect(dialog.getByText(t.bundle.verified)).toBeVisible();
  return dialog;
}

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`case bundle: exported from the demo data, imported into an empty folder (${lang})`, async ({
    app,
  }) => {
    const { page } = app;
    const t = labels(lang);
    await api(page, 'demo.load', {});
    await inLanguage(page, lang);

    // The Cases list exports a selection of rows.
    await navigate(page, t.nav.cases);
    const boxes = page.getByRole('rowgroup').getByRole('checkbox');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await expect(
      page.getByRole('button', { name: fill(t.bundle.exportSelected_other, { count: 2 }) }),
    ).toBeVisible();
    await app.shot(`bundle-cases-selected-${lang}`);
    await page.getByRole('button', { name: t.bundle.clearSelection }).click();

    await openCase(page, t, LUMEN);
    const file = await exportFromCase(page, t, lang);
    const zip = unzipSync(readFileSync(file.path));
    expect(Object.keys(zip)).toEqual(expect.arrayContaining(['manifest.json', 'clients.json']));

    // A second Xiufu on an empty folder: the colleague's machine.
    const other = await startServer(mkdtempSync(join(tmpdir(), 'xiufu-e2e-bundle-')));
    const colleague = await page.context().newPage();
    try {
      await colleague.goto(other.url);
      await inLanguage(colleague, lang);
      let dialog = await checkBundle(colleague, t, file);
      await expect(dialog.getByText(t.bundle.caseNew)).toBeVisible();
      await expect(dialog.getByRole('list', { name: t.bundle.clientsHeading })).toContainText(
        `${LUMEN}`,
      );
      await expect(dialog.getByRole('list', { name: t.bundle.clientsHeading })).toContainText(
        t.bundle.clientNew,
      );
      await shotOf(dialog, `bundle-import-summary-${lang}`);
      await dialog
        .getByRole('button', {
          name: counted({ one: t.bundle.confirm_one, other: t.bundle.confirm_other }, 1),
        })
        .click();
      await expect(dialog.getByRole('status')).toContainText(
        counted({ one: t.bundle.done_one, other: t.bundle.done_other }, 1),
      );
      await dialog.getByRole('link', { name: new RegExp(t.bundle.openCase) }).click();
      await expect(
        colleague.getByRole('heading', { level: 1, name: new RegExp(LUMEN) }),
      ).toBeVisible();
      await caseTab(colleague, t, 'history');
      const history = colleague.getByRole('tabpanel');
      await expect(
        history
          .getByText(fill(t.bundle.history.imported, { file: file.name, sha256: '' }).trim())
          .first(),
      ).toBeVisible();
      await shotOf(history, `bundle-imported-history-${lang}`);

      // The same bundle again: nothing to add, and the dialog says so.
      dialog = await checkBundle(colleague, t, file);
      await expect(dialog.getByText(t.bundle.nothingNew)).toBeVisible();
      // Nothing to confirm: the dialog offers no import at all, only another file.
      await expect(dialog.getByRole('button').filter({ hasText: /\S/ })).toHaveText([
        t.bundle.chooseAnother,
      ]);
      await shotOf(dialog, `bundle-import-again-${lang}`);
      expect((await api(colleague, 'dashboard.summary', {})).cases).toBe(1);
    } finally {
      await colleague.close();
      await other.stop();
    }
  });
}
