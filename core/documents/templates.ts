/**
 * The commitment letter and the repair application, filled from case data. Pure: the
 * result is a plain text model (a title and paragraphs) that the user edits before it is
 * saved and rendered to PDF (core/pdf). Blank fields become a fill-in line rather than
 * being dropped, so a missing value is visible on paper instead of silently absent.
 */
import type { Lang } from '../messages';
import { REGIMES, type RegimeId } from '../regimes';
import type { Listing } from '../types';

/** A listing as a letter cites it; plain dates YYYY-MM-DD, or '' when not known. */
export type TemplateListing = Pick<
  Listing,
  | 'regimeId'
  | 'authority'
  | 'decisionNo'
  | 'decisionDate'
  | 'listingDate'
  | 'publicationDate'
  | 'reason'
>;

export interface TemplateData {
  client: {
    /** A person signs for themselves and has an ID number instead of a credit code. */
    kind?: 'company' | 'person';
    name: string;
    idNumber: string;
    legalRep: string;
    address: string;
  };
  listings: TemplateListing[];
  /** The date printed on the document, YYYY-MM-DD. */
  date: string;
  preparer: string;
}

export interface TextDocument {
  title: string;
  paragraphs: string[];
}

/** 守信承诺书 under SAMR's measures (Orders 44 and 107), 信用承诺书 elsewhere (RULES.md §4, §6). */
export type CommitmentKind = 'integrity' | 'credit';

const SAMR_REGIMES: readonly RegimeId[] = [
  'samr-serious-list',
  'samr-penalty-general',
  'samr-penalty-serious',
  'samr-abnormal',
];

/**
 * A letter goes to one authority, so its listings normally share a regime family. A mixed
 * set gets the general name: 信用承诺书 is accepted by every regime, 守信承诺书 only by SAMR.
 */
export function commitmentKind(regimeIds: readonly RegimeId[]): CommitmentKind {
  return regimeIds.length > 0 && regimeIds.every((id) => SAMR_REGIMES.includes(id))
    ? 'integrity'
    : 'credit';
}

export const COMMITMENT_TITLES: Record<CommitmentKind, Record<Lang, string>> = {
  integrity: { zh: '守信承诺书', en: 'Integrity Commitment Letter' },
  credit: { zh: '信用承诺书', en: 'Credit Commitment Letter' },
};

/** What the application asks for, in the regime's own terms. */
const REQUESTED: Record<RegimeId, Record<Lang, string>> = {
  'cc-penalty-general': {
    zh: '停止公示行政处罚信息',
    en: 'stop publication of the administrative penalty information',
  },
  'cc-penalty-serious': {
    zh: '停止公示行政处罚信息',
    en: 'stop publication of the administrative penalty information',
  },
  'samr-serious-list': {
    zh: '移出严重违法失信名单',
    en: 'removal from the seriously illegal and dishonest list',
  },
  'samr-penalty-general': {
    zh: '停止公示行政处罚信息',
    en: 'stop publication of the administrative penalty information',
  },
  'samr-penalty-serious': {
    zh: '停止公示行政处罚信息',
    en: 'stop publication of the administrative penalty information',
  },
  'samr-abnormal': { zh: '移出经营异常名录', en: 'removal from the abnormal operations list' },
  'court-dishonest-debtor': {
    zh: '删除失信被执行人信息',
    en: 'deletion from the list of dishonest judgment debtors',
  },
  'tax-major-violation': {
    zh: '停止公布失信信息',
    en: 'stop publication of the dishonest-entity information',
  },
};

const BLANK = '________';
const orBlank = (v: string) => (v.trim() === '' ? BLANK : v.trim());
const unique = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

