/** What an entry changed, field by field: the case page's change line and the CSV export both read it. */

/** Bookkeeping fields that change with every write and say nothing to the reader. */
const SKIP = new Set(['id', 'createdAt', 'updatedAt', 'clientId', 'caseId', 'history', 'moved']);

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The fields whose value differs between before and after (a new record: all of them). */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => !SKIP.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((field) => ({ field, before: b[field], after: a[field] }));
}
