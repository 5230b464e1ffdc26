/** Backup and recovery outcomes said in the user's language. */
import { randomUUID } from 'node:crypto';
import type { BackupProblem } from '../core/backups';
import { translateMessage, type Lang } from '../core/messages';
import { BackupDamagedError, BackupRawError, BackupTooNewError } from '../db/backup/errors';
import type { Recovery } from './data-folder';
import { AppError } from './errors';

const t = (key: string, params: Record<string, string | number>, lang: Lang) =>
  translateMessage(`${key}|${JSON.stringify(params)}`, lang);

export function problemText(p: BackupProblem, lang: Lang): string {
  return t(
    `backups.problem.${p.kind}`,
    'detail' in p ? { detail: p.detail } : 'sha256' in p ? { sha256: p.sha256.slice(0, 12) } : {},
    lang,
  );
}

/** What is wrong with the data file, in one sentence. */
function problemSentence(r: Recovery, lang: Lang): string {
  const { problem } = r;
  const params: Record<string, string | number> = { file: r.file };
  if ('detail' in problem) params.detail = problem.detail;
  if (problem.kind === 'newer') {
    Object.assign(params, { found: problem.found, supported: problem.supported });
  }
  return t(`recovery.${problem.kind}`, params, lang);
}

/** What is wrong with the data file, and that it was not changed. */
export function recoveryMessage(r: Recovery, lang: Lang): string {
  return `${problemSentence(r, lang)} ${t('recovery.untouched', {}, lang)}`;
}

/** The command line's one line: what is wrong, and the ways on. */
export function recoveryLine(r: Recovery, lang: Lang): string {
  const untouched = t('recovery.untouched', {}, lang);
  const line = t('recovery.cli', { problem: problemSentence(r, lang), untouched }, lang);
  // One line, whatever a SQLite detail carried.
  return line.replace(/\s+/g, ' ');
}

/** Why a job failed, for its done event; unexpected faults are logged with a reference. */
export function failureMessage(
  err: unknown,
  lang: Lang,
  log: (line: Record<string, unknown>) => void,
  channel: string,
): string {
  if (err instanceof AppError) return t(err.key, err.params, lang);
  if (err instanceof BackupDamagedError) {
    const problems = err.problems.slice(0, 5).map((p) => problemText(p, lang));
    return t(
      'backups.damaged',
      { problems: problems.join(lang === 'zh' ? '；' : '; ') + (lang === 'zh' ? '。' : '.') },
      lang,
    );
  }
  if (err instanceof BackupTooNewError)
    return t('backups.newer', { found: err.found, supported: err.supported }, lang);
  if (err instanceof BackupRawError) return t('backups.rawNotRestorable', {}, lang);
  const id = randomUUID().slice(0, 8);
  log({ level: 'error', id, channel, error: err instanceof Error ? err.stack : String(err) });
  const code = (err as NodeJS.ErrnoException).code;
  // A file-system refusal (a full or unplugged disk) is worth saying as it is.
  if (code && /^E[A-Z]+$/.test(code))
    return t('backups.failed', { detail: (err as Error).message }, lang);
  return t('error.internal', { id }, lang);
}
