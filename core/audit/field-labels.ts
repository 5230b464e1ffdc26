/**
 * The names of the fields a history entry records, in both languages: the screens' change
 * lines (renderer/i18n) and the audit log's CSV export (jobs/) read the same table.
 */
import type { Lang } from '../messages';

const en = {
  name: 'name',
  kind: 'kind',
  idNumber: 'identifier',
  address: 'address',
  legalRep: 'legal representative',
  contacts: 'contacts',
  stage: 'stage',
  notes: 'notes',
  assignee: 'assignee',
  regimeId: 'regime',
  authority: 'authority',
  decisionNo: 'decision number',
  decisionDate: 'decision date',
  listingDate: 'listing date',
  publicationDate: 'publication date',
  reason: 'reason',
  penaltyFen: 'penalty',
  penaltyPaid: 'penalty paid',
  archivedAt: 'archived',
  language: 'language',
  userName: 'user name',
  dates: 'dates',
  calendarYear: 'holiday calendar year',
};

export type HistoryField = keyof typeof en;

const zh: Record<HistoryField, string> = {
  name: '名称',
  kind: '类型',
  idNumber: '证件号码',
  address: '地址',
  legalRep: '法定代表人',
  contacts: '联系人',
  stage: '阶段',
  notes: '备注',
  assignee: '负责人',
  regimeId: '失信类别',
  authority: '决定机关',
  decisionNo: '文号',
  decisionDate: '决定日期',
  listingDate: '列入日期',
  publicationDate: '公示日期',
  reason: '事由',
  penaltyFen: '罚款',
  penaltyPaid: '罚款已缴纳',
  archivedAt: '归档',
  language: '语言',
  userName: '用户名',
  dates: '日期',
  calendarYear: '节假日安排年份',
};

export const HISTORY_FIELD_LABELS: { en: typeof en; zh: Record<HistoryField, string> } = { en, zh };

export const isHistoryField = (k: string): k is HistoryField => k in en;

/** A field's name in the language; a field with no name (a new one) by its key. */
export const fieldLabel = (key: string, lang: Lang): string =>
  isHistoryField(key) ? HISTORY_FIELD_LABELS[lang][key] : key;
