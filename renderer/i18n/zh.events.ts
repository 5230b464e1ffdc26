/** Simplified Chinese strings of authority events checked against the case (RULES.md §6 terms). */
import type { Messages } from './en';

export const zhEvents: Pick<Messages, 'events'> = {
  events: {
    outcomePlaceholder: '请选择决定结果',
    decisionNo: '决定书文号',
    decisionNoPlaceholder: '按决定书填写，例如 杭市监信修〔2026〕4号',
    document: '决定书',
    documentHint: '可选：决定书的 PDF 或扫描件，随本决定保存，不计入申请材料清单。',
    documentAttached: '已附：{{names}}。在此选择的文件将一并附上。',
    nameSeparator: '、',
    documentPlaceholder: '选择文件',
    documentClear: '移除所选文件',
    documentNotAttached:
      '决定已保存，但决定书未能附上：{{error}} 请重新选择文件后保存，或稍后在案件页面添加。',
    extensionLength: '延长期限',
    extensionRule: '依据{{cite}}（{{filed}} 提交申请时施行的规定）。',
    extensionNoneHint: '{{cite}}未规定决定期限可以延长，因此本次申请不能记录延长期限。',
    decisionNoDetail: '文号：{{no}}',
    noDecisionNo: '未记录文号：请编辑该决定补充',
    documents: '决定书',
    attachLabel: '{{date}} 的决定',
    historyItem: '决定书',
  },
};
