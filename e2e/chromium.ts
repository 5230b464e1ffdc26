/** How the journeys and `npm run bench:screens` launch Chromium (one place for both). */
import { existsSync } from 'node:fs';

/** Debian's Chromium where Playwright's own browser cannot be downloaded (ARCHITECTURE.md). */
export function chromiumPath(): string | undefined {
  if (process.env.XIUFU_CHROMIUM) return process.env.XIUFU_CHROMIUM;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** No sandbox, GPU or background traffic: a quiet browser on a headless machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
