/**
 * A letter document as an A4 PDF: the one function behind both the preview beside the
 * editor and the file a save attaches, so what the user saw is what is filed. The CJK font
 * and its bold face are embedded as subsets; the page numbers are a pagination artifact,
 * so a packet that numbers the pages itself drops them.
 */
import { docTitle, type LetterDoc } from '../documents/letter-doc';
import { drawBlocks, newDocument } from './draw';
import { stampPageNumbers } from './footer';
import { letterBlocks } from './letter-layout';

export interface LetterFonts {
  fontBytes: Uint8Array;
  boldFontBytes: Uint8Array;
}

/** The PDF's bytes, and the text of every line drawn, page by page (for tests). */
export async function renderLetter(
  doc: LetterDoc,
  fonts: LetterFonts,
): Promise<{ bytes: Uint8Array; pages: string[][] }> {
  const fd = await newDocument(fonts.fontBytes, docTitle(doc), fonts.boldFontBytes);
  const pages = drawBlocks(fd, letterBlocks(doc, fd.measure));
  stampPageNumbers(fd, (n, total) => `${n} / ${total}`);
  return { bytes: await fd.doc.save(), pages };
}
