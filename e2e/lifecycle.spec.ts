/**
 * Journeys 4 and 5 (PRODUCT.md "Submit", "Track the authority"): a consultant readies the
 * documents and logs a filing through to the decision; a filing with documents missing
 * needs a written reason; a reviewer sees an overdue acceptance on the dashboard, in the
 * queue and on the nav badge, logs a supplement request from the queue and sees the
 * decision deadline move; the calendar exports as .ics. In English and 简体中文.
 * Preconditions are set up through the backend from the page; the steps under test use the UI.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { usccCheckChar } from '../core/ids';
import { expect, test, type Page } from './fixtures';
import {
  api,
  caseDate,
  choose,
  fill,
  labels,
  navigate,
  caseTab,
  openRoute,
  daysAgo,
  setUpCase,
  switchLanguage,
  type Dict,
  type Lang,
  SAMR_LISTING,
} from './pages';

const uscc = (first17: string) => first17 + usccCheckChar(first17);
const CLIENTS = {
  repaired: { name: '杭州青禾食品有限公司', idNumber: '91330100716105852F' },
  early: { name: '福州闽江贸易有限公司', idNumber: '91350100M000100Y43' },
  overdue: { name: '宁波港城物流有限公司', idNumber: uscc('91330200MA2AAAAA1') },
  reviewed: { name: '温州瓯江鞋业有限公司', idNumber: uscc('91330300MA2BBBBB2') },
  soon: { name: '嘉兴南湖纺织有限公司', idNumber: uscc('91330400MA2CCCCC3') },
};
const REGIME = {
  en: 'SAMR seriously illegal and dishonest list',
  zh: '市场监管 严重违法失信名单',
} as const;
const SAMR = SAMR_LISTING;

const stageBadge = (page: Page, t: Dict) => page.getByRole('group', { name: t.case.stage });
const nextStep = (page: Page, t: Dict, name: string) =>
  page.getByRole('group', { name: t.lifecycle.nextSteps }).getByRole('button', { name });

/** Fills and saves an event's form; the dialog is named after the step that opened it. */
async function logEvent(
  page: Page,
  t: Dict,
  title: string,
  date: string,
  fields: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => undefined,
) {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: t.lifecycle.date, exact: true }).fill(date);
  await fields(dialog);
  await dialog.getByRole('button', { name: t.lifecycle.save }).click();
  await expect(dialog).toBeHidden();
}

