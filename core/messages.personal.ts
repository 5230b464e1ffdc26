/** Messages of personal data (PIPL): erasure and export. Merged into core/messages.ts. */
export const personalEn = {
  'personal.confirmMismatch':
    'The confirmation does not match. Type the client’s name ({name}) or identifier exactly as shown, then erase again.',
  'personal.alreadyErased':
    'This client’s personal data was already erased on {date}. There is nothing left to erase.',
  'personal.exportGone':
    'This archive was already saved, or Xiufu restarted since it was made. Export the personal data again.',
  'personal.retentionYears':
    'Enter a whole number of years from 1 to {max}, or turn retention off.',
} as const;

export const personalZh: Record<keyof typeof personalEn, string> = {
  'personal.confirmMismatch':
    '确认内容不一致。请按所示准确输入客户名称（{name}）或证件号码，然后再次删除。',
  'personal.alreadyErased': '该客户的个人信息已于 {date} 删除，没有可再删除的内容。',
  'personal.exportGone': '该压缩包已保存过，或 Xiufu 在导出后已重新启动。请重新导出个人信息。',
  'personal.retentionYears': '请输入 1 到 {max} 之间的整数年数，或关闭保存期限。',
};
