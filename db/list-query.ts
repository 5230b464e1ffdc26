/**
 * The WHERE and ORDER BY of a searchable list paged by keyset (the Cases and Clients
 * lists): the active or archived rows, equality filters given, the search through the
 * list's trigram index, the page after the cursor, ties broken by id.
 */
import { afterCursor, decodeCursor } from './keyset';
import { textFilter } from './search';

export interface ListShape {
  /** The column the sort reads (on an index led by `archived`). */
  sort: string;
  id: string;
  archived: string;
  index: { table: string; columns: readonly string[]; id: string };
  /** Parameter name → [column, value]; an undefined value is no filter. */
  filters?: Record<string, [string, string | number | undefined]>;
}

export interface ListRequest {
  search: string;
  archived: boolean;
  direction: 'asc' | 'desc';
  limit: number;
  cursor?: string | undefined;
}

/** The rows the filters and search select, without order or cursor (for a count). */
export function listWhere(
  q: Omit<ListRequest, 'direction' | 'limit' | 'cursor'>,
  shape: ListShape,
) {
  const where = [`${shape.archived} = :archived`];
  const params: Record<string, string | number | null> = { archived: q.archived ? 1 : 0 };
  for (const [name, [column, value]] of Object.entries(shape.filters ?? {})) {
    if (value === undefined) continue;
    where.push(`${column} = :${name}`);
    params[name] = value;
  }
  const text = textFilter(q.search, shape.index);
  if (text) {
    where.push(text.sql);
    Object.assign(params, text.params);
  }
  return { where, params };
}

export function listQuery(q: ListRequest, shape: ListShape) {
  const { where, params } = listWhere(q, shape);
  params.take = q.limit + 1;
  const cursor = decodeCursor(q.cursor);
  if (cursor) {
    where.push(afterCursor(shape.sort, shape.id, q.direction));
    Object.assign(params, { ck: cursor.key, cid: cursor.id });
  }
  const dir = q.direction === 'asc' ? 'ASC' : 'DESC';
  return {
    sql: `WHERE ${where.join(' AND ')} ORDER BY ${shape.sort} ${dir}, ${shape.id} ${dir} LIMIT :take`,
    params,
  };
}
