/**
 * Page helpers for the journeys. Labels come from the renderer's own dictionaries, so
 * the English and Chinese runs walk the same steps by role and visible label.
 */
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { today } from '../core/today';
import { Temporal } from 'temporal-polyfill';
import type { Channel, Input, Output, Result } from '../api/contract';
import type { EventFields } from '../core/lifecycle';
import type { RegimeId } from '../core/regimes';
import type { CaseDetail } from '../core/types';
import { en } from '../renderer/i18n/en';
import { zh } from '../renderer/i18n/zh';
import { settleFonts } from './settle';

export type Lang = 'en' | 'zh';

/** The plain date n days before the app's today (China Standard Time by default). */
export const daysAgo = (n: number): string =>
  Temporal.PlainDate.from(today()).subtract({ days: n }).toString();

/** The journeys' usual listing: SAMR serious list, listed 2024-06-03, may apply from 2025-06-04. */
export const SAMR_LISTING = {
  regimeId: 'samr-serious-list' as const,
  authority: '杭州市市场监督管理局',
  decisionNo: '杭市监严〔2024〕8号',
  decisionDate: '2024-05-20',
  listingDate: '2024-06-03',
};
export const dictionaries = { en, zh } as const;
export type Dict = typeof en;

export function labels(lang: Lang): Dict {
  return dictionaries[lang] as Dict;
}

/** Fills i18next's `{{name}}` placeholders, as the app does. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));
}

export async function navigate(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

/** Picks an option of a Mantine Select by its label. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export async function switchLanguage(page: Page, to: Lang): Promise<void> {
  const from: Lang = to === 'zh' ? 'en' : 'zh';
  await navigate(page, labels(from).nav.settings);
  await choose(page, labels(from).settings.language, to === 'zh' ? '简体中文' : 'English');
  await expect(
    page.getByRole('heading', { level: 1, name: labels(to).settings.title }),
  ).toBeVisible();
}

/** Creates a company client from the Clients screen; ends on the new client's page. */
export async function addCompany(page: Page, t: Dict, name: string, code: string): Promise<void> {
  await navigate(page, t.nav.clients);
  await page.getByRole('button', { name: t.common.newClient }).first().click();
  await page.getByRole('radio', { name: t.kind.company }).check();
  await page.getByLabel(t.clientForm.name, { exact: true }).fill(name);
  await page.getByLabel(t.clientForm.uscc, { exact: true }).fill(code);
  await page.getByRole('button', { name: t.clientForm.save }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export interface ListingFacts {
  regime: string;
  authority: string;
  decisionNo: string;
  decisionDate: string;
  listingDate?: string;
}

/** Opens a case with one listing for a client found by name; ends on the case page. */
export async function addCase(
  page: Page,
  t: Dict,
  clientName: string,
  l: ListingFacts,
): Promise<void> {
  await navigate(page, t.nav.cases);
  await page.getByRole('button', { name: t.common.newCase }).first().click();
  await page.getByRole('combobox', { name: t.newCase.client, exact: true }).fill(clientName);
  await page.getByRole('option', { name: new RegExp(clientName) }).click();
  const group = page.getByRole('group', { name: fill(t.newCase.listingLegend, { n: 1 }) });
  await group.getByRole('combobox', { name: t.listing.regime, exact: true }).click();
  await page.getByRole('option', { name: l.regime, exact: true }).click();
  await group.getByLabel(t.listing.authority, { exact: true }).fill(l.authority);
  await group.getByLabel(t.listing.decisionNo, { exact: true }).fill(l.decisionNo);
  await group.getByLabel(t.listing.decisionDate, { exact: true }).fill(l.decisionDate);
  if (l.listingDate)
    await group.getByLabel(t.listing.listingDate, { exact: true }).fill(l.listingDate);
  await page.getByRole('button', { name: t.newCase.create }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(clientName) })).toBeVisible();
}

/** Opens a case from the Cases screen by its client's name. */
export async function openCase(page: Page, t: Dict, clientName: string): Promise<void> {
  await navigate(page, t.nav.cases);
  await page.getByRole('link', { name: clientName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(clientName) })).toBeVisible();
}

/** One computed date of the case page: a group named by its label. */
export function caseDate(page: Page, label: string) {
  return page.getByRole('group', { name: label, exact: true });
}

/**
 * Calls a backend channel from inside the page, with the page's own session token, to set
 * up what a journey starts from (the steps under test go through the UI). Throws on a
 * refusal, with the backend's message.
 */
export async function api<C extends Channel>(
  page: Page,
  channel: C,
  input: Input<C>,
): Promise<Output<C>> {
  const result = await page.evaluate(
    async ({ channel, input }) => {
      const token = sessionStorage.getItem('xiufu.token') ?? '';
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-xiufu-token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Result<unknown>;
    },
    { channel, input: input as unknown },
  );
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as Output<C>;
}

/** Goes to a route of the app (hash routing) without reloading the page. */
export async function openRoute(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => {
    window.location.hash = `#${p}`;
  }, path);
}

export interface CaseSetup {
  client: { name: string; idNumber: string };
  listing: Omit<ListingFacts, 'regime'> & { regimeId: RegimeId };
  assignee?: string;
  /** Marks every required document received. */
  documentsIn?: boolean;
  /** Dated events logged in order, after the documents. */
  events?: EventFields[];
}

/** Creates a company client and its case through the backend; returns the case as cases.get does. */
export async function setUpCase(page: Page, s: CaseSetup): Promise<CaseDetail> {
  const client = await api(page, 'clients.create', {
    kind: 'company',
    name: s.client.name,
    idNumber: s.client.idNumber,
  });
  const l = s.listing;
  let detail = await api(page, 'cases.create', {
    clientId: client.id,
    assignee: s.assignee ?? '',
    listings: [
      {
        regimeId: l.regimeId,
        authority: l.authority,
        decisionNo: l.decisionNo,
        decisionDate: l.decisionDate,
        listingDate: l.listingDate ?? '',
      },
    ],
  });
  if (s.documentsIn) {
    for (const item of detail.checklist) {
      detail = await api(page, 'documents.set', {
        caseId: detail.id,
        documentId: item.documentId,
        status: 'received',
        note: '',
      });
    }
  }
  for (const event of s.events ?? []) {
    detail = await api(page, 'events.add', { ...event, caseId: detail.id });
  }
  return detail;
}

/** Saves a screenshot of one part of the page (a section, a dialog) under e2e/screenshots/. */
export async function shotOf(locator: ReturnType<Page['locator']>, name: string): Promise<void> {
  await settleFonts(locator.page());
  await locator.screenshot({
    path: `${import.meta.dirname}/screenshots/${name}.png`,
    animations: 'disabled',
    // The fixed app header would otherwise cover the top of a tall section.
    style: '.mantine-AppShell-header { visibility: hidden; }',
  });
}

/** The section of a screen under an h2 of this name. */
export function sectionOf(page: Page, heading: string) {
  return page
    .locator('section')
    .filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });
}

/** Opens one tab of the case page (they are named in the UI language) and waits for it. */
export async function caseTab(
  page: Page,
  t: Dict,
  tab: 'overview' | 'dates' | 'documents' | 'client' | 'history',
): Promise<void> {
  const name = t.casePage.tab[tab];
  const control = page
    .getByRole('tablist', { name: t.casePage.tabs })
    .getByRole('tab', { name, exact: true });
  await control.click();
  await expect(control).toHaveAttribute('aria-selected', 'true');
}
