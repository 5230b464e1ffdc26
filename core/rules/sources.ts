/** Names of the catalogue's sources and documents, in the terms of RULES.md §6. */
import type { Bilingual, Citation, DocumentId, SourceId } from './types';
import { zhNumber } from '../dates/explain';
import type { Lang } from '../messages';

export const SOURCES: Record<SourceId, Bilingual> = {
  'ndrc-36': { en: 'NDRC Order No. 36', zh: '国家发展和改革委员会令第36号' },
  'ndrc-58': { en: 'NDRC Order No. 58', zh: '国家发展和改革委员会令第58号' },
  'ndrc-2019-527': {
    en: 'NDRC General Office notice 2019 No. 527',
    zh: '国家发展和改革委员会办公厅通知（发改办财金〔2019〕527号）',
  },
  'samr-107': { en: 'SAMR Order No. 107', zh: '国家市场监督管理总局令第107号' },
  'samr-44': { en: 'SAMR Order No. 44', zh: '国家市场监督管理总局令第44号' },
  'samr-101': { en: 'SAMR Order No. 101', zh: '国家市场监督管理总局令第101号' },
  'spc-2017': {
    en: 'SPC Provisions on the list of dishonest judgment debtors (2017)',
    zh: '《最高人民法院关于公布失信被执行人名单信息的若干规定》（2017年）',
  },
  'sta-54': { en: 'STA Order No. 54', zh: '国家税务总局令第54号' },
  firm: {
    en: "the firm's setting (not fixed by the regulation)",
    zh: '本所设定（规章未规定期限）',
  },
};

export const DOCUMENTS: Record<DocumentId, Bilingual> = {
  'repair-application': { en: 'Repair application', zh: '信用修复申请书' },
  'application-form': { en: 'Application form', zh: '信用修复申请表' },
  'credit-commitment-letter': { en: 'Credit commitment letter', zh: '信用承诺书' },
  'integrity-commitment-letter': { en: 'Integrity commitment letter', zh: '守信承诺书' },
  'tax-integrity-commitment': { en: 'Tax-integrity commitment', zh: '依法诚信纳税承诺书' },
  'stop-publication-form': {
    en: 'Application to stop publishing the dishonesty information',
    zh: '停止公布失信信息申请表',
  },
  'business-licence': {
    en: 'Business licence (proof of legal status)',
    zh: '营业执照（主体资格证明）',
  },
  'registration-certificate': { en: 'Registration certificate', zh: '登记注册证明' },
  'proof-of-correction': {
    en: 'Proof of performance / correction',
    zh: '履行义务 / 纠正失信行为的证明材料',
  },
  'proof-of-performance': {
    en: 'Proof of performance and remedy',
    zh: '履行义务、消除不良影响的证明材料',
  },
  'proof-of-remedy': {
    en: 'Proof of the remedy (annual report filed, address corrected …)',
    zh: '已纠正的证明材料（补报年度报告、变更住所等）',
  },
  'statement-of-facts': { en: 'Statement of facts', zh: '情况说明' },
  'penalty-authority-repair-form': {
    en: "The penalty authority's repair form",
    zh: '行政处罚决定机关出具的信用修复意见',
  },
  'training-certificate': { en: 'Credit repair training certificate', zh: '信用修复培训证明' },
  'credit-report': { en: 'Credit report', zh: '信用报告' },
  'sector-documents': { en: "what the sector's rules require", zh: '行业主管部门规定的其他材料' },
};

/** [13, 14, 15, 23] → "13–15, 23": how the regulations' articles are quoted. */
function articleRuns(articles: readonly number[], sep: string): string {
  const sorted = [...new Set(articles)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
    const from = sorted[i] ?? 0;
    const to = sorted[j] ?? 0;
    runs.push(j === i ? String(from) : `${from}–${to}`);
    i = j + 1;
  }
  return runs.join(sep);
}

/** "SAMR Order No. 107, arts. 13–17, 23" / "国家市场监督管理总局令第107号第13–17、23条". */
export function citationText(
  cite: Citation,
  lang: Lang,
  sources: Record<SourceId, Bilingual> = SOURCES,
): string {
  const source = sources[cite.source][lang];
  if (cite.articles.length === 0) return source;
  if (lang === 'zh') {
    const zh =
      cite.articles.length === 1
        ? zhNumber(cite.articles[0] ?? 0)
        : articleRuns(cite.articles, '、');
    return `${source}第${zh}条`;
  }
  return `${source}, art${cite.articles.length > 1 ? 's' : ''}. ${articleRuns(cite.articles, ', ')}`;
}
