/**
 * Links that open a case in the desktop app from outside it (a calendar event, a note):
 * xiufu://cases/<id>. Built and read here only, so the format has one definition; the
 * desktop shell registers the scheme and hands what it receives to `routeOfLink`.
 */
export const LINK_SCHEME = 'xiufu';

export const caseLink = (caseId: number): string => `${LINK_SCHEME}://cases/${caseId}`;

/**
 * The case a link opens, or null for anything that is not exactly a case link: another
 * scheme, another target, an id that is not a positive whole number. Query and fragment
 * are ignored; a trailing slash (Windows adds one) is allowed.
 */
export function caseOfLink(link: string): number | null {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== `${LINK_SCHEME}:` || url.hostname.toLowerCase() !== 'cases') return null;
  if (url.username || url.password || url.port) return null;
  const match = /^\/(\d{1,15})\/?$/.exec(url.pathname);
  if (!match) return null;
  const id = Number(match[1]);
  return id > 0 ? id : null;
}

/**
 * The case of the first case link among a process's arguments: how Windows and Linux hand
 * a clicked link to the app (macOS uses the open-url event instead).
 */
export function caseInArgv(argv: readonly string[]): number | null {
  for (const arg of argv) {
    if (!arg.toLowerCase().startsWith(`${LINK_SCHEME}:`)) continue;
    const id = caseOfLink(arg);
    if (id) return id;
  }
  return null;
}
