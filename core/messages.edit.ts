/** Messages of one area: Correcting clients, listings and cases after creation. Merged into core/messages.ts. */
export const editEn = {} as const;

export const editZh: Record<keyof typeof editEn, string> = {};
