import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { commitmentLetter, type TemplateData } from '../documents/templates';
import { TEXT_WIDTH } from './layout';
import { renderTextDocument, renderTextDocumentWithLines } from './text-document';
import { loadTestFont } from './test-font';

let fontBytes: Uint8Array;
beforeAll(async () => {
  fontBytes = await loadTestFont();
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

describe('renderTextDocument', () => {
  it.each(['zh', 'en'] as const)(
    'renders the %s letter on one A4 page with the filled values',
    async (lang) => {
      const { bytes, pages } = await renderTextDocumentWithLines(commitmentLetter(data, lang), {
        fontBytes,
      });
      const pdf = await PDFDocument.load(bytes);
      expect(pdf.getPageCount()).toBe(1);
      expect(pages).toHaveLength(1);
      const { width, height } = pdf.getPage(0).getSize();
      expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
      expect(pages[0]![0]).toBe(lang === 'zh' ? '守信承诺书' : 'Integrity Commitment Letter');
      // Joined without separators, so a value wrapped across two lines still matches.
      const drawn = pages.flat().join('');
      for (const s of [
        '福州闽江贸易有限公司',
        '91350100M000100Y43',
        '榕市监罚〔2024〕118号',
        '2025-06-04',
      ]) {
        expect(drawn).toContain(s);
      }
      // The font is embedded as a subset: a letter stays small.
      expect(bytes.length).toBeLessThan(80_000);
    },
  );

  it('flows a long bilingual document over several pages', async () => {
    const zh = commitmentLetter(data, 'zh');
    const en = commitmentLetter(data, 'en');
    const doc = {
      title: zh.title,
      paragraphs: Array.from({ length: 6 }, () => [...zh.paragraphs, ...en.paragraphs]).flat(),
    };
    const { bytes, pages } = await renderTextDocumentWithLines(doc, { fontBytes });
    const pdf = await PDFDocument.load(bytes);
    expect(pages.length).toBeGreaterThan(2);
    expect(pdf.getPageCount()).toBe(pages.length);
    const all = pages.flat();
    expect(all.join('')).toContain('本单位现郑重作出如下承诺：');
    expect(all.join(' ')).toContain('hereby solemnly commit');
  });

  it('keeps every line within the text width', async () => {
    const long = 'Fuzhou Minjiang Trading Co., Ltd. 福州闽江贸易有限公司'.repeat(12);
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    const font = await pdf.embedFont(fontBytes, { subset: true });
    const { pages } = await renderTextDocumentWithLines(
      { title: 'T', paragraphs: [long] },
      { fontBytes },
    );
    const body = pages.flat().slice(1); // after the title
    expect(body.length).toBeGreaterThan(5);
    for (const line of body) {
      expect(font.widthOfTextAtSize(line, 11)).toBeLessThanOrEqual(TEXT_WIDTH + 0.01);
    }
  });

  it('returns only the bytes from renderTextDocument', async () => {
    const bytes = await renderTextDocument(
      { title: '信用承诺书', paragraphs: ['特此承诺。'] },
      { fontBytes, pageSize: 'A4' },
    );
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });
});
