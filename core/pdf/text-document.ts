/**
 * A filled template (title + paragraphs) as an A4 PDF with the CJK font and page numbers;
 * the numbers are a pagination artifact, so a packet that numbers the pages itself drops them.
 */
import { newDocument, drawBlocks } from './draw';
import { stampPageNumbers } from './footer';
import { paragraphBlock, type Block, type Measure } from './layout';

export interface TextDocumentInput {
  title: string;
  paragraphs: string[];
}

export interface RenderOptions {
  fontBytes: Uint8Array;
  /** Only A4 is produced; the option is here so callers state it and a future size is additive. */
  pageSize?: 'A4';
}

const TITLE_SIZE = 17;
const BODY_SIZE = 11;

export function textDocumentBlocks(input: TextDocumentInput, measure: Measure): Block[] {
  return [
    paragraphBlock(input.title, TITLE_SIZE, measure, { align: 'center' }),
    // A blank paragraph is a deliberate empty line (an edited letter may use it as a spacer).
    ...input.paragraphs.map((p, i) =>
      paragraphBlock(p, BODY_SIZE, measure, { gapBefore: i === 0 ? 18 : 6 }),
    ),
  ];
}

/** Render and also return the lines drawn on each page (for tests and previews). */
export async function renderTextDocumentWithLines(
  input: TextDocumentInput,
  options: RenderOptions,
): Promise<{ bytes: Uint8Array; pages: string[][] }> {
  const fd = await newDocument(options.fontBytes, input.title);
  const pages = drawBlocks(fd, textDocumentBlocks(input, fd.measure));
  stampPageNumbers(fd, (n, total) => `${n} / ${total}`);
  return { bytes: await fd.doc.save(), pages };
}

export async function renderTextDocument(
  input: TextDocumentInput,
  options: RenderOptions,
): Promise<Uint8Array> {
  return (await renderTextDocumentWithLines(input, options)).bytes;
}
