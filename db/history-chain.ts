/**
 * The history log as a hash chain (issue 11). Each entry's content (before/after) is hashed
 * on its own, and the chain links only that content hash with the entry's facts: erasing
 * personal data later empties the content without breaking the chain.
 *
 * The same two functions are registered as SQL functions on every writable connection, so
 * an entry is appended by one INSERT … SELECT that reads the head under the write lock: no
 * other connection (a worker saving a holiday year, a restore) can slip an entry in between.
 */
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

/** The `prev_hash` of the first entry. */
export const GENESIS = '0'.repeat(64);

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The hash of an entry's content: its stored before/after JSON texts (or null). */
export function contentHash(before: string | null, after: string | null): string {
  return sha256(JSON.stringify([before, after]));
}

/** The facts of an entry the chain covers, besides its content hash. */
export interface ChainFacts {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: number;
  action: string;
  contentHash: string;
}

/** The entry's link: the previous link and everything about the entry but its content. */
export function chainHash(prevHash: string, f: ChainFacts): string {
  return sha256(
    JSON.stringify([prevHash, f.id, f.at, f.actor, f.entity, f.entityId, f.action, f.contentHash]),
  );
}

/** A history row as stored, with its link in the chain. */
export interface ChainRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: number;
  action: string;
  before: string | null;
  after: string | null;
  content_hash: string;
  prev_hash: string;
  hash: string;
  erased_at: string | null;
}

/** A stored row's link after `prevHash`, taking `content` as its content hash. */
export const linkOfRow = (
  prevHash: string,
  r: Pick<ChainRow, 'id' | 'at' | 'actor' | 'entity' | 'entity_id' | 'action'>,
  content: string,
): string =>
  chainHash(prevHash, {
    id: r.id,
    at: r.at,
    actor: r.actor,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    contentHash: content,
  });

/** Makes `content_hash(before, after)` and `chain_hash(prev, id, at, actor, entity, entity_id, action, content_hash)` callable from SQL. */
export function registerChainFunctions(db: BetterSqlite3.Database): void {
  db.function('content_hash', { deterministic: true }, (before: unknown, after: unknown) =>
    contentHash(before as string | null, after as string | null),
  );
  db.function('chain_hash', { deterministic: true, varargs: true }, (prev, ...facts) =>
    chainHashOfSql(String(prev), facts),
  );
}

/** chainHash of the facts as SQL passes them: id, at, actor, entity, entity_id, action, content_hash. */
export function chainHashOfSql(prev: string, facts: unknown[]): string {
  const [id, at, actor, entity, entityId, action, content] = facts;
  return chainHash(prev, {
    id: Number(id),
    at: String(at),
    actor: String(actor),
    entity: String(entity),
    entityId: Number(entityId),
    action: String(action),
    contentHash: String(content),
  });
}

/** Appends one entry after the current head, in one statement (see the file comment). */
export const APPEND_SQL = `
  INSERT INTO history (id, at, actor, entity, entity_id, action, before, after, content_hash, prev_hash, hash)
  SELECT head.id, :at, :actor, :entity, :entityId, :action, :before, :after, c.hash, head.hash,
         chain_hash(head.hash, head.id, :at, :actor, :entity, :entityId, :action, c.hash)
  FROM (SELECT coalesce(max(id), 0) + 1 AS id,
               coalesce((SELECT hash FROM history ORDER BY id DESC LIMIT 1), '${GENESIS}') AS hash
        FROM history) AS head,
       (SELECT content_hash(:before, :after) AS hash) AS c`;
