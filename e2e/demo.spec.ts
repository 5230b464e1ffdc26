/**
 * Demo data (issue 12, part 5), as a new user meets it: loading asks first (cancelling adds
 * nothing), the demo loads, Shanghai Lumen's Received documents each carry a file and its
 * filing is in its history; removing asks first and leaves the empty dashboard, which
 * offers the demo again. In English and 简体中文.
 */
import { expect, test, type Page } from './fixtures';
import {
  api,
  fill,
  labels,
  navigate,
  caseTab,
  openCase,
  sectionOf,
  shotOf,
  type Dict,
  type Lang,
} from './pages';

const LUMEN = 'Shanghai Lumen Trading Co., Ltd.';

/** One tab of the case page, opened. */
async function casePart(page: Page, t: Dict, tab: 'documents' | 'history') {
  await caseTab(page, t, tab);
  return page.getByRole('tabpanel');
}

async function emptyDashboard(page: Page, t: Dict) {
  await navigate(page, t.nav.dashboard);
  await expect(page.getByRole('heading', { name: t.dashboard.emptyTitle })).toBeVisible();
}

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`demo data: asked first, honest files and history, removed again (${lang})`, async ({
    app,
  }) => {
    const { page } = app;
    const t = labels(lang);
    if (lang === 'zh') {
      await api(page, 'settings.update', { language: 'zh' });
      await page.reload();
    }
    await emptyDashboard(page, t);

    // Loading asks first; cancelling adds nothing.
    await page.getByRole('button', { name: t.dashboard.loadDemo }).click();
    let dialog = page.getByRole('dialog', { name: t.demo.loadTitle });
    await expect(dialog).toContainText(t.demo.loadRemovable);
    await shotOf(dialog, `demo-load-confirm-${lang}`);
    await dialog.getByRole('button', { name: t.common.cancel }).click();
    await expect(dialog).toBeHidden();
    expect((await api(page, 'dashboard.summary', {})).clients).toBe(0);

    await page.getByRole('button', { name: t.dashboard.loadDemo }).click();
    dialog = page.getByRole('dialog', { name: t.demo.loadTitle });
    await dialog.getByRole('button', { name: t.demo.loadConfirm }).click();
    await expect(dialog).toBeHidden();
    const notice = page.getByRole('alert').filter({ hasText: t.demo.notice });
    await expect(notice).toBeVisible();
    await app.shot(`demo-dashboard-${lang}`);

    // Shanghai Lumen: every Received document has its file; the filing is in the history.
    const cases = await api(page, 'cases.list', { search: 'Lumen' });
    const lumen = await api(page, 'cases.get', { id: cases.items[0]!.id });
    const filed = lumen.events.find((e) => e.type === 'filed')!;
    await openCase(page, t, LUMEN);
    const documents = await casePart(page, t, 'documents');
    for (const item of lumen.checklist.filter((i) => i.required)) {
      expect(item.status).toBe('received');
      await expect(documents.getByText(item.files[0]!.filename).first()).toBeVisible();
    }
    await app.shot(`demo-lumen-documents-${lang}`);
    const history = await casePart(page, t, 'history');
    const event = fill(t.lifecycle.history.eventOf, {
      event: t.lifecycle.event.filed,
      date: filed.date,
    });
    await expect(history).toContainText(fill(t.lifecycle.history.logged, { event }));
    await shotOf(history, `demo-lumen-history-${lang}`);

    // Removing asks first (from the dashboard's notice); it says what goes.
    await navigate(page, t.nav.dashboard);
    await notice.getByRole('button', { name: t.demo.remove }).click();
    dialog = page.getByRole('dialog', { name: t.demo.removeTitle });
    await expect(dialog).toContainText(
      fill(t.demo.removeText, {
        clients: fill(t.counts.clients_other, { count: 6 }),
        cases: fill(t.counts.cases_other, { count: 6 }),
      }),
    );
    await shotOf(dialog, `demo-remove-confirm-${lang}`);
    await dialog.getByRole('button', { name: t.common.cancel }).click();
    await expect(notice).toBeVisible();

    await notice.getByRole('button', { name: t.demo.remove }).click();
    await page
      .getByRole('dialog', { name: t.demo.removeTitle })
      .getByRole('button', { name: t.demo.removeConfirm })
      .click();
    await expect(page.getByRole('heading', { name: t.dashboard.emptyTitle })).toBeVisible();
    await expect(page.getByRole('button', { name: t.dashboard.loadDemo })).toBeVisible();
    await app.shot(`demo-removed-${lang}`);

    // The audit log names the removal (the history keeps every earlier entry).
    await navigate(page, t.nav.audit);
    const removal = fill(t.demo.historyRemoved, {
      clients: fill(t.counts.clients_other, { count: 6 }),
      cases: fill(t.counts.cases_other, { count: 6 }),
    });
    await expect(page.getByText(removal)).toBeVisible();
    await app.shot(`demo-audit-${lang}`);

    // Settings › Demo data offers the demo again in the empty folder.
    await navigate(page, t.nav.settings);
    const group = sectionOf(page, t.demo.title);
    await expect(group).toContainText(t.demo.none);
    await shotOf(group, `demo-settings-${lang}`);
  });
}
