/** Messages of one area: Authority events checked against the case (order, listings, rule versions). Merged into core/messages.ts. */
export const eventsEn = {} as const;

export const eventsZh: Record<keyof typeof eventsEn, string> = {};
