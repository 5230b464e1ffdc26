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

/** Absent, null and '' all read "nothing": a change between them is no change to a reader. */
const same = (x: unknown, y: unknown) => JSON.stringify(x ?? '') === JSON.stringify(y ?? '');

/** The fields whose value differs between before and after (a new record: all it has). */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => !SKIP.has(k) && !same(b[k], a[k]))
    .map((field) => ({ field, before: b[field], after: a[field] }));
}
