/**
 * What `npm run backup` and `npm run restore` share: the data folder (XIUFU_DATA_DIR, else
 * the same default as both shells), the language of the locale, one-line messages, and
 * holding the folder so no running Xiufu writes to it meanwhile.
 */
import os from 'node:os';
import path from 'node:path';
import { claimDataFolder } from '../api/claim-folder';
import { defaultDataDir } from '../api/data-dir';
import { AppError } from '../api/errors';
import { translateMessage, type Lang, type MessageKey } from '../core/messages';
import type { BackupCounts } from '../core/backups';

export function dataDirOfEnv(): string {
  const given = process.env.XIUFU_DATA_DIR?.trim();
  return given ? path.resolve(given) : defaultDataDir(process.platform, process.env, os.homedir());
}

export const cliLang = (): Lang =>
  /^zh/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '')
    ? 'zh'
    : 'en';

export const say = (key: MessageKey, params: Record<string, string | number> = {}): string =>
  translateMessage(`${key}|${JSON.stringify(params)}`, cliLang());

export function countsText(counts: BackupCounts, newest: string | null): string {
  return say('cli.counts', { ...counts, newest: newest ?? say('cli.never') });
}

export function sizeText(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Progress on one rewritten terminal line (nothing when stderr is not a terminal). */
export function progressLine(): (phase: string, done: number, total: number) => void {
  if (!process.stderr.isTTY) return () => undefined;
  let last = 0;
  return (phase, done, total) => {
    const now = Date.now();
    if (now - last < 250 && done < total) return;
    last = now;
    const pct = total > 0 ? Math.floor((done / total) * 100) : 0;
    process.stderr.write(`\r${phase} ${pct}%   `);
    if (done >= total) process.stderr.write('\r');
  };
}

/** An exit status and the one line that says why. */
export type Outcome = [number, string];

/** Runs a command's work, says its outcome in one line, lets the folder go, exits. */
export async function finish(release: () => void, work: () => Promise<Outcome>): Promise<never> {
  let outcome: Outcome;
  try {
    outcome = await work();
  } catch (err) {
    outcome = [
      1,
      err instanceof AppError
        ? translateMessage(`${err.key}|${JSON.stringify(err.params)}`, cliLang())
        : say('cli.failed', { detail: err instanceof Error ? err.message : String(err) }),
    ];
  }
  release();
  const [code, line] = outcome;
  (code === 0 ? console.log : console.error)(line);
  process.exit(code);
}

/**
 * Takes the data folder the way the shells do (api/claim-folder.ts), so a command never
 * writes beside a running Xiufu: refuses, in one line, while another process owns it.
 */
export function holdDataFolder(dataDir: string): () => void {
  const claim = claimDataFolder(dataDir, { shell: 'command' });
  if (!claim.ok) {
    console.error(claim.message(cliLang()));
    process.exit(1);
  }
  return () => claim.lock.release();
}
