/**
 * What the user typed in a search box, as a filter on a trigram FTS5 index. Terms of three
 * or more characters go through MATCH, each quoted as a phrase so that nothing the user
 * types ("AND", "-", "*", a quote) is read as query syntax; a trigram index cannot match
 * fewer than three characters, so shorter terms (北京, "A1") are matched with LIKE on the
 * index's own columns. Every term must match (AND), in any column.
 */
import { likeContains } from './keyset';

export interface TextFilter {
  /** `<id> IN (SELECT rowid FROM <index> WHERE …)` */
  sql: string;
  params: Record<string, string>;
}

const TRIGRAM = 3;

/** The phrase query FTS5 reads `term` as, literally. */
export function quotePhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

export function splitTerms(text: string): { long: string[]; short: string[] } {
  // A NUL separates terms too: FTS5 reads its query as a C string, so a NUL inside a
  // phrase would end the query there ("unterminated string").
  // eslint-disable-next-line no-control-regex -- the NUL is what is looked for
  const terms = text.split(/[\s\u0000]+/u).filter((t) => t !== '');
  return {
    long: terms.filter((t) => [...t].length >= TRIGRAM),
    short: terms.filter((t) => [...t].length < TRIGRAM),
  };
}

/** Null when there is nothing to search for. */
export function textFilter(
  text: string,
  index: { table: string; columns: readonly string[]; id: string },
): TextFilter | null {
  const { long, short } = splitTerms(text);
  if (long.length === 0 && short.length === 0) return null;
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (long.length > 0) {
    where.push(`${index.table} MATCH :match`);
    params.match = long.map(quotePhrase).join(' ');
  }
  short.forEach((term, i) => {
    const name = `short${i}`;
    params[name] = likeContains(term);
    where.push(`(${index.columns.map((c) => `${c} LIKE :${name} ESCAPE '\\'`).join(' OR ')})`);
  });
  return {
    sql: `${index.id} IN (SELECT rowid FROM ${index.table} WHERE ${where.join(' AND ')})`,
    params,
  };
}
