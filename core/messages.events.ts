/** Messages of one area: Authority events checked against the case (order, listings, rule versions). Merged into core/messages.ts. */
export const eventsEn = {
  'events.outcomeRequired':
    'Choose what the authority decided: Repaired or Refused, as the decision says.',
  'events.beforeListing':
    'This date is before the listing {listing} ({date}): no authority event can come before a listing of its case. Enter {date} or later, or correct the listing’s dates first.',
  'events.extensionLength':
    '{cite} sets the extension at {allowed}; {value} cannot be recorded. Choose {allowed}: it is what the decision deadline is extended by.',
  'events.extensionNone':
    '{cite} sets no extension of the decision deadline for {listing}, so none can be recorded; the deadline stays as computed. If the authority extended it anyway, keep its notice in the case notes and follow up on the deadline.',
} as const;

export const eventsZh: Record<keyof typeof eventsEn, string> = {
  'events.outcomeRequired': '请选择机关的决定结果：已修复或不予修复，以决定书为准。',
  'events.beforeListing':
    '该日期早于失信记录“{listingZh}”的日期（{date}）：机关事件不能早于本案件的失信记录。请输入 {date} 或之后的日期，或先更正该记录的日期。',
  'events.extensionLength':
    '{citeZh}规定延长期限为 {allowedZh}；不能记录 {value}。请选择 {allowedZh}，决定期限按此延长。',
  'events.extensionNone':
    '{citeZh}未规定“{listingZh}”的决定期限可以延长，因此不能记录延长期限；决定期限按原计算不变。如机关仍通知延长，请将通知记入案件备注并跟进期限。',
};
