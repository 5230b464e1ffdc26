/**
 * The screens `npm run bench:screens` times: each opens the way a user opens it (the app's
 * own hash navigation, a reload for the app's start, the last keystroke of a search) and is
 * on screen once a real row of data is visible, found by role and text as the journeys
 * find it — never a spinner or an empty frame.
 */
import type { Locator, Page } from 'playwright-core';
import { en } from '../../renderer/i18n/en';

export interface Subject {
  /** The case opened on its own page. */
  caseId: number;
  caseClient: string;
  /** Typed into the case list's search box. */
  search: string;
}

export interface Screen {
  name: string;
  /** The backend channel whose answer fills the screen. */
  channel: string;
  /** Untimed: brings the page to where the user starts from. */
  prepare(page: Page, s: Subject): Promise<void>;
  /** Timed from here: the navigation, reload or keystroke. */
  act(page: Page, s: Subject): Promise<void>;
  /** Resolves once the first row of data is visible. */
  ready(page: Page, s: Subject): Promise<void>;
}

let opened = 0;
const VISIBLE = { state: 'visible', timeout: 60_000 } as const;

/** In-app navigation, as a link or the address bar's hash does it. */
export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

/**
 * A route with no data (the not-found page): every timed navigation starts from it, so no
 * row of the previous screen can be taken for one of the next.
 */
async function blank(page: Page): Promise<void> {
  await go(page, '#/bench-blank');
  await page.getByRole('heading', { name: en.app.notFound }).waitFor(VISIBLE);
}

/** A row that links somewhere: a row of data, not a header. */
const dataRow = (page: Page, scope: Page | Locator = page) =>
  scope
    .getByRole('row')
    .filter({ has: page.getByRole('link') })
    .first();

function routed(name: string, channel: string, hash: string, ready: Screen['ready']): Screen {
  return { name, channel, prepare: blank, act: (page) => go(page, hash), ready };
}

/**
 * Every row of the case list shown matches `text`, and there is one. Checked in the page
 * at each frame (one evaluation, not a locator round trip per condition), on the same
 * roles the journeys use: the table named by its label, its rows, their links.
 */
async function onlyMatches(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    ({ label, text }) => {
      const table = [...document.querySelectorAll('[role="table"]')].find(
        (e) => e.getAttribute('aria-label') === label,
      );
      const rows = [...(table?.querySelectorAll('[role="row"]') ?? [])].filter((r) =>
        r.querySelector('a[href]'),
      );
      return rows.length > 0 && rows.every((r) => r.textContent?.includes(text));
    },
    { label: en.cases.listLabel, text },
    { polling: 'raf', timeout: 60_000 },
  );
}

const rowInMain = async (page: Page) => dataRow(page, page.getByRole('main')).waitFor(VISIBLE);

export const SCREENS: Screen[] = [
  {
    name: 'dashboard (app opened)',
    channel: 'dashboard.summary',
    prepare: blank,
    // A new query string each time: a real load of the page, not a same-document hop.
    act: async (page) => {
      await page.goto(new URL(`/?open=${++opened}#/`, page.url()).href, { waitUntil: 'commit' });
    },
    ready: rowInMain,
  },
  routed('dashboard', 'dashboard.summary', '#/', rowInMain),
  routed('case list', 'cases.list', '#/cases', (page) =>
    dataRow(page, page.getByRole('table', { name: en.cases.listLabel })).waitFor(VISIBLE),
  ),
  {
    ...routed('case page', 'cases.get', '', (page, s) =>
      page.getByRole('heading', { level: 1, name: s.caseClient }).waitFor(VISIBLE),
    ),
    act: (page, s) => go(page, `#/cases/${s.caseId}`),
  },
  routed('client list', 'clients.list', '#/clients', rowInMain),
  routed('reviewer queue', 'queue.list', '#/queue', rowInMain),
  routed('calendar', 'agenda.list', '#/calendar', (page) =>
    page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.getByRole('link') })
      .first()
      .waitFor(VISIBLE),
  ),
  {
    name: 'case search (last key)',
    channel: 'cases.list',
    prepare: async (page, s) => {
      await blank(page);
      await go(page, '#/cases');
      const table = page.getByRole('table', { name: en.cases.listLabel });
      await dataRow(page, table).waitFor(VISIBLE);
      // All but the last key, with no wait: the last key follows within the search's
      // pause, so the one search sent is the whole text's, answered over the unfiltered
      // rows still on screen (none of which matches it).
      await page.getByRole('searchbox', { name: en.cases.search }).fill(s.search.slice(0, -1));
    },
    act: async (page, s) => {
      await page
        .getByRole('searchbox', { name: en.cases.search })
        .pressSequentially(s.search.slice(-1));
    },
    ready: (page, s) => onlyMatches(page, s.search),
  },
];
