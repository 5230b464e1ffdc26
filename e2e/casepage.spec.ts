/**
 * Issue 12, part 2: the case page fits. The header (client, stage, next action, nearest
 * date) and the overview (dates, listing facts, documents status) need no scrolling at
 * 1440×900; the tabs are in the address (Back and reload land on them) and move with the
 * arrow keys; printing leaves out navigation, buttons and the tabs bar and gives one page;
 * the reviewer queue prints as a plain table. English and 简体中文.
 */
import { PDFDocument } from 'pdf-lib';
import { expect, test, type Page } from './fixtures';
import { start } from './events-pages';
import {
  caseTab,
  daysAgo,
  fill,
  labels,
  openRoute,
  SAMR_LISTING,
  sectionOf,
  setUpCase,
  type Lang,
} from './pages';

const CLIENT = { name: '杭州青禾食品有限公司', idNumber: '91330100716105852F' };

/** The element is drawn entirely inside the window, without scrolling. */
async function expectInView(page: Page, locator: ReturnType<Page['locator']>) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(box.y + box.height).toBeLessThanOrEqual(height);
}

async function pdfPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  return (await PDFDocument.load(pdf)).getPageCount();
}

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`case page: header and overview fit one screen, tabs in the address, printing (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    const page = app.page;
    await page.setViewportSize({ width: 1440, height: 900 });
    await start(page, lang);
    // Filed 20 days ago: the acceptance deadline has passed.
    const c = await setUpCase(page, {
      client: CLIENT,
      listing: SAMR_LISTING,
      assignee: '李娜',
      documentsIn: true,
      events: [
        { type: 'filed', date: daysAgo(20), channel: 'online', reference: '', overrideReason: '' },
      ],
    });
    expect(c.nearest).toMatchObject({ kind: 'acceptanceDue', status: 'overdue' });
    await openRoute(page, `/cases/${c.id}`);
    const title = page.getByRole('heading', { level: 1, name: new RegExp(CLIENT.name) });
    await expect(title).toBeVisible();
    await page.evaluate(() => document.fonts.ready);

    // (1) Everything that matters first, inside 1440×900.
    await expectInView(page, title.getByRole('link', { name: CLIENT.name }));
    const stage = page.getByRole('group', { name: t.case.stage });
    await expect(stage).toHaveText(t.stage.filed);
    await expectInView(page, stage);
    await expectInView(page, page.getByText(c.evaluation.nextAction.text[lang], { exact: true }));
    await expectInView(
      page,
      page.getByRole('group', { name: t.lifecycle.nextSteps }).getByRole('button').first(),
    );
    await expectInView(page, page.getByText(t.dateKind.acceptanceDue, { exact: true }).first());
    const overdue = fill(t.queue.workingOverdue_other, { count: -c.nearest!.daysLeft });
    await expectInView(page, page.getByText(c.nearest!.date, { exact: true }).first());
    await expectInView(page, page.getByText(overdue, { exact: true }));
    await expectInView(page, page.getByText(fill(t.case.assigneeLine, { name: '李娜' })));
    const listings = sectionOf(page, t.case.listings);
    await expectInView(page, listings.getByText(SAMR_LISTING.authority, { exact: true }));
    await expectInView(page, listings.getByText(SAMR_LISTING.decisionNo, { exact: true }));
    await expectInView(page, listings.getByText(SAMR_LISTING.listingDate, { exact: true }));
    await expectInView(page, page.getByRole('heading', { level: 2, name: t.casePage.documents }));
    await expectInView(page, page.getByText(t.documents.ready, { exact: true }));
    await app.shot(`casepage-overview-${lang}-1440x900`);

    // (2) Tabs: in the address, kept on reload, undone by Back, moved by the arrow keys.
    await caseTab(page, t, 'documents');
    await expect(page).toHaveURL(/[?&]tab=documents/);
    await expect(page.getByRole('heading', { level: 2, name: t.documents.section })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: t.packets.section })).toBeVisible();
    await page.reload();
    const documentsTab = page.getByRole('tab', { name: t.casePage.tab.documents, exact: true });
    await expect(documentsTab).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('heading', { level: 2, name: t.documents.section })).toBeVisible();
    await page.goBack();
    await expect(page).not.toHaveURL(/tab=/);
    await expect(page.getByRole('tab', { name: t.casePage.tab.overview })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await caseTab(page, t, 'dates');
    await page.keyboard.press('ArrowRight');
    await expect(documentsTab).toHaveAttribute('aria-selected', 'true');
    await expect(documentsTab).toBeFocused();
    await expect(page).toHaveURL(/[?&]tab=documents/);
    await caseTab(page, t, 'history');
    await expect(page.getByRole('heading', { level: 2, name: t.case.history })).toBeVisible();
    await caseTab(page, t, 'client');
    await expect(page.getByRole('textbox', { name: t.case.notes, exact: true })).toBeVisible();
    await app.shot(`casepage-client-${lang}`);

    // (3) Print: from any tab the summary, without navigation, buttons or the tabs bar.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: t.casePage.print }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    await expect(page).not.toHaveURL(/tab=/);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation')).toBeHidden();
    await expect(page.getByRole('tablist')).toBeHidden();
    await expect(page.getByRole('button', { name: t.casePage.print })).toBeHidden();
    await expect(page.locator('button:visible')).toHaveCount(0);
    await expect(title).toBeVisible();
    await expect(listings.getByText(SAMR_LISTING.decisionNo, { exact: true })).toBeVisible();
    await expect(page.getByText(t.documents.ready, { exact: true })).toBeVisible();
    await app.shot(`casepage-print-${lang}`);
    expect(await pdfPages(page)).toBe(1);

    // (4) The reviewer queue prints as a table, without its buttons.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('navigation').getByRole('link', { name: t.nav.queue }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.queue.title })).toBeVisible();
    await expect(page.getByRole('button', { name: t.casePage.print })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const table = page.getByRole('table');
    await expect(table.getByRole('link', { name: CLIENT.name })).toBeVisible();
    await expect(table.getByText(overdue, { exact: true })).toBeVisible();
    await expect(page.locator('button:visible')).toHaveCount(0);
    await expect(page.getByRole('columnheader', { name: t.queue.actions })).toBeHidden();
    await app.shot(`casepage-queue-print-${lang}`);
    expect(await pdfPages(page)).toBe(1);

    // (5) The smaller screen, for people to look at.
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await openRoute(page, `/cases/${c.id}`);
    await expect(title).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({
      path: `${import.meta.dirname}/screenshots/casepage-overview-${lang}-1280x720.png`,
    });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({
      path: `${import.meta.dirname}/screenshots/casepage-overview-${lang}-1440x900-screen.png`,
    });
  });
}
