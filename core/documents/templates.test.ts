import { describe, expect, it } from 'vitest';
import {
  commitmentKind,
  commitmentLetter,
  repairApplication,
  type TemplateData,
  type TemplateListing,
} from './templates';

const samrListing: TemplateListing = {
  regimeId: 'samr-serious-list',
  authority: '福州市市场监督管理局',
  decisionNo: '榕市监罚〔2024〕118号',
  decisionDate: '2024-05-20',
  listingDate: '2024-06-03',
  publicationDate: '',
  reason: '提交虚假材料取得登记',
};
const ccListing: TemplateListing = {
  regimeId: 'cc-penalty-general',
  authority: '杭州市生态环境局',
  decisionNo: '杭环罚〔2025〕7号',
  decisionDate: '2025-01-15',
  listingDate: '',
  publicationDate: '2025-01-20',
  reason: '',
};

const data = (listings: TemplateListing[]): TemplateData => ({
  client: {
    name: '福州闽江贸易有限公司',
    idNumber: '91350100M000100Y43',
    legalRep: '陈建国',
    address: '福州市鼓楼区五四路 88 号',
  },
  listings,
  date: '2025-06-04',
  preparer: '李娜',
});

const text = (doc: { title: string; paragraphs: string[] }) =>
  [doc.title, ...doc.paragraphs].join('\n');

describe('commitment letter', () => {
  it('names the letter by regime: 守信承诺书 for SAMR, 信用承诺书 otherwise', () => {
    expect(commitmentLetter(data([samrListing]), 'zh').title).toBe('守信承诺书');
    expect(commitmentLetter(data([samrListing]), 'en').title).toBe('Integrity Commitment Letter');
    expect(commitmentLetter(data([ccListing]), 'zh').title).toBe('信用承诺书');
    expect(commitmentLetter(data([ccListing]), 'en').title).toBe('Credit Commitment Letter');
    expect(commitmentKind(['samr-abnormal', 'samr-penalty-general'])).toBe('integrity');
    // A mixed set gets the name every regime accepts.
    expect(commitmentKind(['samr-serious-list', 'tax-major-violation'])).toBe('credit');
    expect(commitmentKind([])).toBe('credit');
  });

  it.each(['zh', 'en'] as const)(
    'fills name, code, legal representative and every 文号 (%s)',
    (lang) => {
      const body = text(commitmentLetter(data([samrListing, ccListing]), lang));
      for (const s of [
        '福州闽江贸易有限公司',
        '91350100M000100Y43',
        '陈建国',
        '榕市监罚〔2024〕118号',
        '杭环罚〔2025〕7号',
        '2024-05-20',
        '2024-06-03',
        '2025-01-20',
        '2025-06-04',
        '福州市市场监督管理局',
      ]) {
        expect(body).toContain(s);
      }
    },
  );

  it('commits to truth, performance, law, supervision and dishonesty records', () => {
    const zh = text(commitmentLetter(data([samrListing]), 'zh'));
    for (const s of ['真实', '履行', '遵守法律', '监督', '记入信用记录']) expect(zh).toContain(s);
    const en = text(commitmentLetter(data([samrListing]), 'en'));
    for (const s of [
      'true',
      'performed',
      'abide by the laws',
      'supervision',
      'dishonest conduct',
    ]) {
      expect(en).toContain(s);
    }
  });

  it('uses the ID card label and no legal representative for a person', () => {
    const d = data([ccListing]);
    d.client = {
      kind: 'person',
      name: '王伟',
      idNumber: '11010519491231002X',
      legalRep: '',
      address: '',
    };
    const zh = text(commitmentLetter(d, 'zh'));
    expect(zh).toContain('居民身份证号码：11010519491231002X');
    expect(zh).not.toContain('法定代表人');
    expect(zh).toContain('本人');
    expect(text(commitmentLetter(d, 'en'))).toContain(
      'Resident identity card number: 11010519491231002X',
    );
  });

  it('leaves a visible blank for missing values', () => {
    const d = data([{ ...ccListing, decisionNo: '' }]);
    expect(text(commitmentLetter(d, 'zh'))).toContain('决定书文号：________');
  });
});

describe('repair application', () => {
  it.each(['zh', 'en'] as const)('fills the applicant, listings and preparer (%s)', (lang) => {
    const doc = repairApplication(data([samrListing, ccListing]), lang);
    expect(doc.title).toBe(lang === 'zh' ? '信用修复申请书' : 'Credit Repair Application');
    const body = text(doc);
    for (const s of ['福州闽江贸易有限公司', '91350100M000100Y43', '陈建国', '李娜']) {
      expect(body).toContain(s);
    }
    expect(body).toContain('榕市监罚〔2024〕118号');
    expect(body).toContain('杭环罚〔2025〕7号');
  });

  it('asks for what the regime grants and encloses the right letter', () => {
    const zh = text(repairApplication(data([samrListing]), 'zh'));
    expect(zh).toContain('移出严重违法失信名单');
    expect(zh).toContain('守信承诺书');
    const en = text(repairApplication(data([ccListing]), 'en'));
    expect(en).toContain('stop publication of the administrative penalty information');
    expect(en).toContain('Credit Commitment Letter');
  });
});
