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
  /**
   * The history chain's head as the packet was built (issue 11): each filed packet anchors
   * the history as it stood that day.
   */
  checkpoint?: { count: number; hash: string; at: string };
}

/** 'unreadable': a file that passed the pre-flight but failed to load while the packet was built. */
export type EntryStatus = 'embedded' | 'unreadable';

/** One document in the packet: a numbered row with its pages. */
export interface IndexRow {
  name: string;
  sha256: string;
  firstPage: number;
  lastPage: number;
}

/** One line of what the packet does not enclose, already in the packet's language. */
export interface NotEnclosedLine {
  text: string;
  /** The SHA-256 of the file concerned, where the line is about one file. */
  sha256?: string;
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
    checkpoint: (n: number, at: string) => `历史记录校验点：共 ${n} 条记录，生成于 ${at}`,
    checkpointHash: '哈希值（SHA-256）：',
    indexTitle: '文件目录',
    indexHead: '序号  文件名称',
    pagesHead: '页码',
    pages: (a: number, b: number) => (a === b ? `第 ${a} 页` : `第 ${a}–${b} 页`),
    notEnclosedTitle: '未附入本材料包',
    unreadable: (name: string) => `未附：${name}：生成材料包时无法读取该文件`,
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
    checkpoint: (n: number, at: string) => `History checkpoint: ${n} entries, taken ${at}`,
    checkpointHash: 'Hash (SHA-256): ',
    indexTitle: 'Index of documents',
    indexHead: 'No.  Document',
    pagesHead: 'Pages',
    pages: (a: number, b: number) => (a === b ? `p. ${a}` : `pp. ${a}–${b}`),
    notEnclosedTitle: 'Not enclosed in this packet',
    unreadable: (name: string) =>
      `Not enclosed: ${name}: the file could not be read when the packet was built`,
    sep: '; ',
    list: '; ',
    pageLabel: (n: number, m: number) => `Page ${n} of ${m}`,
  },
} as const;

export const pageLabel = (lang: Lang) => T[lang].pageLabel;
export const unreadableLine = (name: string, lang: Lang) => T[lang].unreadable(name);

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
  if (cover.checkpoint) {
    const cp = cover.checkpoint;
    const small = (text: string, gapBefore: number) =>
      paragraphBlock(text, SMALL, measure, { gapBefore });
    blocks.push(
      small(t.checkpoint(cp.count, cp.at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')), 24),
      small(`${t.checkpointHash}${cp.hash}`, 2),
    );
  }
  return blocks;
}

/**
 * The index: a numbered row per enclosed document with its pages, then what the packet
 * does not enclose, each with the reason. Page ranges sit in a fixed right-hand column,
 * so the rows wrap the same way whatever the numbers are: the page count measured with
 * placeholder rows is exact.
 */
export function indexBlocks(
  rows: IndexRow[],
  notEnclosed: NotEnclosedLine[],
  lang: Lang,
  measure: Measure,
): Block[] {
  const t = T[lang];
  const nameWidth = TEXT_WIDTH - RANGE_COLUMN;
  const head = paragraphBlock(t.indexHead, BODY, measure, { gapBefore: 18, width: nameWidth });
  head.lines[0]!.right = t.pagesHead;
  const blocks: Block[] = [paragraphBlock(t.indexTitle, 16, measure, { align: 'center' }), head];
  const sha = (hash: string) =>
    paragraphBlock(`SHA-256  ${hash}`, SMALL, measure, { indent: 18 }).lines;
  rows.forEach((row, i) => {
    const name = paragraphBlock(`${i + 1}.  ${row.name}`, BODY, measure, { width: nameWidth });
    name.lines[0]!.right = t.pages(row.firstPage, row.lastPage);
    blocks.push({ gapBefore: 8, keepTogether: true, lines: [...name.lines, ...sha(row.sha256)] });
  });
  if (notEnclosed.length === 0) return blocks;
  blocks.push(paragraphBlock(t.notEnclosedTitle, BODY, measure, { gapBefore: 22 }));
  for (const line of notEnclosed) {
    const text = paragraphBlock(line.text, BODY, measure, { indent: 18 });
    blocks.push({
      gapBefore: 6,
      keepTogether: true,
      lines: [...text.lines, ...(line.sha256 ? sha(line.sha256) : [])],
    });
  }
  return blocks;
}
