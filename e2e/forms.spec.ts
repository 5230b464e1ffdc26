/**
 * Forms a person enjoys (issue 12, part 4), walked from the keyboard and the mouse in English
 * and 简体中文: the skip link, no error before the first save, the focus on the first field in
 * error, a person without a legal representative, the link to the client that has a code
 * already, the client picker that keeps what was typed, a dialog that opens on its first
 * field with a named close button, a date typed and a date picked, and Settings saved group
 * by group.
 */
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import { today } from '../core/today';
import { expect, test } from './fixtures';
import { REGIMES } from '../core/regimes';
import { message, start } from './events-pages';
import { api, choose, daysAgo, fill, labels, navigate, sectionOf, type Lang } from './pages';

const COMPANY = { name: '福州闽江贸易有限公司', code: '91350100M000100Y43' };
const PERSON = { name: '刘建华', idCard: '11010519491231002X' };
const TYPED = 'Lumen Optics';

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`forms: skip link, focus, client kinds, duplicates, picker, dates, settings (${lang})`, async ({
    app,
  }) => {
    const t = labels(lang);
    const page = app.page;
    await start(page, lang);
    await api(page, 'clients.create', {
      kind: 'company',
      name: COMPANY.name,
      idNumber: COMPANY.code,
    });

    // The skip link is the first Tab stop, shows itself, and moves the focus to the screen.
    await navigate(page, t.nav.clients);
    // From a fresh load, as a keyboard user meets the app (the session survives a reload).
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: t.clients.title })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: t.forms.skipToMain });
    await expect(skip).toBeFocused();
    expect((await skip.boundingBox())?.x).toBeGreaterThanOrEqual(0);
    await app.shot(`forms-skip-link-${lang}`);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();

    // A contact just added is not red; a save with nothing typed goes to the first field.
    await page.getByRole('button', { name: t.common.newClient }).first().click();
    await page.getByRole('button', { name: t.clientForm.addContact }).click();
    await expect(page.getByLabel(t.clientForm.contactName, { exact: true })).toBeVisible();
    await expect(page.getByText(message(lang, 'field.required', {}))).toHaveCount(0);
    await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
    await page.getByRole('button', { name: t.clientForm.save }).click();
    await expect(page.getByLabel(t.clientForm.name, { exact: true })).toBeFocused();
    await expect(page.getByLabel(t.clientForm.contactName, { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await app.shot(`forms-first-invalid-${lang}`);

    // A person has no legal representative, in the form and on the client's page.
    await page.getByRole('button', { name: t.clientForm.removeContact }).first().click();
    await page.getByRole('radio', { name: t.kind.person }).check();
    await expect(page.getByLabel(t.clientForm.legalRep, { exact: true })).toHaveCount(0);
    await page.getByLabel(t.clientForm.name, { exact: true }).fill(PERSON.name);
    await page.getByLabel(t.clientForm.idCard, { exact: true }).fill(PERSON.idCard);
    await page.getByRole('button', { name: t.clientForm.save }).click();
    await expect(page.getByRole('heading', { level: 1, name: PERSON.name })).toBeVisible();
    await expect(page.getByText(t.clientForm.legalRep, { exact: true })).toHaveCount(0);

    // A code that exists already links to the client that has it.
    await navigate(page, t.nav.clients);
    await page.getByRole('button', { name: t.common.newClient }).first().click();
    await page.getByLabel(t.clientForm.name, { exact: true }).fill('Another name');
    await page.getByLabel(t.clientForm.uscc, { exact: true }).fill(COMPANY.code);
    await page.getByRole('button', { name: t.clientForm.save }).click();
    const existing = page.getByRole('link', { name: t.forms.openExisting });
    await expect(page.getByLabel(t.clientForm.uscc, { exact: true })).toBeFocused();
    await app.shot(`forms-duplicate-link-${lang}`);
    await existing.click();
    // The typed form is not lost silently: leaving it is asked first.
    await page.getByRole('button', { name: t.unsaved.leave }).click();
    await expect(page.getByRole('heading', { level: 1, name: COMPANY.name })).toBeVisible();

    // The client picker keeps a name that matches nothing; Enter offers it as a new client,
    // in a dialog that opens on its first field and closes by a named button.
    await navigate(page, t.nav.cases);
    await page.getByRole('button', { name: t.common.newCase }).first().click();
    const picker = page.getByRole('combobox', { name: t.newCase.client, exact: true });
    await picker.pressSequentially(TYPED);
    await expect(page.getByText(fill(t.forms.createClientHint, { name: TYPED }))).toBeVisible();
    await picker.press('Enter');
    const dialog = page.getByRole('dialog', { name: t.clients.newTitle });
    await expect(dialog.getByLabel(t.clientForm.name, { exact: true })).toHaveValue(TYPED);
    await expect(dialog.getByRole('radio', { name: t.kind.company })).toBeFocused();
    await dialog.getByRole('button', { name: t.forms.close, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(picker).toHaveValue(TYPED);
    await picker.fill(COMPANY.name.slice(0, 4));
    await page.getByRole('option', { name: new RegExp(COMPANY.name) }).click();

    // A date typed as YYYY-MM-DD (then Tab), and one picked in the calendar.
    const group = page.getByRole('group', { name: fill(t.newCase.listingLegend, { n: 1 }) });
    await choose(page, t.listing.regime, REGIMES['samr-serious-list'].name[lang]);
    await group.getByLabel(t.listing.authority, { exact: true }).fill('福州市市场监督管理局');
    await group.getByLabel(t.listing.decisionNo, { exact: true }).fill('榕市监〔2026〕3号');
    const decided = daysAgo(40);
    const decision = group.getByLabel(t.listing.decisionDate, { exact: true });
    await decision.pressSequentially(decided);
    await page.keyboard.press('Tab');
    await expect(decision).toHaveValue(decided);
    // An empty date's calendar opens at this month; its first day is past and after the
    // decision (40 days back is always in an earlier month).
    const listed = `${today().slice(0, 8)}01`;
    const listing = group.getByLabel(t.listing.listingDate, { exact: true });
    await listing.click();
    const day = dayjs(listed)
      .locale(lang === 'zh' ? 'zh-cn' : 'en')
      .format('D MMMM YYYY');
    await expect(page.getByRole('button', { name: day, exact: true })).toBeVisible();
    await app.shot(`forms-date-picker-${lang}`);
    await page.getByRole('button', { name: day, exact: true }).click();
    await expect(listing).toHaveValue(listed);
    await page.getByRole('button', { name: t.newCase.create }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: new RegExp(COMPANY.name) }),
    ).toBeVisible();

    // Settings: each group saves itself, with its button inside it.
    await navigate(page, t.nav.settings);
    const you = sectionOf(page, t.forms.settingsYou);
    await you
      .getByLabel(t.settings.userName, { exact: true })
      .fill(lang === 'en' ? 'Li Na' : '李娜');
    await you.getByRole('button', { name: t.settings.save }).click();
    await expect(you.getByRole('status')).toHaveText(t.settings.saved);
    await expect(
      sectionOf(page, t.clock.title).getByRole('button', { name: t.clock.save }),
    ).toBeVisible();
    await expect(sectionOf(page, t.forms.settingsReminders).getByRole('button')).toHaveCount(0);
    await app.shot(`forms-settings-${lang}`);
  });
}
