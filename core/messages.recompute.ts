/** Messages of one area: recomputing case dates (holiday years). Merged into core/messages.ts. */
export const recomputeEn = {
  'calendars.cancelled':
    'Checking the cases was stopped, so nothing was saved or changed. Preview or save the year again when ready.',
  'calendars.unknownJob': 'This check of the cases has already finished or was cancelled.',
} as const;

export const recomputeZh: Record<keyof typeof recomputeEn, string> = {
  'calendars.cancelled': '已停止核查案件，未保存也未更改任何内容。准备好后请重新预览或保存该年份。',
  'calendars.unknownJob': '此次案件核查已经结束或已取消。',
};
