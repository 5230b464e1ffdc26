/** Messages of one area: Attached files checked as documents; packet pre-flight. Merged into core/messages.ts. */
export const documentsEn = {} as const;

export const documentsZh: Record<keyof typeof documentsEn, string> = {};
