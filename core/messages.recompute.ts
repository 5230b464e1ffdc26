/** Messages of one area: recomputing case dates (holiday years). Merged into core/messages.ts. */
export const recomputeEn = {
  'calendars.cancelled':
    'The holiday year was not saved: checking the cases was cancelled. Nothing changed; save again when ready.',
  'calendars.unknownJob': 'This check of the cases has already finished or was cancelled.',
} as const;

export const recomputeZh: Record<keyof typeof recomputeEn, string> = {
  'calendars.cancelled':
    '节假日年份未保存：已取消对案件的核查，数据未作任何更改。准备好后请重新保存。',
  'calendars.unknownJob': '此次案件核查已经结束或已取消。',
};
