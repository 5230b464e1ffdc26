/**
 * Messages of one area: the Reports screen (its filters and its PDF page). Merged into
 * core/messages.ts.
 */
export const reportsEn = {
  'reports.rangeTooLong':
    'The date range is longer than ten years. Choose a start and an end at most ten years apart.',
  'reports.pdfImage': 'The chart image is not a PNG picture. Export the chart again.',
  'reports.pdfTooLarge':
    'The chart image is larger than 8 MB. Make the window smaller and export the chart again.',
} as const;

export const reportsZh: Record<keyof typeof reportsEn, string> = {
  'reports.rangeTooLong': '日期范围超过十年。请选择相隔不超过十年的开始日和结束日。',
  'reports.pdfImage': '图表图片不是 PNG 图片。请重新导出图表。',
  'reports.pdfTooLarge': '图表图片大于 8 MB。请缩小窗口后重新导出图表。',
};
