/**
 * The small PDF each Received document of the demo carries: it says what it stands for,
 * whose it is, and that it is fictional, in both languages (the demo's clients are named
 * in Chinese and in English). Laid out by the letters' own PDF renderer.
 */
import type { Bilingual } from './rules';
import { draftDoc, type LetterDoc } from './documents/letter-doc';

export function demoDocument(document: Bilingual, clientName: string): LetterDoc {
  return draftDoc({
    title: `${document.zh} · ${document.en}`,
    paragraphs: [
      clientName,
      '演示数据：本文件为虚构内容，仅用于试用 Xiufu。删除演示数据时一并删除。',
      'Demo data: this file is fictional, made to try Xiufu. Removing the demo data deletes it.',
    ],
  });
}

/** A file name that says it is a demo, e.g. "demo-commitment-letter.pdf". */
export const demoFileName = (documentId: string): string => `demo-${documentId}.pdf`;
