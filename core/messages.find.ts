/** Messages of one area: Search, sorting, archive and restore. Merged into core/messages.ts. */
export const findEn = {
  'error.notArchived':
    'The {entity} “{name}” is not archived, so there is nothing to restore. Reload the page to see it as it is.',
  'error.clientArchived':
    'The client of this case, {name}, is archived. Restore the client together with the case, or restore the client first (Clients › Archived), then the case.',
} as const;

export const findZh: Record<keyof typeof findEn, string> = {
  'error.notArchived': '{entity}“{name}”未归档，无需恢复。请刷新页面查看其当前状态。',
  'error.clientArchived':
    '本案件的客户“{name}”已归档。请将客户与案件一同恢复，或先恢复该客户（客户 › 已归档），再恢复案件。',
};
