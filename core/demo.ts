/**
 * Realistic demo data for a first run: companies with valid unified social credit codes,
 * listings across regimes, cases at different stages. Codes are completed with their real
 * check character so they pass the same validation as typed input. Every date counts back
 * from today, so the demo always shows the same mix: a case waiting, one eligible now, one
 * awaiting a decision due soon, one overdue, one decided.
 */
import { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import { idCardCheckChar, usccCheckChar } from './ids';
import type { EventFields } from './lifecycle';
import type { clientInput, listingInput } from './schemas';

const uscc = (first17: string) => first17 + usccCheckChar(first17);
const idCard = (first17: string) => first17 + idCardCheckChar(first17);

/** Demo records are typed input: they go through the same schemas as a user's. */
export type DemoListing = Required<z.input<typeof listingInput>>;

export interface DemoCase {
  client: z.input<typeof clientInput>;
  /** Authority events so far, oldest first; the stage follows from them. */
  events: EventFields[];
  /** Every required document is received, each with its file (the cases that were filed). */
  documentsReceived: boolean;
  assignee: string;
  notes: string;
  listings: DemoListing[];
}

/** `{year}` in the decision number is the decision date's year, as on a real one. */
const listing = (
  l: Partial<DemoListing> &
    Pick<DemoListing, 'regimeId' | 'authority' | 'decisionNo' | 'decisionDate'>,
): DemoListing => ({
  listingDate: '',
  publicationDate: '',
  reason: '',
  penaltyAmount: '',
  penaltyPaid: false,
  ...l,
  decisionNo: l.decisionNo.replace('{year}', l.decisionDate.slice(0, 4)),
});

/** The demo's cases as of `todayIso` (YYYY-MM-DD). */
export function demoCases(todayIso: string): DemoCase[] {
  const now = Temporal.PlainDate.from(todayIso);
  const ago = (d: Temporal.DurationLike) => now.subtract(d).toString();
  return [
    {
      // Waiting: a serious Credit China penalty, ten months into its one-year wait.
      client: {
        kind: 'company',
        name: '杭州青禾食品有限公司',
        idNumber: uscc('91330106MA2CF1KX5'),
        address: '浙江省杭州市西湖区文三路 90 号',
        legalRep: '王立新',
        contacts: [
          {
            name: '陈敏',
            role: '法务',
            phone: '0571-8765 4321',
            email: 'chenmin@qinghe-food.example',
          },
        ],
      },
      events: [],
      documentsReceived: false,
      assignee: '李娜',
      notes: '食品安全抽检不合格，罚款已缴清，等待满一年。',
      listings: [
        listing({
          regimeId: 'cc-penalty-serious',
          authority: '杭州市西湖区市场监督管理局',
          decisionNo: '杭西市监罚〔{year}〕118号',
          decisionDate: ago({ months: 10, days: 7 }),
          publicationDate: ago({ months: 10 }),
          reason: '生产经营不符合食品安全标准的食品',
          penaltyAmount: '85000',
          penaltyPaid: true,
        }),
      ],
    },
    {
      // Eligible now: a general SAMR penalty published five months ago (three months' wait).
      client: {
        kind: 'company',
        name: '深圳市远航物流有限公司',
        idNumber: uscc('91440300MA5F8RQ2X'),
        address: '广东省深圳市宝安区航城街道 18 号',
        legalRep: '张海',
        contacts: [{ name: '刘洋', role: '总经理助理', phone: '0755-2345 6789', email: '' }],
      },
      events: [],
      documentsReceived: false,
      assignee: '李娜',
      notes: '虚假宣传罚款已缴清，可以申请修复，正在收集材料。',
      listings: [
        listing({
          regimeId: 'samr-penalty-general',
          authority: '深圳市市场监督管理局',
          decisionNo: '深市监罚〔{year}〕77号',
          decisionDate: ago({ months: 5, days: 7 }),
          publicationDate: ago({ months: 5 }),
          reason: '虚假宣传',
          penaltyAmount: '20000',
          penaltyPaid: true,
        }),
      ],
    },
    {
      // Awaiting a decision due within days: filed and accepted last week.
      client: {
        kind: 'company',
        name: 'Shanghai Lumen Trading Co., Ltd.',
        idNumber: uscc('91310115MA1K4BN7Q'),
        address: 'No. 1200 Zhangjiang Road, Pudong, Shanghai',
        legalRep: 'Zhou Wei',
        contacts: [
          {
            name: 'Anna Xu',
            role: 'Compliance',
            phone: '+86 21 5080 1234',
            email: 'anna.xu@lumen.example',
          },
        ],
      },
      events: [
        {
          type: 'filed',
          date: ago({ days: 6 }),
          channel: 'online',
          reference: 'XY-2026-118842',
          overrideReason: '',
        },
        { type: 'accepted', date: ago({ days: 5 }) },
      ],
      documentsReceived: true,
      assignee: 'Mark Chen',
      notes: 'Filed online through Credit China and accepted; the decision is due soon.',
      listings: [
        listing({
          regimeId: 'samr-serious-list',
          authority: '上海市浦东新区市场监督管理局',
          decisionNo: '沪浦市监严〔{year}〕9号',
          decisionDate: ago({ months: 17, days: 7 }),
          listingDate: ago({ months: 17 }),
          reason: '提交虚假材料取得登记',
          penaltyPaid: true,
        }),
      ],
    },
    {
      // Not yet eligible: the tax and fine are unpaid.
      client: {
        kind: 'company',
        name: '成都锦江建设工程有限公司',
        idNumber: uscc('91510104MA6CJ3D1W'),
        address: '四川省成都市锦江区东大街 66 号',
        legalRep: '赵建国',
        contacts: [],
      },
      events: [],
      documentsReceived: false,
      assignee: '',
      notes: '',
      listings: [
        listing({
          regimeId: 'tax-major-violation',
          authority: '国家税务总局成都市锦江区税务局',
          decisionNo: '锦税稽罚〔{year}〕15号',
          decisionDate: ago({ months: 10 }),
          publicationDate: ago({ months: 9 }),
          reason: '虚开增值税专用发票',
          penaltyAmount: '320000.50',
          penaltyPaid: false,
        }),
      ],
    },
    {
      // Decided: repaired two days ago; Credit China has three working days to stop publishing.
      client: {
        kind: 'company',
        name: '北京华信科技发展有限公司',
        idNumber: uscc('91110108MA01R6T9P'),
        address: '北京市海淀区中关村大街 27 号',
        legalRep: '孙丽',
        contacts: [
          { name: '吴强', role: '财务', phone: '010-6250 1122', email: 'wuqiang@huaxin.example' },
        ],
      },
      events: [
        {
          type: 'filed',
          date: ago({ days: 16 }),
          channel: 'online',
          reference: 'XY-2026-020311',
          overrideReason: '',
        },
        { type: 'accepted', date: ago({ days: 15 }) },
        {
          type: 'decided',
          date: ago({ days: 2 }),
          outcome: 'repaired',
          decisionNo: `京海城管信修〔${ago({ days: 2 }).slice(0, 4)}〕46号`,
          reasons: '',
        },
      ],
      documentsReceived: true,
      assignee: 'Mark Chen',
      notes: '修复申请已获批准，待信用中国停止公示后结案。',
      listings: [
        listing({
          regimeId: 'cc-penalty-general',
          authority: '北京市海淀区城市管理综合行政执法局',
          decisionNo: '京海城管罚〔{year}〕301号',
          decisionDate: ago({ months: 14, days: 7 }),
          publicationDate: ago({ months: 14 }),
          reason: '擅自占用道路',
          penaltyAmount: '5000',
          penaltyPaid: true,
        }),
      ],
    },
    {
      // Overdue: the court's decision was due weeks ago.
      client: {
        kind: 'person',
        name: '刘建华',
        idNumber: idCard('11010519800312201'),
        address: '北京市朝阳区建国路 88 号',
        legalRep: '',
        contacts: [{ name: '刘建华', role: '本人', phone: '138 0000 1234', email: '' }],
      },
      events: [
        {
          type: 'filed',
          date: ago({ days: 40 }),
          channel: 'inPerson',
          reference: '',
          overrideReason: '',
        },
        { type: 'accepted', date: ago({ days: 38 }) },
      ],
      documentsReceived: true,
      assignee: '李娜',
      notes: '已全部履行判决义务，申请删除失信信息。',
      listings: [
        listing({
          regimeId: 'court-dishonest-debtor',
          authority: '北京市朝阳区人民法院',
          decisionNo: '（{year}）京0105执1234号',
          decisionDate: ago({ months: 20, days: 2 }),
          listingDate: ago({ months: 20 }),
          reason: '有履行能力而拒不履行生效法律文书确定义务',
          penaltyPaid: true,
        }),
      ],
    },
  ];
}
