/**
 * Keyset paging: a page ends at (sort value, id); the next page starts strictly after it.
 * The cursor is opaque to callers (base64url JSON).
 */
export type KeyValue = string | number | null;

export function encodeCursor(key: KeyValue, id: number): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): { key: KeyValue; id: number } | null {
  if (!cursor) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'number') {
      return { key: parsed[0] as KeyValue, id: parsed[1] };
    }
  } catch {
    // A stale or hand-edited cursor restarts from the first page rather than failing.
  }
  return null;
}

/** `(sortExpr, idExpr) > (:ck, :cid)` (or `<` when descending) for the page after the cursor. */
export function afterCursor(sortExpr: string, idExpr: string, direction: 'asc' | 'desc'): string {
  return `(${sortExpr}, ${idExpr}) ${direction === 'asc' ? '>' : '<'} (:ck, :cid)`;
}

/** Escapes LIKE wildcards so a user's "%" or "_" matches itself. */
export function likeContains(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Takes limit+1 rows; the extra one tells whether there is a next page. */
export function page<T extends { id: number }>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => KeyValue,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last), last.id) : null,
  };
}
