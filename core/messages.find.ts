/** Messages of one area: Search, sorting, archive and restore. Merged into core/messages.ts. */
export const findEn = {} as const;

export const findZh: Record<keyof typeof findEn, string> = {};
