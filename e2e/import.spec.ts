/**
 * Import from a spreadsheet (issue 13): from the Cases screen a user picks a CSV whose
 * third row has its publication date before its listing date; the row is named with the
 * cell highlighted; mapping that column to "ignore" fixes it; a dry run says what would
 * be added, the import adds it, the cases are there, and "Undo this import" takes them
 * away again. In English and 简体中文.
 */
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { choose, fill, labels, navigate, switchLanguage, type Lang } from './pages';

const FILE = join(import.meta.dirname, '..', 'fixtures', 'import', 'journey.csv');

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`import: a bad row fixed in the mapping, imported, then undone (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    const i = t.imports;
    const page = app.page;
    if (lang === 'zh') await switchLanguage(page, 'zh');

    await navigate(page, t.nav.cases);
    await page.getByRole('button', { name: i.open }).click();
    await expect(page.getByRole('heading', { level: 1, name: i.title })).toBeVisible();
    await page.locator('input[type=file]').setInputFiles(FILE);
    await page.getByRole('button', { name: i.read }).click();

    const column = fill(i.columnLabel, { header: '公示日期' });
    await expect(page.getByRole('combobox', { name: column, exact: true })).toHaveValue(
      i.field.publicationDate,
      // The files are read, then the rows checked, each in a worker thread that starts first.
      { timeout: 30_000 },
    );
    await expect(
      page.getByText(fill(lang === 'en' ? i.problemRows_one : i.problemRows_other, { count: 1 })),
    ).toBeVisible({
      timeout: 30_000,
    });
    const table = page.getByRole('table', { name: i.table });
    await expect(table.locator('[aria-invalid=true]')).toHaveCount(1);
    await expect(table.locator('[aria-invalid=true]')).toHaveText('2024-04-02');
    await app.shot(`import-problem-${lang}`);

    await page.getByRole('switch', { name: i.onlyProblems }).check({ force: true });
    await expect(table.getByRole('row')).toHaveCount(2);
    await page.getByRole('switch', { name: i.onlyProblems }).uncheck({ force: true });

    // The column holds another date than the publication: it is left out, and the row is fine.
    await choose(page, column, i.field.ignore);
    await expect(page.getByText(i.allClear)).toBeVisible({ timeout: 30_000 });
    await expect(table.locator('[aria-invalid=true]')).toHaveCount(0);

    await page.getByRole('button', { name: i.dryRun, exact: true }).click();
    const counts = { clientsNew: 3, listings: 3, cases: 3, events: 0 };
    await expect(page.getByText(fill(i.dryRunDone, counts))).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: i.run, exact: true }).click();
    await expect(page.getByText(fill(i.done, counts))).toBeVisible({ timeout: 30_000 });
    await app.shot(`import-done-${lang}`);

    await page.getByRole('button', { name: i.seeCases }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.nav.cases })).toBeVisible();
    for (const name of ['北京甲科技有限公司', '上海乙贸易有限公司', '苏州丁电子有限公司'])
      await expect(page.getByText(name).first()).toBeVisible();
    await app.shot(`import-cases-${lang}`);

    await navigate(page, t.nav.import);
    const past = page.getByRole('table', { name: i.pastTable });
    await expect(past).toContainText('journey.csv');
    await past.getByRole('button', { name: fill(i.undoBatch, { id: 1 }) }).click();
    await page.getByRole('dialog').getByRole('button', { name: i.undo }).click();
    await expect(page.getByText(i.undone)).toBeVisible({ timeout: 30_000 });
    await expect(past).toContainText(i.stateUndone.split('{{')[0]!.trim());
    await app.shot(`import-undone-${lang}`);

    await navigate(page, t.nav.cases);
    await expect(page.getByText('北京甲科技有限公司')).toHaveCount(0);
  });
}