const L = {
  zh: {
    to: '致：',
    sep: '、',
    code: '统一社会信用代码：',
    idCard: '居民身份证号码：',
    legalRep: '法定代表人：',
    address: '住所：',
    regime: '类别：',
    decisionNo: '决定书文号：',
    authority: '作出决定机关：',
    decisionDate: '决定日期：',
    listingDate: '列入日期：',
    publicationDate: '公示日期：',
    reason: '事由：',
    item: (n: number) => `${n}. `,
    join: '；',
    end: '。',
  },
  en: {
    to: 'To: ',
    sep: '; ',
    code: 'Unified social credit code: ',
    idCard: 'Resident identity card number: ',
    legalRep: 'Legal representative: ',
    address: 'Address: ',
    regime: 'Record: ',
    decisionNo: 'decision number (文号): ',
    authority: 'deciding authority: ',
    decisionDate: 'decision date: ',
    listingDate: 'listing date: ',
    publicationDate: 'publication date: ',
    reason: 'reason: ',
    item: (n: number) => `${n}. `,
    join: '; ',
    end: '.',
  },
} as const;

function partyLines(data: TemplateData, lang: Lang, nameLabel: string): string[] {
  const l = L[lang];
  const { client } = data;
  const person = client.kind === 'person';
  const lines = [
    `${nameLabel}${orBlank(client.name)}`,
    `${person ? l.idCard : l.code}${orBlank(client.idNumber)}`,
  ];
  if (!person) lines.push(`${l.legalRep}${orBlank(client.legalRep)}`);
  lines.push(`${l.address}${orBlank(client.address)}`);
  return lines;
}

/** One numbered paragraph per listing, with every 文号 and every known date. */
function listingLines(listings: TemplateListing[], lang: Lang): string[] {
  const l = L[lang];
  return listings.map((x, i) => {
    const parts = [
      `${l.regime}${REGIMES[x.regimeId].name[lang]}`,
      `${l.decisionNo}${orBlank(x.decisionNo)}`,
      `${l.authority}${orBlank(x.authority)}`,
      `${l.decisionDate}${orBlank(x.decisionDate)}`,
    ];
    if (x.listingDate) parts.push(`${l.listingDate}${x.listingDate}`);
    if (x.publicationDate) parts.push(`${l.publicationDate}${x.publicationDate}`);
    if (x.reason.trim()) parts.push(`${l.reason}${x.reason.trim()}`);
    return l.item(i + 1) + parts.join(l.join) + l.end;
  });
}

function addressee(data: TemplateData, lang: Lang): string {
  return L[lang].to + orBlank(unique(data.listings.map((x) => x.authority)).join(L[lang].sep));
}

export function commitmentLetter(data: TemplateData, lang: Lang): TextDocument {
  const title = COMMITMENT_TITLES[commitmentKind(data.listings.map((x) => x.regimeId))][lang];
  const person = data.client.kind === 'person';
  const name = orBlank(data.client.name);
  if (lang === 'zh') {
    const self = person ? '本人' : '本单位';
    return {
      title,
      paragraphs: [
        addressee(data, lang),
        ...partyLines(data, lang, '承诺主体：'),
        `${self}因以下失信信息申请信用修复：`,
        ...listingLines(data.listings, lang),
        `${self}现郑重作出如下承诺：`,
        `一、${self}提交的全部信用修复申请材料真实、准确、完整、有效，所陈述的事实真实，不存在虚假记载、误导性陈述或者重大遗漏。`,
        `二、${self}已全面履行上述行政处罚决定或者生效法律文书确定的义务，已主动纠正失信行为，消除不良社会影响。`,
        `三、${self}将严格遵守法律、法规、规章及有关规定，依法诚信${person ? '行事' : '经营'}，不再发生同类违法失信行为。`,
        `四、${self}自愿接受有关行政机关、行业组织、社会公众和新闻媒体的监督。`,
        `五、如违反上述承诺，或者所提交材料、所陈述事实存在虚假，${self}愿意依法承担相应法律责任，同意将违背承诺的情况作为失信行为记入信用记录并向社会公开，接受相应惩戒；因此取得的信用修复结果可以依法撤销。`,
        '特此承诺。',
        `承诺主体（${person ? '签字' : '盖章'}）：${name}`,
        ...(person ? [] : [`法定代表人（签字）：${orBlank(data.client.legalRep)}`]),
        `日期：${orBlank(data.date)}`,
      ],
    };
  }
  const self = person ? 'I' : 'We';
  const we = person ? 'I' : 'we';
  return {
    title,
    paragraphs: [
      addressee(data, lang),
      ...partyLines(data, lang, 'Committing party: '),
      `${name} applies for credit repair of the following records:`,
      ...listingLines(data.listings, lang),
      `${self} hereby solemnly commit as follows:`,
      `1. All materials submitted with this credit repair application are true, accurate, complete and valid, and the facts stated are true, with no false statement, misleading statement or material omission.`,
      `2. ${self} have fully performed the obligations set by the penalty decisions or effective legal documents listed above, have corrected the dishonest conduct and have remedied its effects.`,
      `3. ${self} will strictly abide by the laws, regulations, rules and applicable provisions, act in good faith and not repeat the same illegal or dishonest conduct.`,
      `4. ${self} voluntarily accept supervision by the competent authorities, industry organisations, the public and the media.`,
      `5. Should ${we} breach this commitment, or should any material or statement prove false, ${we} accept the legal consequences, agree that the breach be recorded in ${person ? 'my' : 'our'} credit record as dishonest conduct and made public, and accept the corresponding disciplinary measures; any credit repair so obtained may be revoked.`,
      'This commitment is made in good faith.',
      `Committing party (${person ? 'signature' : 'seal'}): ${name}`,
      ...(person ? [] : [`Legal representative (signature): ${orBlank(data.client.legalRep)}`]),
      `Date: ${orBlank(data.date)}`,
    ],
  };
}

