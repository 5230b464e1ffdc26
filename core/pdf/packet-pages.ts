/** The packet's own pages — cover sheet and index — as layout blocks, in either language. */
import type { Lang } from '../messages';
import { REGIMES, type RegimeId } from '../regimes';
import { TEXT_WIDTH, paragraphBlock, type Block, type Measure } from './layout';

export interface PacketCover {
  client: { kind?: 'company' | 'person'; name: string; idNumber: string; legalRep?: string };
  listings: {
    regimeId: RegimeId;
    authority: string;
    decisionNo: string;
    decisionDate: string;
    listingDate?: string;
    publicationDate?: string;
  }[];
  /** The packet's date, YYYY-MM-DD. */
  date: string;
  preparer: string;
}

export type EntryStatus = 'embedded' | 'not-embeddable' | 'unreadable';

export interface IndexRow {
  name: string;
  sha256: string;
  mime: string;
  status: EntryStatus;
  firstPage: number | null;
  lastPage: number | null;
}

const T = {
  zh: {
    title: '信用修复申请材料',
    applicant: '申请人：',
    code: '统一社会信用代码：',
    idCard: '居民身份证号码：',
    legalRep: '法定代表人：',
    regimes: '涉及类别：',
    listings: '失信信息：',
    decisionNo: '决定书文号：',
    authority: '作出决定机关：',
    decisionDate: '决定日期：',
    listingDate: '列入日期：',
    publicationDate: '公示日期：',
    count: (n: number) => `随附文件：${n} 份（目录见下页）`,
    date: '编制日期：',
    preparer: '编制人：',
    indexTitle: '文件目录',
    indexHead: '序号  文件名称',
    pagesHead: '页码',
    pages: (a: number, b: number) => (a === b ? `第 ${a} 页` : `第 ${a}–${b} 页`),
    'not-embeddable': (mime: string) => `未并入本文件（${mime} 格式无法嵌入），原件另行提交`,
    unreadable: (mime: string) => `未并入本文件（${mime} 文件无法读取或已加密），原件另行提交`,
    sep: '；',
    list: '、',
    pageLabel: (n: number, m: number) => `第 ${n} 页 / 共 ${m} 页`,
  },
  en: {
    title: 'Credit Repair Submission Packet',
    applicant: 'Applicant: ',
    code: 'Unified social credit code: ',
    idCard: 'Resident identity card number: ',
    legalRep: 'Legal representative: ',
    regimes: 'Records concerned: ',
    listings: 'Listings:',
    decisionNo: 'decision number (文号): ',
    authority: 'authority: ',
    decisionDate: 'decision date: ',
    listingDate: 'listing date: ',
    publicationDate: 'publication date: ',
    count: (n: number) => `Enclosed documents: ${n} (index on the next page)`,
    date: 'Date: ',
    preparer: 'Prepared by: ',
    indexTitle: 'Index of documents',
    indexHead: 'No.  Document',
    pagesHead: 'Pages',
    pages: (a: number, b: number) => (a === b ? `p. ${a}` : `pp. ${a}–${b}`),
    'not-embeddable': (mime: string) =>
      `Not embedded: ${mime} cannot be placed in a PDF; the original is supplied separately`,
    unreadable: (mime: string) =>
      `Not embedded: this ${mime} file could not be read (damaged or encrypted); the original is supplied separately`,
    sep: '; ',
    list: '; ',
    pageLabel: (n: number, m: number) => `Page ${n} of ${m}`,
  },
} as const;

export const pageLabel = (lang: Lang) => T[lang].pageLabel;

const TITLE = 20;
const BODY = 11;
const SMALL = 8;
/** Width kept free at the right of each index row for its page range. */
const RANGE_COLUMN = 92;

export function coverBlocks(
  cover: PacketCover,
  entryCount: number,
  lang: Lang,
  measure: Measure,
): Block[] {
  const t = T[lang];
  const p = (text: string, gapBefore = 4, indent = 0) =>
    paragraphBlock(text, BODY, measure, { gapBefore, indent });
  const person = cover.client.kind === 'person';
  const regimes = [...new Set(cover.listings.map((l) => l.regimeId))].map(
    (id) => REGIMES[id].name[lang],
  );
  const blocks: Block[] = [
    paragraphBlock(t.title, TITLE, measure, { align: 'center' }),
    p(`${t.applicant}${cover.client.name}`, 28),
    p(`${person ? t.idCard : t.code}${cover.client.idNumber}`),
  ];
  if (!person && cover.client.legalRep) blocks.push(p(`${t.legalRep}${cover.client.legalRep}`));
  blocks.push(p(`${t.regimes}${regimes.join(t.list)}`, 12), p(t.listings, 12));
  cover.listings.forEach((l, i) => {
    const parts = [
      `${t.decisionNo}${l.decisionNo}`,
      `${t.authority}${l.authority}`,
      `${t.decisionDate}${l.decisionDate}`,
    ];
    if (l.listingDate) parts.push(`${t.listingDate}${l.listingDate}`);
    if (l.publicationDate) parts.push(`${t.publicationDate}${l.publicationDate}`);
    blocks.push(
      p(`${i + 1}. ${REGIMES[l.regimeId].name[lang]}${t.sep}${parts.join(t.sep)}`, 4, 12),
    );
  });
  blocks.push(
    p(t.count(entryCount), 12),
    p(`${t.date}${cover.date}`, 12),
    p(`${t.preparer}${cover.preparer}`),
  );
  return blocks;
}

/**
 * The index. Page ranges sit in a fixed right-hand column, so the rows wrap the same way
 * whatever the numbers are: the page count measured with placeholder rows is exact.
 */
export function indexBlocks(rows: IndexRow[], lang: Lang, measure: Measure): Block[] {
  const t = T[lang];
  const nameWidth = TEXT_WIDTH - RANGE_COLUMN;
  const head = paragraphBlock(t.indexHead, BODY, measure, { gapBefore: 18, width: nameWidth });
  head.lines[0]!.right = t.pagesHead;
  const blocks: Block[] = [paragraphBlock(t.indexTitle, 16, measure, { align: 'center' }), head];
  rows.forEach((row, i) => {
    const name = paragraphBlock(`${i + 1}.  ${row.name}`, BODY, measure, { width: nameWidth });
    if (row.firstPage !== null && row.lastPage !== null) {
      name.lines[0]!.right = t.pages(row.firstPage, row.lastPage);
    }
    const detail = paragraphBlock(`SHA-256  ${row.sha256}`, SMALL, measure, { indent: 18 });
    const note =
      row.status === 'embedded'
        ? []
        : paragraphBlock(t[row.status](row.mime), SMALL, measure, { indent: 18 }).lines;
    blocks.push({
      gapBefore: 8,
      keepTogether: true,
      lines: [...name.lines, ...detail.lines, ...note],
    });
  });
  return blocks;
}
