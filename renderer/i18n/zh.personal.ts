/** Simplified Chinese strings of personal data (PIPL); mirrors en.personal.ts. */
import type { Messages } from './en';

export const zhPersonal: Pick<Messages, 'personal'> = {
  personal: {
    section: '个人信息',
    sectionHint:
      '依据《个人信息保护法》，本人可要求获取所存全部个人信息的副本，或要求删除。两项操作都会记入历史记录。',
    reveal: '显示',
    revealLabel: '显示完整居民身份证号码（每次显示都会记录）',
    hide: '隐藏',
    erasedClient: '已删除个人信息的客户',
    erasedNotice:
      '该客户的个人信息已于 {{date}} 删除。其案件及日期以“已删除个人信息的客户”保留；数据中及今后的备份中均不再含任何个人信息。',
    retention: {
      title: '个人信息保存期限',
      hint: '客户最后一个案件结束（撤回、结案、已修复、不予修复或归档）后，个人信息保存的年限。超过期限的客户会列在这里以便删除；系统不会自动删除。',
      years: '个人信息保存年限（年）',
      yearsHint: '整数年，1 到 {{max}}。留空则关闭保存期限。',
      save: '保存期限',
      saved: '已保存。',
      off: '保存期限已关闭：不会列出待删除的客户。',
      noneDue: '暂无到期客户：没有客户的全部案件在 {{cutoff}} 或之前结束。',
      due_other: '{{count}} 个客户的全部案件已在 {{cutoff}} 或之前结束，应删除其个人信息：',
      dueList: '待删除个人信息的客户',
      lastEnded_other: '{{count}} 个案件，最后一个于 {{date}} 结束',
      more: '到期客户多于此处所列：请先删除这些，再回来查看。',
    },
    export: {
      button: '导出个人信息',
      progress: '正在导出个人信息：第 {{done}} 项，共 {{total}} 项',
      saved: '已保存 {{filename}}。此次导出已记入客户的历史记录。',
    },
    erase: {
      button: '删除个人信息',
      title: '删除 {{name}} 的个人信息',
      intro:
        '将永久删除：名称、证件号码、地址、法定代表人和联系人；其案件的备注及填写的理由；其材料的备注及仅由其使用的附件；以及所有与其有关的历史记录内容。案件、失信记录和日期保留，名称显示为“已删除个人信息的客户”。此操作无法撤销。',
      touches: '涉及内容',
      counts: {
        cases: '案件',
        listings: '失信记录',
        events: '已记录事件',
        documentNotes: '材料备注',
        customItems: '自定义清单项',
        files: '附件',
        packets: '提交材料包',
        historyEntries: '历史记录',
      },
      noBackups: '目前没有备份含有这些数据。今后的备份也不会含有。',
      backups_other:
        '今天之前的 {{count}} 个备份仍含有这些数据。备份只会在按保留规则清理时删除（设置 › 备份）；今后的备份不再含有这些数据。',
      reason: '删除原因',
      reasonHint: '将保存在历史记录中，例如“本人 11 月 30 日的书面申请”。请勿在此填写个人信息。',
      confirm: '输入客户名称以确认',
      confirmHint: '请准确输入 {{name}}（或证件号码）。',
      logged_other: '原因：{{reason}}。已清空 {{count}} 条历史记录内容。',
      submit: '永久删除',
      done_other: '个人信息已删除：已清空 {{count}} 条历史记录内容，历史链保持完整。',
    },
  },
};
