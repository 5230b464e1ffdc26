/** Messages of one area: Correcting clients, listings and cases after creation. Merged into core/messages.ts. */
export const editEn = {
  'listing.dateOrder':
    'The {later} ({laterDate}) is before the {earlier} ({earlierDate}). A listing is decided, then listed, then published: enter a {later} on or after {earlierDate}, or correct the {earlier}.',
  'edit.eventBeforeListing':
    'With the {field} {date}, the listing would stand complete only after the logged event “{event}” of {eventDate}, and no authority event can come before a listing of its case. Enter a {field} on or before {eventDate}, or correct that event first.',
  'edit.addAfterEvent':
    '{listing} stands complete on {listedOn} ({field}), after the logged event “{event}” of {eventDate}; no authority event can come before a listing of its case. Check the {field}, or open a new case for this listing.',
  'edit.removeAfterEvents':
    '{listing} cannot be removed: authority events are logged on this case (the first is “{event}” of {eventDate}), and they concern every listing in it, so removing one would change what was filed. To handle it apart, open a new case for it.',
  'edit.lastListing':
    '{listing} is the only listing of this case, and a case needs at least one. Add the right listing first, then remove this one.',
  'edit.caseClosed':
    'The case is closed, so its listings can no longer change. To act for this client again, open a new case.',
  'edit.alreadyInCase': '{listing} is already in this case.',
  'edit.notInCase': '{listing} is not in this case. Reload the case and try again.',
  'edit.listingOrNew': 'Choose one of the client’s listings, or enter a new listing (not both).',
} as const;

export const editZh: Record<keyof typeof editEn, string> = {
  'listing.dateOrder':
    '{laterZh}（{laterDate}）早于{earlierZh}（{earlierDate}）。失信记录应先作出决定、再列入、再公示：请输入 {earlierDate} 或之后的{laterZh}，或更正{earlierZh}。',
  'edit.eventBeforeListing':
    '按{fieldZh} {date}，该失信记录要到已记录的事件“{eventZh}”（{eventDate}）之后才完整成立，而办理事件不能早于案件中的任何失信记录。请输入 {eventDate} 或之前的{fieldZh}，或先更正该事件。',
  'edit.addAfterEvent':
    '{listingZh}于 {listedOn}（{fieldZh}）才完整成立，晚于已记录的事件“{eventZh}”（{eventDate}）；办理事件不能早于案件中的任何失信记录。请核对{fieldZh}，或为该记录新建案件。',
  'edit.removeAfterEvents':
    '不能移除{listingZh}：本案件已记录办理事件（第一件为“{eventZh}”，{eventDate}），这些事件涉及案件中的每条失信记录，移除其中一条会改变已提交的内容。如需单独办理，请为其新建案件。',
  'edit.lastListing':
    '{listingZh}是本案件唯一的失信记录，而案件至少需要一条记录。请先添加正确的记录，再移除这一条。',
  'edit.caseClosed': '案件已结案，其失信记录不能再更改。如需继续为该客户办理，请新建案件。',
  'edit.alreadyInCase': '{listingZh}已在本案件中。',
  'edit.notInCase': '{listingZh}不在本案件中。请刷新案件后重试。',
  'edit.listingOrNew': '请选择该客户的一条失信记录，或录入一条新记录（二者选一）。',
};
