/** Simplified Chinese strings of forms (issue 12, part 4). */
import type { Messages } from './en';

export const zhForms: Pick<Messages, 'forms'> = {
  forms: {
    close: '关闭',
    skipToMain: '跳至主要内容',
    dateHint: 'YYYY-MM-DD，或在日历中选择',
    clearDate: '清除日期',
    openExisting: '打开已有客户',
    createClientHint: '按回车键将“{{name}}”添加为新客户。',
    settingsYou: '个人与语言',
    settingsReminders: '通知',
    appliedAtOnce: '选择后立即生效并保存。',
    settingsData: '数据存放位置',
  },
};