/** Reminders are not under test here; a corner stack could cover a button mid-journey. */
async function start(page: Page, lang: Lang) {
  if (lang === 'zh') await switchLanguage(page, 'zh');
  await api(page, 'settings.update', { notifications: false });
}

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`lifecycle: documents, filing to decision, filing with a reason (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    const page = app.page;
    await start(page, lang);

    // (a) Every document received, then filed, accepted and decided: repaired.
    const a = await setUpCase(page, {
      client: CLIENTS.repaired,
      listing: SAMR,
    });
    await openRoute(page, `/cases/${a.id}`);
    await expect(
      page.getByRole('heading', { level: 1, name: new RegExp(CLIENTS.repaired.name) }),
    ).toBeVisible();
    await caseTab(page, t, 'documents');
    await expect(page.getByRole('heading', { level: 2, name: t.documents.section })).toBeVisible();
    expect(a.checklist.length).toBeGreaterThan(0);
    for (const item of a.checklist) {
      await choose(page, item.name[lang], t.documents.status.received);
      await expect(page.getByRole('combobox', { name: item.name[lang], exact: true })).toHaveValue(
        t.documents.status.received,
      );
    }
    await expect(page.getByRole('status').filter({ hasText: t.documents.ready })).toBeVisible();
    await expect(stageBadge(page, t)).toHaveText(t.stage.ready);

    await nextStep(page, t, t.lifecycle.action.filed).click();
    await logEvent(page, t, t.lifecycle.action.filed, '2026-01-05', async (dialog) => {
      await choose(page, t.lifecycle.channel, t.lifecycle.channels.online);
      await dialog.getByRole('textbox', { name: t.lifecycle.reference }).fill('XYXF-2026-0105');
    });
    await expect(stageBadge(page, t)).toHaveText(t.stage.filed);
    await nextStep(page, t, t.lifecycle.action.accepted).click();
    await logEvent(page, t, t.lifecycle.action.accepted, '2026-01-07');
    await expect(stageBadge(page, t)).toHaveText(t.stage.accepted);
    await nextStep(page, t, t.lifecycle.action.decided).click();
    await logEvent(page, t, t.lifecycle.action.decided, '2026-01-15', async (dialog) => {
      // No outcome is preselected: the reviewer states it, with the decision's number.
      await choose(page, t.lifecycle.outcome, t.lifecycle.outcomes.repaired);
      await dialog
        .getByRole('textbox', { name: t.events.decisionNo, exact: true })
        .fill('杭市监信修〔2026〕4号');
    });
    await expect(stageBadge(page, t)).toHaveText(t.stage.repaired);
    await expect(nextStep(page, t, t.lifecycle.action.closed)).toBeVisible();
    await caseTab(page, t, 'dates');
    const events = page.getByRole('listitem').filter({ hasText: /^2026-01-/ });
    await expect(events).toHaveCount(3);
    await expect(page.getByText('XYXF-2026-0105', { exact: false })).toBeVisible();
    await app.shot(`lifecycle-case-${lang}`);

    // (c) Documents missing: the filing is refused until a reason is written.
    const c = await setUpCase(page, {
      client: CLIENTS.early,
      listing: SAMR,
    });
    await openRoute(page, `/cases/${c.id}`);
    await expect(
      page.getByRole('heading', { level: 1, name: new RegExp(CLIENTS.early.name) }),
    ).toBeVisible();
    const missing = fill(t.documents.missing, { list: '' });
    await expect(page.getByRole('status').filter({ hasText: missing })).toBeVisible();
    await nextStep(page, t, t.lifecycle.action.filed).click();
    const dialog = page.getByRole('dialog', { name: t.lifecycle.action.filed });
    await dialog.getByRole('textbox', { name: t.lifecycle.date, exact: true }).fill('2026-01-05');
    await dialog.getByRole('button', { name: t.lifecycle.save }).click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    const reason = dialog.getByRole('textbox', { name: t.lifecycle.overrideReason, exact: true });
    await expect(reason).toBeVisible();
    await app.shot(`lifecycle-override-${lang}`);
    const why =
      lang === 'en' ? 'The client’s bid closes on Friday.' : '客户周五投标截止，先行提交。';
    await reason.fill(why);
    await dialog.getByRole('button', { name: t.lifecycle.save }).click();
    await expect(dialog).toBeHidden();
    await caseTab(page, t, 'dates');
    await expect(page.getByText(fill(t.lifecycle.override, { reason: why }))).toBeVisible();
    await expect(stageBadge(page, t)).toHaveText(t.stage.filed);
  });

  test(`lifecycle: overdue on dashboard and queue, supplement from the queue, calendar (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    const page = app.page;
    await start(page, lang);

    // (d) Filed 2026-01-05 and never accepted: acceptance was due 2026-01-07.
    await setUpCase(page, {
      client: CLIENTS.overdue,
      listing: { ...SAMR, authority: '宁波市市场监督管理局' },
      assignee: '李娜',
      documentsIn: true,
      events: [
        { type: 'filed', date: '2026-01-05', channel: 'online', reference: '', overrideReason: '' },
      ],
    });
    // Becomes eligible in about three weeks, for the dashboard's lists.
    const listed = daysAgo(345);
    await setUpCase(page, {
      client: CLIENTS.soon,
      listing: { ...SAMR, listingDate: listed, decisionDate: listed },
      assignee: '王强',
    });

    await navigate(page, t.nav.dashboard);
    const overdueList = page.getByRole('region', { name: t.due.overdue, exact: true });
    const overdueLink = overdueList.getByRole('link', { name: CLIENTS.overdue.name });
    await expect(overdueLink).toBeVisible();
    await expect(overdueList.getByText(t.dateKind.acceptanceDue)).toBeVisible();
    await expect(overdueList.getByText('2026-01-07')).toBeVisible();
    await expect(overdueLink).toHaveCSS('color', 'rgb(201, 42, 42)');
    const badge = page
      .getByRole('navigation')
      .getByLabel(fill(t.badge.overdue_one ?? t.badge.overdue_other, { count: 1 }));
    await expect(badge).toHaveText('1');
    await expect(page.getByRole('region', { name: t.due.dueToday })).toContainText(
      t.due.emptyDueToday,
    );
    await app.shot(`lifecycle-dashboard-${lang}`);

    await page
      .getByRole('navigation')
      .getByRole('link', { name: t.nav.queue, exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: t.queue.title })).toBeVisible();
    const overdueRow = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: CLIENTS.overdue.name }) });
    await expect(overdueRow).toContainText(t.dateKind.acceptanceDue);
    await expect(overdueRow).toContainText('2026-01-07');
    await expect(overdueRow).toContainText(REGIME[lang]);
    await expect(overdueRow).toHaveCSS('background-color', 'rgb(255, 245, 245)');
    await expect(overdueRow).toContainText(
      lang === 'en' ? /overdue by \d+ working days/ : /已逾期 \d+ 个工作日/,
    );
    await app.shot(`lifecycle-queue-${lang}`);

    // (b) A filed and accepted case: the reviewer logs a supplement request from the queue.
    const b = await setUpCase(page, {
      client: CLIENTS.reviewed,
      listing: { ...SAMR, authority: '温州市市场监督管理局' },
      documentsIn: true,
      events: [
        {
          type: 'filed',
          date: '2026-01-05',
          channel: 'inPerson',
          reference: '',
          overrideReason: '',
        },
        { type: 'accepted', date: '2026-01-07' },
      ],
    });
    const reviewedRow = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: CLIENTS.reviewed.name }) });
    await expect(reviewedRow).toContainText(t.dateKind.decisionDue);
    const before = /\d{4}-\d{2}-\d{2}/.exec(
      (await reviewedRow.getByRole('cell').nth(2).textContent()) ?? '',
    )?.[0];
    expect(before).toBeDefined();
    await reviewedRow
      .getByRole('button', { name: fill(t.queue.logEventLabel, { client: CLIENTS.reviewed.name }) })
      .click();
    const chooser = page.getByRole('dialog', {
      name: fill(t.queue.chooseEvent, { client: CLIENTS.reviewed.name }),
    });
    await chooser.getByRole('button', { name: t.lifecycle.action.supplementRequested }).click();
    await logEvent(
      page,
      t,
      t.lifecycle.action.supplementRequested,
      '2026-01-09',
      async (dialog) => {
        await dialog
          .getByRole('textbox', { name: t.lifecycle.what })
          .fill(lang === 'en' ? 'Proof of the fine paid' : '罚款缴纳凭证');
      },
    );
    await expect(page.getByRole('heading', { level: 1, name: t.queue.title })).toBeVisible();

    // The materials arrive: logged on the case, where the decision clock restarts.
    await openRoute(page, `/cases/${b.id}`);
    await expect(stageBadge(page, t)).toHaveText(t.stage.supplement);
    await nextStep(page, t, t.lifecycle.action.materialsReceived).click();
    await logEvent(page, t, t.lifecycle.action.materialsReceived, '2026-01-20');
    await expect(stageBadge(page, t)).toHaveText(t.stage.accepted);
    const decision = caseDate(page, t.dateKind.decisionDue);
    await expect(decision).toContainText(/\d{4}-\d{2}-\d{2}/);
    const after = /\d{4}-\d{2}-\d{2}/.exec((await decision.textContent()) ?? '')?.[0] ?? '';
    expect(after > before!).toBe(true);

    // (e) The calendar, exported: one VEVENT per date listed.
    await navigate(page, t.nav.calendar);
    const rows = page.getByRole('main').getByRole('listitem');
    await expect(rows.first()).toBeVisible();
    const shown = await rows.count();
    await expect(page.getByText(fill(t.agenda.count_other, { count: shown }))).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t.agenda.export }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^xiufu-agenda-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.ics$/,
    );
    const ics = readFileSync(await download.path(), 'utf8');
    const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(shown);
    const summaries = vevents.map((v) => String(new ICAL.Event(v).summary));
    expect(summaries.some((s) => s.includes(CLIENTS.overdue.name))).toBe(true);
    await choose(page, t.agenda.assignee, '李娜');
    await expect(rows.first()).toContainText(CLIENTS.overdue.name);
    await choose(page, t.agenda.assignee, t.agenda.all);
    await expect(rows).toHaveCount(shown);
    await app.shot(`lifecycle-calendar-${lang}`);
  });
}
