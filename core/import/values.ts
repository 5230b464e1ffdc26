/**
 * The words a spreadsheet uses for a client's kind, a regime, a yes/no and an outcome,
 * read into Xiufu's values (compared as headers are: case, width, spaces and punctuation
 * folded). null: the cell says something else, which the preview names.
 */
import { REGIME_IDS, REGIMES, type RegimeId } from '../regimes';
import type { ClientKind } from '../schemas';
import type { DecisionOutcome } from '../lifecycle/events';
import { normaliseHeader as fold } from './headers';

function table<T>(entries: [T, string[]][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of entries) for (const w of words) map.set(fold(w), value);
  return map;
}

const KINDS = table<ClientKind>([
  ['company', ['company', 'organisation', 'organization', '企业', '公司', '单位', '法人', '组织']],
  ['person', ['person', 'individual', 'natural person', '个人', '自然人']],
]);

const REGIME_WORDS = table<RegimeId>([
  ...REGIME_IDS.map((id): [RegimeId, string[]] => [
    id,
    [id, REGIMES[id].name.en, REGIMES[id].name.zh],
  ]),
  ['cc-penalty-general', ['行政处罚（一般）', '一般行政处罚', '行政处罚一般']],
  ['cc-penalty-serious', ['行政处罚（严重）', '严重行政处罚', '行政处罚严重']],
  ['samr-serious-list', ['严重违法失信名单', 'seriously illegal and dishonest list']],
  ['samr-abnormal', ['经营异常名录', '经营异常', 'abnormal operations']],
  ['court-dishonest-debtor', ['失信被执行人', '失信被执行人名单', 'dishonest judgment debtor']],
  [
    'tax-major-violation',
    ['重大税收违法', '重大税收违法失信主体', '重大税收违法失信', 'major tax violation'],
  ],
]);

const YES_NO = table<boolean>([
  [true, ['yes', 'y', 'true', '1', '是', '已缴纳', '已缴', '已付']],
  [false, ['no', 'n', 'false', '0', '否', '未缴纳', '未缴', '未付']],
]);

const OUTCOMES = table<DecisionOutcome>([
  ['repaired', ['repaired', '已修复', '修复', '同意修复', '准予修复', '移出', '停止公示']],
  ['refused', ['refused', '不予修复', '驳回', '拒绝']],
]);

export const readKind = (text: string): ClientKind | null => KINDS.get(fold(text)) ?? null;
export const readRegime = (text: string): RegimeId | null => REGIME_WORDS.get(fold(text)) ?? null;
export const readYesNo = (text: string): boolean | null => YES_NO.get(fold(text)) ?? null;
export const readOutcome = (text: string): DecisionOutcome | null =>
  OUTCOMES.get(fold(text)) ?? null;
