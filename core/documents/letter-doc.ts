/**
 * A letter as the editor holds it and the PDF prints it: Tiptap's JSON, limited to what a
 * letter to an authority needs — headings, paragraphs and lists of text, bold, italic or
 * underlined. The one schema serves the editor's form and the backend's dispatch, so a
 * document the form accepts is one the PDF can draw; anything else is refused by name.
 */
import { z } from 'zod';
import { encodeMessage as m } from '../messages';
import type { TextDocument } from './templates';

const MARKS = ['bold', 'italic', 'underline'] as const;
export type LetterMark = (typeof MARKS)[number];

/** The whole letter's text, in characters: far beyond a letter, well within one request. */
export const MAX_LETTER_CHARS = 50_000;
/** Lists nested deeper than this would leave no width for their text on A4. */
export const MAX_LIST_DEPTH = 4;

const text = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1),
  marks: z.array(z.strictObject({ type: z.enum(MARKS) })).optional(),
});
export type LetterText = z.infer<typeof text>;

const inline = z.array(text).max(2000).optional();

const paragraph = z.strictObject({
  type: z.literal('paragraph'),
  // Tiptap writes the attributes its extensions declare; none of them changes the print.
  attrs: z.object({}).optional(),
  content: inline,
});
const heading = z.strictObject({
  type: z.literal('heading'),
  attrs: z.object({ level: z.union([z.literal(1), z.literal(2), z.literal(3)]) }),
  content: inline,
});

export type LetterParagraph = z.infer<typeof paragraph>;
export type LetterHeading = z.infer<typeof heading>;
export interface LetterListItem {
  type: 'listItem';
  content: (LetterParagraph | LetterList)[];
}
export interface LetterList {
  type: 'bulletList' | 'orderedList';
  attrs?: { start?: number };
  content: LetterListItem[];
}
export type LetterBlock = LetterParagraph | LetterHeading | LetterList;
export interface LetterDoc {
  type: 'doc';
  content: LetterBlock[];
}

const listItem: z.ZodType<LetterListItem> = z.lazy(() =>
  z.strictObject({
    type: z.literal('listItem'),
    content: z.array(z.union([paragraph, list])).min(1),
  }),
);
const list: z.ZodType<LetterList> = z.lazy(() =>
  z.strictObject({
    type: z.enum(['bulletList', 'orderedList']),
    attrs: z.object({ start: z.number().int().min(0).max(9999).optional() }).optional(),
    content: z.array(listItem).min(1),
  }),
);

const strictDoc = z.strictObject({
  type: z.literal('doc'),
  content: z
    .array(z.union([heading, paragraph, list]))
    .min(1)
    .max(2000),
});

/** The node (or mark) an issue points into: the deepest object on its path with a `type`. */
function offender(value: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = value;
  let named = 'doc';
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const type = (node as { type?: unknown } | null)?.type;
    if (node && typeof node === 'object' && typeof type === 'string') named = type;
  }
  return named.slice(0, 40);
}

/**
 * A union's issue sits on the node every option refused; the option that got furthest in
 * names the real culprit (a strange mark deep in a paragraph, not the paragraph).
 */
function deepestPath(issue: z.core.$ZodIssue): PropertyKey[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue.path;
  const inner = issue.errors
    .flat()
    .map(deepestPath)
    .reduce((a, b) => (b.length > a.length ? b : a));
  return [...issue.path, ...inner];
}

/** Every text node of a document, in reading order. */
export function lettersTexts(doc: LetterDoc): LetterText[] {
  const out: LetterText[] = [];
  const walk = (nodes: readonly unknown[]) => {
    for (const n of nodes as { type: string; text?: string; content?: unknown[] }[]) {
      if (n.type === 'text') out.push(n as LetterText);
      else if (n.content) walk(n.content);
    }
  };
  walk(doc.content);
  return out;
}

function depthOf(blocks: readonly (LetterBlock | LetterListItem)[]): number {
  let deepest = 0;
  for (const b of blocks) {
    if (b.type === 'bulletList' || b.type === 'orderedList')
      deepest = Math.max(deepest, 1 + depthOf(b.content.flatMap((i) => i.content)));
  }
  return deepest;
}

/**
 * The letter document. One message for the whole document (the editor is one field): what
 * it holds that a letter cannot, that it is empty, or that it is too long.
 */
export const letterDoc = z.unknown().transform((value, ctx): LetterDoc => {
  const parsed = strictDoc.safeParse(value);
  if (!parsed.success) {
    ctx.addIssue({
      code: 'custom',
      message: m('letters.unsupported', {
        what: offender(value, deepestPath(parsed.error.issues[0]!)),
      }),
    });
    return z.NEVER;
  }
  const doc = parsed.data as LetterDoc;
  const chars = lettersTexts(doc).reduce((n, t) => n + t.text.length, 0);
  if (chars === 0) ctx.addIssue({ code: 'custom', message: m('letters.empty') });
  else if (chars > MAX_LETTER_CHARS)
    ctx.addIssue({ code: 'custom', message: m('letters.tooLong', { max: MAX_LETTER_CHARS }) });
  else if (depthOf(doc.content) > MAX_LIST_DEPTH)
    ctx.addIssue({ code: 'custom', message: m('letters.tooDeep', { max: MAX_LIST_DEPTH }) });
  return doc;
});

const plain = (s: string) => (s ? [{ type: 'text' as const, text: s }] : undefined);

/** A drafted letter as the editor's first document: its title as the heading, then its paragraphs. */
export function draftDoc(draft: TextDocument): LetterDoc {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: plain(draft.title) },
      ...draft.paragraphs.map((p): LetterParagraph => ({ type: 'paragraph', content: plain(p) })),
    ],
  };
}

/** One saved version of a letter (db/repositories/letter-versions). */
export interface LetterVersion {
  id: number;
  caseId: number;
  kind: 'commitment' | 'application';
  lang: 'en' | 'zh';
  /** 1, 2, 3… per case and kind, in the order saved. */
  version: number;
  doc: LetterDoc;
  savedAt: string;
  savedBy: string;
  /** The case file the save attached (its PDF). */
  fileId: number;
}

/** The letter's name for its file: its first heading, else its first words. */
export function docTitle(doc: LetterDoc): string {
  const first =
    doc.content.find((b): b is LetterHeading => b.type === 'heading' && !!b.content) ??
    doc.content.find((b): b is LetterParagraph => b.type === 'paragraph' && !!b.content);
  const title = (first?.content ?? [])
    .map((t) => t.text)
    .join('')
    .trim();
  return [...title].slice(0, 60).join('');
}
