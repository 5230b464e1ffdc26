/** Simplified Chinese strings of correcting clients, listings and cases after creation (RULES.md §6 terms). */
import type { Messages } from './en';

export const zhEdit: Pick<
  Messages,
  'listingEdit' | 'caseDetails' | 'moved' | 'editHistory' | 'clientPage'
> = {
  listingEdit: {
    edit: '编辑',
    editLabel: '编辑失信记录 {{name}}',
    title: '编辑失信记录',
    save: '保存失信记录',
    remove: '从案件中移除',
    removeLabel: '从案件中移除失信记录 {{name}}',
    removeTitle: '从案件中移除此失信记录？',
    removeText:
      '{{name}}将移出本案件，本案件不再计算其日期。该记录仍保留在客户名下，之后可以重新添加。',
    confirmRemove: '确认移除',
    add: '添加失信记录',
    addTitle: '为案件添加失信记录',
    source: '要添加的记录',
    sourceNew: '新的失信记录',
    sourceExisting: '该客户已有的失信记录',
    existing: '该客户的失信记录',
    existingPlaceholder: '请选择一条记录',
    existingOption: '{{name}} · 决定日期 {{date}}',
    addSave: '加入案件',
    newLegend: '新的失信记录',
  },
  caseDetails: {
    edit: '编辑案件信息',
    title: '编辑案件信息',
    save: '保存案件信息',
  },
  moved: {
    title: '本次修改引起的日期变化',
    none: '没有计算日期发生变化。',
    case: '案件',
    date: '日期',
    listing: '失信记录',
    before: '变更前',
    after: '变更后',
    dismiss: '关闭',
    caseName: '{{client}} #{{id}}',
  },
  editHistory: {
    named: '{{action}}：{{name}}',
    moved: '日期变化：{{list}}',
    movedIn: '案件 #{{id}} 的日期变化：{{list}}',
    kindOf: '{{kind}}（{{name}}）',
    provisional: '{{date}}（暂定）',
    listingAdded: '将失信记录 {{name}} 加入本案件',
    listingRemoved: '将失信记录 {{name}} 移出本案件（该记录仍保留在客户名下）',
  },
  clientPage: {
    history: '历史记录',
  },
};
