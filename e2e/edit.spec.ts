/**
 * Correcting after creation (issue 8): a consultant fixes a mistyped listing date on the
 * case page and sees the dates move, before → after, and the history entry; meets each
 * out-of-order listing date at the field to fix; adds a second listing to the case and
 * removes it again; hands the case to a colleague; and is refused, with the filing named,
 * an edit that would put a logged filing before the listing. In English and 简体中文.
 * Preconditions are set up through the backend from the page; the steps under test use the UI.
 */
import { EVENT_LABELS } from '../core/lifecycle';
import { listingLabel } from '../core/listing-label';
import { encodeMessage, translateMessage } from '../core/messages';
import { LISTING_DATE_NAMES, type ListingDateField } from '../core/listing-dates';
import { REGIMES } from '../core/regimes';
import {
  dateField,
  expectMessageAt,
  expectNoMessageAt,
  historyRow,
  movedRow,
  openListingEditor,
} from './edit-pages';
import { expect, test } from './fixtures';
import {
  api,
  caseDate,
  choose,
  fill,
  labels,
  openRoute,
  caseTab,
  sectionOf,
  setUpCase,
  shotOf,
  switchLanguage,
  type Lang,
  SAMR_LISTING,
} from './pages';

const CLIENT = { name: '杭州青禾食品有限公司', idNumber: '91330100716105852F' };
const SAMR = SAMR_LISTING;
const SECOND = {
  regimeId: 'cc-penalty-general' as const,
  authority: '杭州市西湖区城市管理局',
  decisionNo: '杭西城罚〔2025〕301号',
  decisionDate: '2025-02-10',
};

