/** SAMR lists and penalties (RULES.md §4, SAMR rows). */
import { cite, text, wd } from './build';
import type { Bar, Deadlines, DocumentId, Regime } from './types';
import { REGIMES } from '../regimes';

const FROM_107 = '2025-12-25';
const LIST_107 = cite('samr-107', 13, 14, 15, 16, 17, 23);
const LIST_44 = cite('samr-44', 16, 17, 18, 19, 20, 21);
const PENALTY_107 = cite('samr-107', 7, 8, 9);

const DOCS_LIST: DocumentId[] = [
  'repair-application',
  'integrity-commitment-letter',
  'proof-of-performance',
  'statement-of-facts',
  'business-licence',
];

const deadlines107 = (c: typeof LIST_107): Deadlines => ({
  accept: wd(2, c),
  decide: wd(7, c),
  extension: wd(10, c),
  publicityStop: wd(3, c),
});

const FRAUD_107: Bar = {
  id: 'fraud',
  text: text(
    'A repair obtained by fraud is revoked, the waiting period restarts, and no application may be filed for 3 years.',
    '以欺骗等不正当手段获得信用修复的，撤销修复，期间重新计算，3 年内不得申请。',
  ),
  span: { years: 3 },
  restartsWait: true,
  cite: cite('samr-107', 23),
};

const FRAUD_44: Bar = {
  id: 'fraud',
  text: text(
    'A repair obtained by fraud is revoked and the waiting period restarts.',
    '以欺骗等不正当手段获得信用修复的，撤销修复，期间重新计算。',
  ),
  restartsWait: true,
  cite: cite('samr-44', 21),
};

const LEGAL_RESTRICTION = text(
  'Not while a legal restriction (e.g. a ban on holding office) still runs.',
  '法律、行政法规规定的限制期限尚未届满的，不得提前修复。',
);

export const SAMR: Regime[] = [
  {
    id: 'samr-serious-list',
    name: REGIMES['samr-serious-list'].name,
    versions: [
      {
        id: 'samr-serious-list@2021-09-01',
        validFrom: '2021-09-01',
        validTo: '2025-12-24',
        trigger: 'listingDate',
        wait: { span: { years: 1 }, conditions: [], cite: LIST_44 },
        automaticEnd: { span: { years: 3 }, cite: LIST_44 },
        bars: [FRAUD_44],
        deadlines: { accept: wd(2, LIST_44), decide: wd(15, LIST_44) },
        documents: ['repair-application', 'integrity-commitment-letter', 'proof-of-performance'],
        cite: LIST_44,
      },
      {
        id: `samr-serious-list@${FROM_107}`,
        validFrom: FROM_107,
        validTo: null,
        trigger: 'listingDate',
        wait: { span: { years: 1 }, conditions: [LEGAL_RESTRICTION], cite: LIST_107 },
        automaticEnd: { span: { years: 3 }, cite: LIST_107 },
        bars: [FRAUD_107],
        deadlines: deadlines107(LIST_107),
        documents: DOCS_LIST,
        cite: LIST_107,
      },
    ],
  },
  {
    id: 'samr-penalty-general',
    name: REGIMES['samr-penalty-general'].name,
    versions: [
      {
        id: `samr-penalty-general@${FROM_107}`,
        validFrom: FROM_107,
        validTo: null,
        trigger: 'publicationDate',
        wait: { span: { months: 3 }, conditions: [], cite: PENALTY_107 },
        automaticEnd: { span: { years: 1 }, cite: PENALTY_107 },
        bars: [FRAUD_107],
        deadlines: deadlines107(PENALTY_107),
        documents: DOCS_LIST,
        cite: PENALTY_107,
      },
    ],
  },
  {
    id: 'samr-penalty-serious',
    name: REGIMES['samr-penalty-serious'].name,
    versions: [
      {
        id: `samr-penalty-serious@${FROM_107}`,
        validFrom: FROM_107,
        validTo: null,
        trigger: 'publicationDate',
        wait: {
          span: { years: 1 },
          conditions: [
            text(
              'Serious penalties: food, drugs, medical devices, cosmetics, special equipment, and penalties that restrict activity.',
              '严重行政处罚：食品、药品、医疗器械、化妆品、特种设备领域，以及限制从业等处罚。',
            ),
          ],
          cite: cite('samr-107', 8),
        },
        automaticEnd: { span: { years: 3 }, cite: cite('samr-107', 8) },
        bars: [
          {
            id: 'licence-revoked',
            text: text(
              'A penalty that revoked a licence cannot be repaired early.',
              '吊销许可证件的行政处罚信息不得提前修复。',
            ),
            cite: cite('samr-107', 8),
          },
          FRAUD_107,
        ],
        deadlines: deadlines107(PENALTY_107),
        documents: DOCS_LIST,
        cite: cite('samr-107', 8),
      },
    ],
  },
  {
    id: 'samr-abnormal',
    name: REGIMES['samr-abnormal'].name,
    versions: (['samr-101', 'samr-107'] as const).map((source) => {
      const newer = source === 'samr-107';
      const c = newer ? cite('samr-107', 16) : cite('samr-101');
      return {
        id: newer ? `samr-abnormal@${FROM_107}` : 'samr-abnormal@order-101',
        validFrom: newer ? FROM_107 : null,
        validTo: newer ? null : '2025-12-24',
        trigger: 'listingDate' as const,
        wait: {
          conditions: [
            text(
              'As soon as the cause of listing is remedied (annual report filed, address corrected …).',
              '导致列入的情形已纠正（补报年度报告、变更住所等）后即可申请。',
            ),
          ],
          remedy: text(
            'The listing ends when the cause is remedied (annual report filed, address corrected …) and the application is made: remedy the cause, then apply for removal with proof of the remedy.',
            '导致列入的情形纠正（补报年度报告、变更住所等）并提出申请后即可移出：请先纠正，再持纠正证明申请移出经营异常名录。',
          ),
          cite: c,
        },
        automaticEnd: {
          note: text(
            'No automatic end: the listing stays until removed.',
            '不会自动移出，须申请移出。',
          ),
          cite: c,
        },
        bars: [
          {
            id: 'licence-revocation-warning',
            text: text(
              'Two years without an annual report and no contact at the registered address leads to revocation of the business licence.',
              '满两年未报送年度报告且通过登记住所无法联系的，将被吊销营业执照。',
            ),
            cite: c,
          },
        ],
        deadlines: { decide: wd(newer ? 2 : 5, c) },
        documents: [...DOCS_LIST, 'proof-of-remedy'],
        cite: c,
      };
    }),
  },
];
