/**
 * The firms of the benchmark, as a credit-repair desk sees them: 80% with Chinese names
 * (companies and, one in ten, persons), 20% foreign-invested with Latin names; 1–3
 * listings a case across every regime; a history of authority events for most cases.
 * Drawn from a seeded generator so every run at a size builds the same data. The names
 * include the search terms (远航物流, Harbor Jade) in a few hundred firms.
 */
import { Temporal } from 'temporal-polyfill';
import type { Input } from '../../api/contract';
import { idCardCheckChar, usccCheckChar } from '../../core/ids';
import { REGIME_IDS, type RegimeId } from '../../core/regimes';

export type Random = () => number;

const CITIES = [
  ['杭州', '330100'],
  ['宁波', '330200'],
  ['温州', '330300'],
  ['苏州', '320500'],
  ['南京', '320100'],
  ['广州', '440100'],
  ['深圳', '440300'],
  ['成都', '510100'],
  ['武汉', '420100'],
  ['西安', '610100'],
] as const;
const WORDS = ['恒信', '华盛', '永泰', '金桥', '瑞丰', '天成', '鼎新', '博远', '中和', '宏达'];
const RARE_WORD = '远航';
const TRADES = ['科技', '贸易', '建筑工程', '食品', '物流', '餐饮管理', '电子', '医药'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰'];
const LATIN_FIRST = ['Harbor', 'Pacific', 'Northstar', 'Summit', 'Golden', 'Blue River'];
const LATIN_SECOND = ['Jade', 'Crest', 'Bridge', 'Lotus', 'Peak', 'Orchid', 'Stone'];
const LATIN_TRADES = ['Trading', 'Logistics', 'Technology', 'Foods', 'Electronics'];
const USCC_BODY = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const ASSIGNEES = ['林律师', '王顾问', '陈助理', 'Maria Chen', '张律师'];
const COMPANY_REGIMES = REGIME_IDS.filter((r) => r !== 'court-dishonest-debtor');

const pick = <T>(xs: readonly T[], random: Random): T => xs[Math.floor(random() * xs.length)]!;

/** A USCC unique to `i` (nine base-31 digits) in the region's code. */
function usccFor(i: number, region: string): string {
  let code = '';
  for (let n = i, k = 0; k < 9; k++, n = Math.floor(n / 31)) code = USCC_BODY[n % 31]! + code;
  const first17 = `91${region}${code}`;
  return first17 + usccCheckChar(first17);
}

/**
 * The ID number of the `i`th firm: a USCC for a company, a resident ID (birth date and
 * sequence unique to each, up to 20 million) for a person, whose `i` ends in 9.
 */
export function idNumberOf(kind: 'company' | 'person', i: number): string {
  if (kind === 'company') return usccFor(i, CITIES[i % CITIES.length]![1]);
  const j = Math.floor(i / 10);
  const birth = Temporal.PlainDate.from('1960-01-01').add({ days: j % 20_000 });
  const sequence = String(Math.floor(j / 20_000) % 1000).padStart(3, '0');
  const first17 = `${CITIES[j % CITIES.length]![1]}${birth.toString().replaceAll('-', '')}${sequence}`;
  return first17 + idCardCheckChar(first17);
}

export function clientOf(i: number, random: Random): Input<'clients.create'> {
  const [city] = CITIES[i % CITIES.length]!;
  const person = `${SURNAMES[i % 10]}${pick(GIVEN, random)}`;
  const contacts = [{ name: person, role: '联系人', phone: `138${String(i).padStart(8, '0')}` }];
  const address = `${city}市${WORDS[i % 10]}路${(i % 997) + 1}号`;
  const kind = i % 10;
  if (kind === 9) {
    return { kind: 'person', name: person, idNumber: idNumberOf('person', i), address, contacts };
  }
  const idNumber = idNumberOf('company', i);
  if (kind === 3 || kind === 7) {
    // One in five: a foreign-invested company known by its Latin name.
    const name = `${pick(LATIN_FIRST, random)} ${pick(LATIN_SECOND, random)} ${pick(LATIN_TRADES, random)} Co., Ltd. (${i})`;
    return { kind: 'company', name, idNumber, address, legalRep: person, contacts };
  }
  const word = random() < 0.01 ? RARE_WORD : WORDS[i % 10];
  const name = `${city}${word}${TRADES[Math.floor(random() * TRADES.length)]}有限公司（${i}）`;
  return { kind: 'company', name, idNumber, address, legalRep: person, contacts };
}

/** The listings of one case: 1 (60%), 2 (30%) or 3 (10%), each from a regime of its own. */
export function listingsOf(
  i: number,
  person: boolean,
  today: string,
  random: Random,
): NonNullable<Input<'cases.create'>['listings']> {
  const r = random();
  const count = r < 0.6 ? 1 : r < 0.9 ? 2 : 3;
  const [city] = CITIES[i % CITIES.length]!;
  const regimes = person ? ['court-dishonest-debtor' as RegimeId] : COMPANY_REGIMES;
  const out: NonNullable<Input<'cases.create'>['listings']> = [];
  for (let n = 0; n < Math.min(count, regimes.length); n++) {
    const regimeId = regimes[(i + n * 3) % regimes.length]!;
    // Decisions of the last four years; listing and publication follow within weeks.
    const decided = Temporal.PlainDate.from(today).subtract({
      days: 20 + Math.floor(random() * 1460),
    });
    const listed = decided.add({ days: Math.floor(random() * 15) });
    const published = listed.add({ days: Math.floor(random() * 5) });
    const court = regimeId === 'court-dishonest-debtor';
    const tax = regimeId.startsWith('tax');
    const authority = court
      ? `${city}市中级人民法院`
      : tax
        ? `国家税务总局${city}市税务局`
        : `${city}市市场监督管理局`;
    out.push({
      regimeId,
      authority,
      decisionNo: `${city.slice(0, 1)}${court ? '执' : '罚'}〔${decided.year}〕${i * 3 + n + 1}号`,
      decisionDate: decided.toString(),
      listingDate: listed.toString(),
      publicationDate: published.toString(),
      reason: court ? '未履行生效法律文书确定的义务' : '未按规定公示年度报告',
      penaltyAmount: regimeId.includes('penalty') ? String(5000 + (i % 50) * 1000) : '',
      penaltyPaid: random() < 0.6,
    });
  }
  return out;
}

type EventInput = Input<'events.add'>;

/**
 * The authority events of a case, in order, dated between its latest listing and today:
 * 40% none yet; the rest filed, and then accepted, asked for more (supplement), answered,
 * decided. The guards refuse what a real case could not do; the seeder stops there.
 */
export function eventsOf(
  caseId: number,
  latestListing: string,
  today: string,
  random: Random,
): EventInput[] {
  const r = random();
  if (r < 0.4) return [];
  const end = Temporal.PlainDate.from(today);
  let at = Temporal.PlainDate.from(latestListing);
  const span = Math.max(1, end.since(at).days);
  const step = () => {
    at = at.add({ days: 1 + Math.floor(random() * Math.max(1, span / 8)) });
    if (Temporal.PlainDate.compare(at, end) > 0) at = end;
    return at.toString();
  };
  const events: EventInput[] = [
    {
      caseId,
      type: 'filed',
      date: step(),
      channel: 'online',
      reference: `XY${caseId}`,
      overrideReason: '客户要求尽快申请',
    },
  ];
  if (r < 0.55) return events;
  events.push({ caseId, type: 'accepted', date: step() });
  if (r < 0.7) return events;
  if (r < 0.85) {
    events.push({ caseId, type: 'supplementRequested', date: step(), what: '补充缴款凭证' });
    if (r < 0.78) return events;
    events.push({ caseId, type: 'materialsReceived', date: step() });
  }
  const refused = random() < 0.2;
  events.push({
    caseId,
    type: 'decided',
    date: step(),
    outcome: refused ? 'refused' : 'repaired',
    decisionNo: `信修〔${end.year}〕${caseId}号`,
    reasons: refused ? '材料不全' : '',
  });
  return events;
}