/** The schema's own message for two dates out of order, in the user's language. */
function orderMessage(
  lang: Lang,
  later: ListingDateField,
  laterDate: string,
  earlier: ListingDateField,
  earlierDate: string,
): string {
  const params = {
    later: LISTING_DATE_NAMES[later].en,
    laterZh: LISTING_DATE_NAMES[later].zh,
    earlier: LISTING_DATE_NAMES[earlier].en,
    earlierZh: LISTING_DATE_NAMES[earlier].zh,
    laterDate,
    earlierDate,
  };
  return translateMessage(encodeMessage('listing.dateOrder', params), lang);
}

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`edit: correct a listing, dates in order, add and remove a listing, assignee, refusal (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    const page = app.page;
    if (lang === 'zh') await switchLanguage(page, 'zh');
    // Reminders are not under test here; a corner stack could cover a button mid-journey.
    await api(page, 'settings.update', { notifications: false });
    const kase = await setUpCase(page, { client: CLIENT, listing: SAMR });
    await openRoute(page, `/cases/${kase.id}`);
    await expect(
      page.getByRole('heading', { level: 1, name: new RegExp(CLIENT.name) }),
    ).toBeVisible();
    const mayApply = t.dateKind.mayApplyFrom;
    await expect(caseDate(page, mayApply)).toContainText('2025-06-04');

    // Each out-of-order date, at the later field, as it is typed; never stale.
    let dialog = await openListingEditor(page, t, lang, SAMR);
    const decision = dateField(dialog, t.listing.decisionDate);
    const listed = dateField(dialog, t.listing.listingDate);
    const published = dateField(dialog, t.listing.publicationDate);
    await decision.fill('2024-06-10');
    await expectMessageAt(
      listed,
      orderMessage(lang, 'listingDate', '2024-06-03', 'decisionDate', '2024-06-10'),
    );
    await expectNoMessageAt(decision);
    await shotOf(dialog, `edit-order-listing-${lang}`);
    await decision.fill('2024-05-20');
    await expectNoMessageAt(listed);

    await published.fill('2024-06-01');
    await expectMessageAt(
      published,
      orderMessage(lang, 'publicationDate', '2024-06-01', 'listingDate', '2024-06-03'),
    );
    await listed.fill('');
    await published.fill('2024-05-10');
    await expectMessageAt(
      published,
      orderMessage(lang, 'publicationDate', '2024-05-10', 'decisionDate', '2024-05-20'),
    );
    await shotOf(dialog, `edit-order-publication-${lang}`);

    // The real correction: listed ten days later than typed at intake.
    await published.fill('');
    await listed.fill('2024-06-13');
    await expectNoMessageAt(listed);
    await expectNoMessageAt(published);
    await dialog.getByRole('button', { name: t.listingEdit.save }).click();
    await expect(dialog).toBeHidden();

    // What moved, before → after, until dismissed; the case's dates and history agree.
    const moved = movedRow(page, t, mayApply);
    await expect(moved).toContainText('2025-06-04');
    await expect(moved).toContainText('2025-06-14');
    await expect(caseDate(page, mayApply)).toContainText('2025-06-14');
    await shotOf(sectionOf(page, t.case.listings), `edit-moved-${lang}`);
    await page.getByRole('button', { name: t.moved.dismiss }).click();
    await expect(page.getByRole('table', { name: t.moved.title })).toBeHidden();
    await caseTab(page, t, 'history');
    const corrected = historyRow(
      page,
      fill(t.history.fieldChange, {
        field: t.history.field.listingDate,
        from: '2024-06-03',
        to: '2024-06-13',
      }),
    );
    await expect(corrected).toContainText(
      fill(t.history.fieldChange, { field: mayApply, from: '2025-06-04', to: '2025-06-14' }),
    );
    await expect(corrected).toContainText(listingLabel(SAMR, lang));
    await shotOf(sectionOf(page, t.case.history), `edit-history-${lang}`);
    await caseTab(page, t, 'overview');

    // A second listing joins the case, then leaves it again.
    await page.getByRole('button', { name: t.listingEdit.add }).click();
    dialog = page.getByRole('dialog', { name: t.listingEdit.addTitle });
    await choose(page, t.listing.regime, REGIMES[SECOND.regimeId].name[lang]);
    await dialog.getByLabel(t.listing.authority, { exact: true }).fill(SECOND.authority);
    await dialog.getByLabel(t.listing.decisionNo, { exact: true }).fill(SECOND.decisionNo);
    await dateField(dialog, t.listing.decisionDate).fill(SECOND.decisionDate);
    await dialog.getByRole('button', { name: t.listingEdit.addSave }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(SECOND.decisionNo, { exact: true })).toBeVisible();
    const secondName = listingLabel(SECOND, lang);
    await expect(movedRow(page, t, mayApply).filter({ hasText: secondName })).toContainText(
      '2025-05-11',
    );
    await shotOf(sectionOf(page, t.case.listings), `edit-added-${lang}`);
    await caseTab(page, t, 'history');
    await expect(
      historyRow(page, fill(t.editHistory.listingAdded, { name: secondName })),
    ).toBeVisible();
    await caseTab(page, t, 'overview');

    await page
      .getByRole('button', { name: fill(t.listingEdit.removeLabel, { name: secondName }) })
      .click();
    const confirm = page.getByRole('dialog', { name: t.listingEdit.removeTitle });
    await expect(confirm).toContainText(secondName);
    await confirm.getByRole('button', { name: t.listingEdit.confirmRemove }).click();
    await expect(page.getByText(SECOND.decisionNo, { exact: true })).toHaveCount(0);
    await caseTab(page, t, 'history');
    await expect(
      historyRow(page, fill(t.editHistory.listingRemoved, { name: secondName })),
    ).toBeVisible();
    await caseTab(page, t, 'overview');
    // The only listing left cannot be removed.
    await expect(
      page.getByRole('button', {
        name: fill(t.listingEdit.removeLabel, { name: listingLabel(SAMR, lang) }),
      }),
    ).toHaveCount(0);

    // Handed to a colleague.
    await page.getByRole('button', { name: t.caseDetails.edit }).click();
    dialog = page.getByRole('dialog', { name: t.caseDetails.title });
    await dialog.getByLabel(t.newCase.assignee, { exact: true }).fill('李娜');
    await dialog.getByRole('button', { name: t.caseDetails.save }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(fill(t.case.assigneeLine, { name: '李娜' }))).toBeVisible();
    await caseTab(page, t, 'history');
    await expect(
      historyRow(
        page,
        fill(t.history.fieldChange, {
          field: t.history.field.assignee,
          from: t.common.none,
          to: '李娜',
        }),
      ),
    ).toBeVisible();

    // Once a filing is logged, a listing date after it is refused with the filing named.
    await api(page, 'events.add', {
      caseId: kase.id,
      type: 'filed',
      date: '2026-01-05',
      channel: 'online',
      overrideReason: 'Documents follow by post',
    });
    await caseTab(page, t, 'dates');
    await expect(page.getByRole('listitem').filter({ hasText: '2026-01-05' })).toBeVisible();
    await caseTab(page, t, 'overview');
    dialog = await openListingEditor(page, t, lang, SAMR);
    const listedAgain = dateField(dialog, t.listing.listingDate);
    await listedAgain.fill('2026-01-10');
    await dialog.getByRole('button', { name: t.listingEdit.save }).click();
    await expectMessageAt(
      listedAgain,
      new RegExp(`2026-01-10.*${EVENT_LABELS.filed[lang]}.*2026-01-05`),
    );
    await expect(dialog).toBeVisible();
    await shotOf(dialog, `edit-refused-${lang}`);
    await dialog.getByRole('button', { name: t.common.cancel }).click();
    await expect(caseDate(page, mayApply)).toContainText('2025-06-14');
    await app.shot(`edit-case-${lang}`);

    // The client page corrects the same listing; a change that moves no date says so.
    await page.getByRole('link', { name: CLIENT.name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: CLIENT.name })).toBeVisible();
    dialog = await openListingEditor(page, t, lang, SAMR);
    await dialog.getByLabel(t.listing.reason, { exact: true }).fill('Late annual report');
    await dialog.getByRole('button', { name: t.listingEdit.save }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(t.moved.none)).toBeVisible();
    await expect(
      historyRow(
        page,
        fill(t.history.fieldChange, {
          field: t.history.field.reason,
          from: t.common.none,
          to: 'Late annual report',
        }),
      ),
    ).toBeVisible();
    await app.shot(`edit-client-${lang}`);
  });
}
