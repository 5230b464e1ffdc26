/**
 * The small PDF each Received document of the demo carries: it says what it stands for,
 * whose it is, and that it is fictional, in both languages (the demo's clients are named
 * in Chinese and in English).
 */
import type { Bilingual } from './rules';
import type { TextDocumentInput } from './pdf/text-document';

export function demoDocumentText(document: Bilingual, clientName: string): TextDocumentInput {
  return {
    title: `${document.zh} · ${document.en}`,
    paragraphs: [
      clientName,
      '演示数据：本文件为虚构内容，仅用于试用 Xiufu。删除演示数据时一并删除。',
      'Demo data: this file is fictional, made to try Xiufu. Removing the demo data deletes it.',
    ],
  };
}

/** A file name that says it is a demo, e.g. "demo-commitment-letter.pdf". */
export const demoFileName = (documentId: string): string => `demo-${documentId}.pdf`;
