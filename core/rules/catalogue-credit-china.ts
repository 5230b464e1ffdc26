/** Credit China administrative penalties (RULES.md §4, NDRC rows). */
import { cite, FIRM_15_WD, text, wd } from './build';
import type { Bar, Deadlines, DocumentId, Regime, RuleVersion } from './types';
import { REGIMES } from '../regimes';

const ORDER_36 = cite('ndrc-36', 7, 12, 15, 16, 25);
const ORDER_58 = cite('ndrc-58');
const NOTICE_2019 = cite('ndrc-2019-527');

const DEADLINES_36: Deadlines = {
  accept: wd(3, cite('ndrc-36', 15)),
  decide: wd(7, cite('ndrc-36', 15)),
  extension: wd(10, cite('ndrc-36', 15), { note: text('if the case is complex', '情况复杂的') }),
  publicityStop: wd(10, cite('ndrc-36', 16), {
    note: text('Credit China answers within 10 working days', '信用中国网站在 10 个工作日内处理'),
  }),
};

const FALSE_MATERIAL: Bar = {
  id: 'false-material',
  text: text(
    'A repair obtained with false material is revoked; the same record cannot be repaired for 3 years.',
    '以虚假材料获得信用修复的，撤销修复，3 年内不得再次申请修复同一记录。',
  ),
  span: { years: 3 },
  cite: cite('ndrc-36', 25),
};

const DOCS_36: DocumentId[] = ['proof-of-correction', 'credit-commitment-letter'];
const DOCS_58: DocumentId[] = [
  'application-form',
  'credit-commitment-letter',
  'business-licence',
  'proof-of-correction',
];
const DOCS_2019: DocumentId[] = [
  'credit-commitment-letter',
  'registration-certificate',
  'proof-of-correction',
];

const ORDER_58_SERIOUS = text(
  'Serious penalties wait one year (including food, drugs, special equipment, work safety and fire safety).',
  '严重失信行为的行政处罚信息最短公示期为一年（含食品、药品、特种设备、安全生产、消防领域）。',
);

type Level = 'general' | 'serious';

function versions(level: Level): RuleVersion[] {
  const serious = level === 'serious';
  const id = `cc-penalty-${level}`;
  const base = { trigger: 'decisionDate' as const, bars: [] };
  return [
    {
      ...base,
      id: `${id}@2019-07-01`,
      validFrom: '2019-07-01',
      validTo: '2023-04-30',
      wait: { span: serious ? { months: 6 } : { months: 3 }, conditions: [], cite: NOTICE_2019 },
      automaticEnd: { span: { years: 3 }, cite: NOTICE_2019 },
      deadlines: { decide: FIRM_15_WD },
      documents: serious
        ? [...DOCS_2019, 'penalty-authority-repair-form', 'training-certificate', 'credit-report']
        : DOCS_2019,
      cite: NOTICE_2019,
    },
    {
      ...base,
      id: `${id}@2023-05-01`,
      validFrom: '2023-05-01',
      validTo: '2026-03-31',
      wait: {
        span: serious ? { years: 1 } : { months: 3 },
        conditions: serious ? [ORDER_58_SERIOUS] : [],
        cite: ORDER_58,
      },
      automaticEnd: { span: { years: 3 }, cite: ORDER_58 },
      deadlines: { decide: FIRM_15_WD },
      documents: DOCS_58,
      cite: ORDER_58,
    },
    {
      ...base,
      id: `${id}@2026-04-01`,
      validFrom: '2026-04-01',
      validTo: null,
      wait: {
        span: serious ? { years: 1 } : { months: 3 },
        conditions: [],
        cite: cite('ndrc-36', 7),
      },
      automaticEnd: { span: serious ? { years: 3 } : { years: 1 }, cite: cite('ndrc-36', 7) },
      bars: [FALSE_MATERIAL],
      deadlines: DEADLINES_36,
      documents: serious ? [...DOCS_36, 'sector-documents'] : DOCS_36,
      cite: ORDER_36,
    },
  ];
}

export const CREDIT_CHINA: Regime[] = [
  {
    id: 'cc-penalty-general',
    name: REGIMES['cc-penalty-general'].name,
    versions: versions('general'),
  },
  {
    id: 'cc-penalty-serious',
    name: REGIMES['cc-penalty-serious'].name,
    versions: versions('serious'),
  },
];
