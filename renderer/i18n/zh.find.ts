/** Simplified Chinese strings of search, sorting, archive and restore (RULES.md §6 terms). */
import type { Messages } from './en';

export const zhFind: Pick<Messages, 'counts' | 'find' | 'restore'> = {
  counts: {
    cases_other: '{{count}} 个案件',
    clients_other: '{{count}} 个客户',
    dates_other: '{{count}} 个日期',
    versions_other: '{{count}} 个版本',
    workingDays_other: '{{count}} 个工作日',
    days_other: '{{count}} 日',
    casesChanging_other: '该年度安排将改变 {{count}} 个进行中案件的日期。',
  },
  find: {
    view: '显示',
    active: '进行中',
    archived: '已归档',
    sortNextDue: '下一个日期',
    sortStage: '阶段（按办理顺序）',
    nextDue: '下一个日期',
    noArchivedCases: '没有已归档的案件。归档的案件保存在这里，可以恢复。',
    noArchivedMatch: '没有与“{{search}}”匹配的已归档案件。',
    noArchivedClients: '没有已归档的客户。归档的客户保存在这里，可以恢复。',
    noArchivedClientMatch: '没有与“{{search}}”匹配的已归档客户。',
    clientsList: '客户',
    actions: '操作',
  },
  restore: {
    button: '恢复',
    caseLabel: '恢复 {{name}} 的案件',
    clientLabel: '恢复客户 {{name}}',
    bothTitle: '该客户也已归档',
    bothConfirm: '恢复客户和案件',
    caseRestored: '案件已恢复，已回到案件列表。',
    clientRestored: '客户已恢复，已回到客户列表。',
    clientNotice: '此客户已归档：不在客户列表中显示，也不能修改。恢复后即可继续办理。',
  },
};