export function repairApplication(data: TemplateData, lang: Lang): TextDocument {
  const regimeIds = data.listings.map((x) => x.regimeId);
  const letter = COMMITMENT_TITLES[commitmentKind(regimeIds)][lang];
  const requests = unique(regimeIds.map((id) => REQUESTED[id][lang]));
  const person = data.client.kind === 'person';
  const name = orBlank(data.client.name);
  if (lang === 'zh') {
    return {
      title: '信用修复申请书',
      paragraphs: [
        addressee(data, lang),
        ...partyLines(data, lang, '申请人：'),
        `申请事项：申请对以下失信信息予以信用修复（${orBlank(requests.join('、'))}）。`,
        ...listingLines(data.listings, lang),
        '事实与理由：申请人已全面履行上述决定确定的义务，已纠正失信行为、消除不良影响，并已满足信用修复的条件。现依据有关信用修复的规定提出申请，恳请予以审核并作出修复决定。',
        `随附材料：1. ${letter}；2. 履行义务、纠正失信行为的证明材料；3. ${person ? '居民身份证复印件' : '营业执照复印件'}；4. 其他相关材料。`,
        `申请人（${person ? '签字' : '盖章'}）：${name}`,
        ...(person ? [] : [`法定代表人（签字）：${orBlank(data.client.legalRep)}`]),
        `经办人：${orBlank(data.preparer)}`,
        `日期：${orBlank(data.date)}`,
      ],
    };
  }
  return {
    title: 'Credit Repair Application',
    paragraphs: [
      addressee(data, lang),
      ...partyLines(data, lang, 'Applicant: '),
      `Request: credit repair (${orBlank(requests.join('; '))}) of the following records:`,
      ...listingLines(data.listings, lang),
      'Facts and reasons: the applicant has fully performed the obligations set by the decisions above, has corrected the dishonest conduct and remedied its effects, and meets the conditions for credit repair. The applicant therefore applies under the applicable credit repair provisions and respectfully asks the authority to review the application and decide on the repair.',
      `Enclosures: 1. ${letter}; 2. proof of performance / correction; 3. copy of the ${person ? 'resident identity card' : 'business licence'}; 4. other relevant materials.`,
      `Applicant (${person ? 'signature' : 'seal'}): ${name}`,
      ...(person ? [] : [`Legal representative (signature): ${orBlank(data.client.legalRep)}`]),
      `Prepared by: ${orBlank(data.preparer)}`,
      `Date: ${orBlank(data.date)}`,
    ],
  };
}
