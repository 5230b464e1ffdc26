/**
 * The rules engine's sentences in both languages: issues, next actions and the
 * headings of explanations. Each notice keeps its key and params (to store or to
 * re-translate) next to the rendered text in both languages.
 */
import { settle } from './lazy';
import type { Bilingual } from './types';
import type { Lang } from '../messages';

export type ParamValue = string | number | Bilingual;
export type Params = Record<string, ParamValue>;

const T = {
  // Issues
  'issue.unknownRegime': [
    '{listing}: the regime "{regimeId}" is not in the catalogue.',
    '{listing}：目录中没有“{regimeId}”这一类型。',
  ],
  'issue.noVersion': [
    '{listing}: no rule version of this regime governs {date}.',
    '{listing}：该类型没有适用于 {date} 的规则版本。',
  ],
  'issue.missingTrigger': [
    '{listing}: enter the {field}; this regime counts from it.',
    '{listing}：请填写{field}；该类型从该日期起算。',
  ],
  'issue.filedEarly': [
    '{listing}: filed {filed}, before the earliest application date {date}.',
    '{listing}：于 {filed} 提交，早于最早可申请日 {date}。',
  ],
  'issue.extensionRepeated': [
    'A further extension on {date} was ignored: an extension is added once only.',
    '{date} 的再次延期未计入：延长期限只能计算一次。',
  ],
  'issue.noExtension': [
    '{listing}: this rule version sets no extension; the deadline is unchanged.',
    '{listing}：该规则版本未规定延长期限，期限不变。',
  ],
  'issue.provisional': [
    'No holiday calendar is loaded for {years}: dates in it are provisional (weekends only). Load or enter that year’s State Council notice.',
    '尚未载入 {years} 年的节假日安排：相关日期为暂定（仅按周末计算）。请载入或录入该年国务院放假通知。',
  ],
  // Next actions
  'next.none': ['Add a listing to the case.', '请为案件添加失信记录。'],
  'next.fixListing': [
    'Complete the listing {listing} so its dates can be computed.',
    '请补全“{listing}”，以便计算相关日期。',
  ],
  'next.followUpAcceptance': [
    'The authority should have accepted or refused by {date}: follow up with it.',
    '机关应于 {date} 前决定是否受理：请跟进。',
  ],
  'next.awaitAcceptance': ['Wait for acceptance, due by {date}.', '等待受理，期限至 {date}。'],
  'next.awaitAcceptanceOpen': [
    'Wait for the authority to accept the application (no fixed deadline).',
    '等待机关受理申请（未规定期限）。',
  ],
  'next.sendSupplement': [
    'Send the supplementary material requested on {date}; the decision period restarts in full when it is received.',
    '请提交 {date} 要求补正的材料；材料收到后审查期限重新计算。',
  ],
  'next.followUpDecision': [
    'The decision was due by {date}: follow up, and consider an objection.',
    '决定期限已于 {date} 届满：请跟进，并考虑提出异议。',
  ],
  'next.awaitDecision': ['Wait for the decision, due by {date}.', '等待决定，期限至 {date}。'],
  'next.awaitDecisionOpen': [
    'Wait for the decision (no fixed deadline).',
    '等待决定（未规定期限）。',
  ],
  'next.checkPublicityStopped': [
    'Check that publicity has stopped; it was due by {date}.',
    '请核实是否已停止公示；期限为 {date}。',
  ],
  'next.closeRepaired': [
    'Repaired: confirm the record is gone and close the case.',
    '已修复：请核实记录已移除并结案。',
  ],
  'next.considerObjection': [
    'Refused on {date}: consider an objection, or file again once the reasons are fixed.',
    '{date} 决定不予修复：可考虑提出异议，或纠正后重新申请。',
  ],
  'next.fixAndRefile': [
    'Refused to accept on {date}: fix the application and file it again.',
    '{date} 不予受理：请补正申请后重新提交。',
  ],
  'next.endedAutomatically': [
    '{listing} stopped being published automatically after {date}: check that it is gone, then close it.',
    '{listing}已于 {date} 期满自动停止公示：请核实已撤下后结案。',
  ],
  'next.barred': ['No application may be filed until after {date}.', '{date} 前不得申请。'],
  'next.file': [
    '{listing} may be repaired now: prepare and file the application (in person from {date}).',
    '{listing}现在可以申请修复：请准备并提交申请（现场办理自 {date} 起）。',
  ],
  'next.remedyFirst': [
    '{listing}: no waiting period applies, so no date is counted ({cite}). {remedy}{decide}',
    '{listing}：无等待期，因此不计算日期（{cite}）。{remedy}{decide}',
  ],
  'next.waitUntil': [
    'Wait: {listing} may be repaired from {date}.',
    '请等待：{listing}自 {date} 起可以申请修复。',
  ],
  // Explanation headings
  'why.rule': [
    'Rule: {cite} ({version}), chosen by {basis} {date}.',
    '规则：{cite}（{version}），按{basis} {date} 选定。',
  ],
  'why.wait': [
    'An early application may be filed after {span} from the {field}.',
    '自{field}起满{span}后可以提前申请修复。',
  ],
  'why.firstWorkingDay': [
    'Online filing is always open; for filing in person, the first working day counts.',
    '网上申请不受节假日影响；现场办理以第一个工作日为准。',
  ],
  'why.automaticEnd': [
    'Publication ends automatically {span} after the {field}.',
    '自{field}起满{span}后自动停止公示。',
  ],
  'why.bar': ['Bar: {text}', '限制：{text}'],
  'why.condition': ['Condition: {text}', '条件：{text}'],
  'why.note': ['Note: {text}', '说明：{text}'],
  'why.accept': [
    'The authority accepts within {count} of the submission.',
    '机关应自收到申请之日起 {count}内决定是否受理。',
  ],
  'why.decide': [
    'The authority decides within {count} of {from}.',
    '机关应自{from}起 {count}内作出决定。',
  ],
  'why.supplement': [
    'Supplement requested {requested}: the decision period stopped and restarts in full from the complete material received {received}.',
    '{requested} 要求补正：审查期限中止，自 {received} 收到齐全材料之日起重新计算。',
  ],
  'why.extension': [
    'Extension notified {date}: {count} added once.',
    '{date} 通知延长期限：延长 {count}（仅计一次）。',
  ],
  'why.publicityStop': [
    'After a favourable decision publicity stops within {count}.',
    '决定修复后应在 {count}内停止公示。',
  ],
  'why.firm': [
    'Not fixed by the regulation: the firm plans with {count}.',
    '规章未规定期限：本所按 {count}安排。',
  ],
  'why.noWait': [
    'No waiting period applies, so no date is counted ({cite}). {remedy}{decide}',
    '无等待期，因此不计算日期（{cite}）。{remedy}{decide}',
  ],
  'why.decideAfterRemedy': [
    ' The authority decides within {count} of acceptance{previous}.',
    '机关应自受理之日起 {count}内作出决定{previous}。',
  ],
  'why.previousCount': [' ({cite} said {count})', '（原{cite}规定为 {count}）'],
  'why.revoked': [
    'The repair was revoked on {date}; the waiting period counts again from that day.',
    '{date} 撤销修复：等待期限自该日重新计算。',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type RuleMessageKey = keyof typeof T;

export interface Notice {
  key: RuleMessageKey;
  params: Params;
  text: Bilingual;
}

function value(v: ParamValue, lang: Lang): string {
  return typeof v === 'object' ? v[lang] : String(v);
}

export function ruleText(key: RuleMessageKey, params: Params, lang: Lang): string {
  const template = T[key][lang === 'en' ? 0 : 1];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : value(v, lang);
  });
}

export function notice(key: RuleMessageKey, params: Params = {}): Notice {
  const n: Notice = {
    key,
    params,
    get text() {
      return settle(n, 'text', {
        en: ruleText(key, params, 'en'),
        zh: ruleText(key, params, 'zh'),
      });
    },
    set text(value) {
      settle(n, 'text', value);
    },
  };
  return n;
}
