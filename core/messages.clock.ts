/** Messages of one area: Time zone, agenda range and calendar export. Merged into core/messages.ts. */
export const clockEn = {} as const;

export const clockZh: Record<keyof typeof clockEn, string> = {};
