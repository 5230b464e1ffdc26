/** Page helpers of the Reports journey: a chart's panel, its table and its chart's labels. */
import { readFileSync } from 'node:fs';
import { expect, type Page } from './fixtures';
import { fill, type Dict } from './pages';

/** The panel of one chart: the region named by its heading. */
export const panel = (page: Page, title: string) =>
  page.getByRole('region', { name: title, exact: true });

/** The first cell of each body row of the chart's table (its row headers). */
export async function tableNames(page: Page, t: Dict, title: string): Promise<string[]> {
  const table = panel(page, title).getByRole('table', {
    name: fill(t.reports.tableCaption, { title }),
  });
  await expect(table).toBeVisible();
  return table.locator('tbody th').allTextContents();
}

/** The category labels the chart draws on its name axis, top to bottom. */
export async function chartNames(page: Page, t: Dict, title: string): Promise<string[]> {
  const chart = panel(page, title).getByRole('img', {
    name: fill(t.reports.chartLabel, { title }),
  });
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  return chart
    .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
    .allTextContents();
}

/** Clicks an export button of a panel and reads the downloaded file back. */
export async function download(
  page: Page,
  button: string,
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}
