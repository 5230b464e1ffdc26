/** The court's list of dishonest judgment debtors and major tax violations (RULES.md §4). */
import { cite, days, text, wd } from './build';
import type { Regime } from './types';
import { REGIMES } from '../regimes';

const SPC = cite('spc-2017', 2, 10, 11, 12);
const STA = cite('sta-54', 17, 18, 19, 20, 21, 22, 23, 24, 25);
const STA_DAYS = text(
  'Every "day" in these measures is a working day (art. 25).',
  '本办法所称“日”均为工作日（第二十五条）。',
);

export const OTHER: Regime[] = [
  {
    id: 'court-dishonest-debtor',
    name: REGIMES['court-dishonest-debtor'].name,
    versions: [
      {
        id: 'court-dishonest-debtor@2017',
        validFrom: null,
        validTo: null,
        trigger: 'listingDate',
        wait: {
          conditions: [
            text(
              'On full performance of the judgment, at any time.',
              '全部履行生效法律文书确定的义务后，随时可以申请。',
            ),
            text(
              'The court deletes the record within 3 working days of full performance.',
              '人民法院应当在全部履行后 3 个工作日内删除失信信息。',
            ),
          ],
          remedy: text(
            'The listing ends on full performance of the judgment: perform it in full, then ask the court to delete the record with proof of performance (it deletes it within 3 working days).',
            '全部履行生效法律文书确定的义务后即可删除：请全部履行，再持履行证明申请人民法院删除失信信息（法院应在 3 个工作日内删除）。',
          ),
          cite: SPC,
        },
        automaticEnd: {
          span: { years: 2 },
          note: text(
            'Aggravated cases: 1 to 3 years more; none where the debtor is able to perform but refuses.',
            '情节严重的可延长 1 至 3 年；有履行能力而拒不履行的不适用期限届满删除。',
          ),
          cite: SPC,
        },
        bars: [
          {
            id: 'creditor-deletion',
            text: text(
              'Deleted at the creditor’s request: the same creditor cannot have the debtor listed again for 6 months.',
              '因申请执行人申请删除的，申请执行人 6 个月内不得再次申请纳入失信名单。',
            ),
            cite: SPC,
          },
        ],
        deadlines: {
          decide: days(15, cite('spc-2017', 12), {
            note: text(
              'a correction request is decided within 15 days',
              '纠正申请应在 15 日内审查',
            ),
          }),
        },
        documents: ['proof-of-performance'],
        cite: SPC,
      },
    ],
  },
  {
    id: 'tax-major-violation',
    name: REGIMES['tax-major-violation'].name,
    versions: [
      {
        id: 'tax-major-violation@sta-54',
        validFrom: null,
        validTo: null,
        trigger: 'publicationDate',
        wait: {
          span: { months: 6 },
          conditions: [
            text('All tax, late fees and fines are paid.', '已缴清全部税款、滞纳金和罚款。'),
          ],
          cite: STA,
        },
        automaticEnd: { span: { years: 3 }, cite: STA },
        bars: [
          {
            id: 'listed-twice',
            text: text(
              'Listed twice or more within 5 years: no early stop of publication.',
              '5 年内被确定为失信主体两次以上的，不得提前停止公布。',
            ),
            cite: STA,
          },
        ],
        deadlines: {
          accept: wd(2, STA, { note: STA_DAYS }),
          decide: wd(15, STA, { note: STA_DAYS }),
        },
        documents: ['stop-publication-form', 'tax-integrity-commitment'],
        cite: STA,
      },
    ],
  },
];
