/** Simplified Chinese strings of time zone, timestamps, agenda range, month grid, calendar export, unsaved changes (RULES.md §6 terms). */
import type { Messages } from './en';

export const zhClock: Pick<
  Messages,
  'agendaRange' | 'agendaStatus' | 'monthGrid' | 'clock' | 'unsaved'
> = {
  agendaRange: {
    legend: '日期范围',
    from: '开始日期',
    to: '结束日期',
    show: '显示日期',
    reset: '默认范围',
    today: '今天是 {{date}}（{{zone}}）。',
    loaded_other: '已列出前 {{count}} 个日期；点击“加载更多”查看后面的日期。',
  },
  agendaStatus: {
    overdue: '已逾期',
    dueToday: '今日到期',
    upcoming: '未到期',
    done: '已完成',
    past: '已过',
  },
  monthGrid: {
    label: '月历',
    previous: '上个月',
    next: '下个月',
    hint: '选择某一天，只列出当天的日期。',
    separator: '，',
    dates_other: '{{count}} 个日期',
    overdue_other: '{{count}} 个已逾期',
    today: '今天',
    selected: '仅列出 {{date}} 的日期。',
    showAll: '列出范围内的全部日期',
    emptyDay: '{{date}} 没有日期。',
  },
  clock: {
    title: '时间与日历导出',
    timeZone: '时区',
    timeZoneHint:
      '所有期限的“今天”按此时区计算，所有显示的时间（历史记录、文件、材料包）也按此时区显示。中国标准时间为 Asia/Shanghai。',
    timeZoneSearch: '输入以搜索，例如 Shanghai 或 Berlin',
    noZone: '没有匹配的时区。',
    now: '此时区的当前时间：{{now}}',
    reminderDays: '日历提醒（提前天数）',
    reminderHint: '导出的 .ics 文件中每个事件在其日期前这么多天提醒；0 表示不带提醒。',
    save: '保存时间设置',
    saved: '时间设置已保存。',
  },
  unsaved: {
    title: '不保存就离开？',
    text: '此页面上的更改尚未保存。现在离开，这些更改将会丢失。',
    stay: '留在此页',
    leave: '不保存，离开',
  },
};
