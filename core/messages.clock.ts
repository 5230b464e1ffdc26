/** Messages of one area: Time zone, agenda range and calendar export. Merged into core/messages.ts. */
export const clockEn = {
  'settings.timeZone':
    'Choose a time zone from the list (an IANA name such as Asia/Shanghai or Europe/Berlin).',
  'settings.reminderDays':
    'Enter a whole number of days from 0 to {max}; 0 exports the calendar without reminders.',
  'agenda.rangeOrder':
    'The range ends on {to}, before it starts on {from}. Choose an end date on or after the start date.',
} as const;

export const clockZh: Record<keyof typeof clockEn, string> = {
  'settings.timeZone': '请从列表中选择时区（IANA 名称，例如 Asia/Shanghai 或 Europe/Berlin）。',
  'settings.reminderDays': '请输入 0 到 {max} 之间的整数天数；0 表示导出的日历不带提醒。',
  'agenda.rangeOrder': '日期范围的结束日 {to} 早于开始日 {from}。请选择不早于开始日的结束日。',
};
