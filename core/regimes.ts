/**
 * The regimes Xiufu knows by id. Listings store one of these ids; the rules
 * catalogue (core/rules) attaches versions, waits and deadlines to the same ids.
 */
export const REGIME_IDS = [
  'cc-penalty-general',
  'cc-penalty-serious',
  'samr-serious-list',
  'samr-penalty-general',
  'samr-penalty-serious',
  'samr-abnormal',
  'court-dishonest-debtor',
  'tax-major-violation',
] as const;

export type RegimeId = (typeof REGIME_IDS)[number];

/** Which listing date a regime counts its waits from (RULES.md §1 "trigger date"). */
export type TriggerField = 'decisionDate' | 'listingDate' | 'publicationDate';

export interface RegimeInfo {
  id: RegimeId;
  trigger: TriggerField;
  name: { en: string; zh: string };
}

export const REGIMES: Record<RegimeId, RegimeInfo> = {
  'cc-penalty-general': {
    id: 'cc-penalty-general',
    trigger: 'decisionDate',
    name: {
      en: 'Credit China administrative penalty, general',
      zh: '信用中国 行政处罚信息（一般）',
    },
  },
  'cc-penalty-serious': {
    id: 'cc-penalty-serious',
    trigger: 'decisionDate',
    name: {
      en: 'Credit China administrative penalty, serious',
      zh: '信用中国 行政处罚信息（严重）',
    },
  },
  'samr-serious-list': {
    id: 'samr-serious-list',
    trigger: 'listingDate',
    name: {
      en: 'SAMR seriously illegal and dishonest list',
      zh: '市场监管 严重违法失信名单',
    },
  },
  'samr-penalty-general': {
    id: 'samr-penalty-general',
    trigger: 'publicationDate',
    name: {
      en: 'SAMR administrative penalty, general',
      zh: '市场监管 行政处罚信息（一般）',
    },
  },
  'samr-penalty-serious': {
    id: 'samr-penalty-serious',
    trigger: 'publicationDate',
    name: {
      en: 'SAMR administrative penalty, serious',
      zh: '市场监管 行政处罚信息（严重）',
    },
  },
  'samr-abnormal': {
    id: 'samr-abnormal',
    trigger: 'listingDate',
    name: { en: 'Abnormal operations list', zh: '经营异常名录' },
  },
  'court-dishonest-debtor': {
    id: 'court-dishonest-debtor',
    trigger: 'listingDate',
    name: { en: 'List of dishonest judgment debtors', zh: '失信被执行人名单' },
  },
  'tax-major-violation': {
    id: 'tax-major-violation',
    trigger: 'publicationDate',
    name: { en: 'Major tax violation dishonest entity', zh: '重大税收违法失信主体' },
  },
};
