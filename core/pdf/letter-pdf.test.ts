import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftDoc, type LetterDoc } from '../documents/letter-doc';
import { commitmentLetter, type TemplateData } from '../documents/templates';
import { MARGIN, TEXT_WIDTH } from './layout';
import { BODY_SIZE, LIST_INDENT } from './letter-layout';
import { renderLetter, type LetterFonts } from './letter-pdf';
import { loadTestBoldFont, loadTestFont } from './test-font';

let fonts: LetterFonts;
beforeAll(async () => {
  fonts = { fontBytes: await loadTestFont(), boldFontBytes: await loadTestBoldFont() };
});

const data: TemplateData = {
  client: {
    name: '福州闽江贸易有限公司',
    idNumber: '91350100M000100Y43',
    legalRep: '陈建国',
    address: '福州市鼓楼区五四路 88 号',
  },
  listings: [
    {
      regimeId: 'samr-serious-list',
      authority: '福州市市场监督管理局',
      decisionNo: '榕市监罚〔2024〕118号',
      decisionDate: '2024-05-20',
      listingDate: '2024-06-03',
      publicationDate: '',
      reason: '提交虚假材料取得公司登记',
    },
  ],
  date: '2025-06-04',
  preparer: '李娜',
};

const para = (...texts: (string | [string, ...('bold' | 'italic' | 'underline')[]])[]) => ({
  type: 'paragraph' as const,
  content: texts.map((t) =>
    typeof t === 'string'
      ? { type: 'text' as const, text: t }
      : {
          type: 'text' as const,
          text: t[0],
          marks: t.slice(1).map((m) => ({ type: m as 'bold' })),
        },
  ),
});

describe('renderLetter', () => {
  it.each(['zh', 'en'] as const)(
    'renders the drafted %s letter on one A4 page with the filled values',
    async (lang) => {
      const { bytes, pages } = await renderLetter(draftDoc(commitmentLetter(data, lang)), fonts);
      const pdf = await PDFDocument.load(bytes);
      expect(pdf.getPageCount()).toBe(1);
      expect(pages).toHaveLength(1);
      const { width, height } = pdf.getPage(0).getSize();
      expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
      expect(pages[0]![0]).toBe(lang === 'zh' ? '守信承诺书' : 'Integrity Commitment Letter');
      expect(pdf.getTitle()).toBe(pages[0]![0]);
      // Joined without separators, so a value wrapped across two lines still matches.
      const drawn = pages.flat().join('');
      for (const s of ['福州闽江贸易有限公司', '91350100M000100Y43', '榕市监罚〔2024〕118号']) {
        expect(drawn).toContain(s);
      }
      // Both faces are embedded as subsets: a letter stays small.
      expect(bytes.length).toBeLessThan(120_000);
    },
  );

  it('flows a long bilingual letter over several pages, every line inside the margins', async () => {
    const zh = commitmentLetter(data, 'zh');
    const en = commitmentLetter(data, 'en');
    const doc = draftDoc({
      title: zh.title,
      paragraphs: Array.from({ length: 6 }, () => [...zh.paragraphs, ...en.paragraphs]).flat(),
    });
    const { bytes, pages } = await renderLetter(doc, fonts);
    const pdf = await PDFDocument.load(bytes);
    expect(pages.length).toBeGreaterThan(2);
    expect(pdf.getPageCount()).toBe(pages.length);
    expect(pages.flat().join('')).toContain('本单位现郑重作出如下承诺：');
    expect(pages.flat().join(' ')).toContain('hereby solemnly commit');
  });

  it('wraps long mixed text within the width, bold words measured in the bold face', async () => {
    const long = 'Fuzhou Minjiang Trading Co., Ltd. 福州闽江贸易有限公司 '.repeat(10);
    const doc: LetterDoc = { type: 'doc', content: [para(long, [long, 'bold'], long)] };
    const { pages } = await renderLetter(doc, fonts);
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    const regular = await pdf.embedFont(fonts.fontBytes, { subset: true });
    const bold = await pdf.embedFont(fonts.boldFontBytes, { subset: true });
    const lines = pages.flat();
    expect(lines.length).toBeGreaterThan(12);
    // Measured as if all regular, some lines fit; as if all bold, the bold ones would not.
    const widest = Math.max(...lines.map((l) => bold.widthOfTextAtSize(l, BODY_SIZE)));
    expect(widest).toBeGreaterThan(TEXT_WIDTH);
    for (const line of lines) {
      expect(regular.widthOfTextAtSize(line, BODY_SIZE)).toBeLessThanOrEqual(TEXT_WIDTH + 0.01);
    }
    expect(lines.join('').replace(/ /g, '')).toBe(`${long}${long}${long}`.replace(/ /g, ''));
  });

  it('breaks CJK text between characters and keeps closing marks off a line start', async () => {
    const zh = '本单位郑重承诺，严格遵守法律法规。'.repeat(20);
    const { pages } = await renderLetter({ type: 'doc', content: [para(zh)] }, fonts);
    const lines = pages[0]!;
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect('，。').not.toContain(l[0]);
    expect(lines.join('')).toBe(zh);
  });

  it('numbers and bullets list items, nested lists further in', async () => {
    const doc: LetterDoc = {
      type: 'doc',
      content: [
        {
          type: 'orderedList',
          attrs: { start: 1 },
          content: [
            { type: 'listItem', content: [para('First commitment')] },
            {
              type: 'listItem',
              content: [
                para('Second commitment'),
                { type: 'bulletList', content: [{ type: 'listItem', content: [para('detail')] }] },
              ],
            },
          ],
        },
      ],
    };
    const { pages } = await renderLetter(doc, fonts);
    expect(pages[0]!.slice(0, 3)).toEqual([
      '1. First commitment',
      '2. Second commitment',
      '◦ detail',
    ]);
    expect(LIST_INDENT * 2).toBeLessThan(TEXT_WIDTH - MARGIN.side);
  });

  it('starts a new page when the first is full, and numbers every page', async () => {
    const doc: LetterDoc = {
      type: 'doc',
      content: Array.from({ length: 60 }, (_, i) => para(`Paragraph ${i + 1}.`)),
    };
    const { bytes, pages } = await renderLetter(doc, fonts);
    expect(pages.length).toBe(2);
    expect(pages[1]).toContain('Paragraph 60.');
    const { extractText, getDocumentProxy } = await import('unpdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), {
      mergePages: false,
    });
    expect(text[0]).toContain('1 / 2');
    expect(text[1]).toContain('2 / 2');
  });
});
