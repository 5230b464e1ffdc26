/**
 * Opening an attachment with the system's app (desktop shell), or showing it in its
 * folder. Only the kinds core/files/openable.ts lists, judged by name and content, reach
 * the system's app; anything else is refused with the reason, and `reveal` (after a
 * warning the user confirmed) shows it in its folder instead.
 */
import {
  extensionOf,
  openVerdict,
  safeFileName,
  sniff,
  SNIFF_BYTES,
  type OpenVerdict,
} from '../../core/files';
import { translateMessage } from '../../core/messages';
import type { Bilingual } from '../../core/rules/types';
import { AppError } from '../errors';
import type { Handler, HandlerContext, HandlerTable } from './context';
import { readVerified, requireFile } from './files';

/** The name the copy opens under: the content's extension where it differs from the name's. */
function withExtension(filename: string, extension: string): string {
  const ext = extensionOf(filename);
  if (ext === extension) return filename;
  return `${ext ? filename.slice(0, -ext.length - 1) : filename}.${extension}`;
}

const both = (prefix: string, label: Bilingual) => ({
  [prefix]: label.en,
  [`${prefix}Zh`]: label.zh,
});

/** A refused file: what it is, why it does not open; `reveal` is the way past, after a warning. */
function refusal(filename: string, v: Extract<OpenVerdict, { ok: false }>): AppError {
  const named = v.declared !== null && v.declared.en !== v.actual.en;
  const program = v.reason === 'executable';
  const key = program
    ? named
      ? 'files.openRefusedProgramNamed'
      : 'files.openRefusedProgram'
    : named
      ? 'files.openRefusedTypeNamed'
      : 'files.openRefusedType';
  const declared = named ? both('declared', v.declared!) : {};
  return new AppError(
    'needs_override',
    key,
    { filename, ...declared, ...both('actual', v.actual) },
    'reveal',
  );
}

/** Opened as what the content is: the user is told, in their language. */
function notice(
  ctx: HandlerContext,
  filename: string,
  mismatch: Extract<OpenVerdict, { ok: true }>['mismatch'],
): string | null {
  if (!mismatch) return null;
  const params = {
    filename,
    ...both('actual', mismatch.actual),
    ...(mismatch.declared ? both('declared', mismatch.declared) : {}),
  };
  const key = mismatch.declared ? 'files.openedAs' : 'files.openedAsUntyped';
  return translateMessage(`${key}|${JSON.stringify(params)}`, ctx.lang);
}

/**
 * Opens a file with the system's app (desktop shell), or shows it in its folder. A
 * verified copy goes to this process's temp folder (api/open-copies.ts), so the store
 * stays untouched; only the kinds core/files/openable.ts lists reach the system's app.
 */
const openFile: Handler<'files.open'> = async ({ id, reveal }, ctx) => {
  if (!ctx.desktop) throw new AppError('conflict', 'files.noDesktop');
  const file = requireFile(ctx, id);
  const bytes = await readVerified(ctx, file.sha256, file.filename);
  const filename = safeFileName(file.filename) || 'file';
  if (reveal) {
    ctx.desktop.showItemInFolder(ctx.openCopies.write(filename, bytes));
    return { opened: 'folder' as const, notice: null };
  }
  const verdict = openVerdict(filename, await sniff(bytes.subarray(0, SNIFF_BYTES)));
  if (!verdict.ok) throw refusal(filename, verdict);
  const path = ctx.openCopies.write(withExtension(filename, verdict.extension), bytes);
  const error = await ctx.desktop.openPath(path);
  if (error) throw new AppError('conflict', 'files.openFailed', { filename, error });
  return { opened: 'app' as const, notice: notice(ctx, filename, verdict.mismatch) };
};

export const fileOpenHandlers: HandlerTable<'files.open'> = { 'files.open': openFile };
