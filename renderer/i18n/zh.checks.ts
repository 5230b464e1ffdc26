/** Simplified Chinese strings of documents checked on attach, paper originals, packet pre-flight (RULES.md §6 terms). */
import type { Messages } from './en';

export const zhChecks: Pick<
  Messages,
  'paperOriginal' | 'fileCheck' | 'preflight' | 'packetResult'
> = {
  paperOriginal: {
    title: '已收到“{{name}}”的纸质原件',
    note: '原件存放在哪里？如何提交给机关？',
    hint: '视为已备齐。材料包不附入原件，其目录以“纸质原件，未附”列出并附上此说明。',
    badge: '纸质原件',
  },
  fileCheck: {
    notInPacket: '不附入材料包',
    type: '已作为辅助材料保存：材料包只能附入 PDF、PNG 和 JPEG 文件，因此该文件不计为已收到该材料。如需附入，请将其打印或导出为 PDF（或将纸质件扫描为 PNG 或 JPEG）后添加。',
    encrypted:
      '已作为辅助材料保存：该 PDF 设有密码保护，其页面无法附入材料包，因此不计为已收到该材料。请打开后另存或打印为不设密码的新 PDF 再添加。',
    kept: '“{{filename}}”已作为辅助材料保存，不计为已收到“{{name}}”。',
    expired: '已过期：{{list}}',
    expiredItem: '{{name}}（有效期至 {{date}}）',
  },
  preflight: {
    title: '导出前检查',
    checking: '正在检查每份材料和存储的文件…',
    allClear_other: '必需材料均已齐备且可读取：将附入 {{count}} 个文件。',
    problems_other: '有 {{count}} 项不会附入材料包',
    fix: '请在上方清单中添加或更正，或填写不附入这些材料仍然导出的理由。',
    paper: '纸质原件（在目录中列出，不附入）',
    reason: '不附入仍然导出的理由',
    reasonHint: '理由将记入案件历史。材料包目录会将每一项列为“未附”。',
    reasonRequired: '请写明为何在缺少这些材料的情况下导出，例如“缴款凭证另行邮寄”。',
    exportAnyway: '仍然导出',
  },
  packetResult: {
    partial_other: '申请材料包已导出，有 {{count}} 项未附入',
    leftOut: '未附入',
    reason: '理由：{{reason}}',
    listed_other: '{{count}} 项未附入：{{list}}',
    history: '未附入：{{list}}。理由：“{{reason}}”。',
  },
};
