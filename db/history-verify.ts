/**
 * Walks the history chain (db/history-chain.ts) from its first entry by id, in pages read
 * from the primary key, and names the first entry that does not hold and how: edited,
 * deleted, inserted, reordered, erased without an erasure entry that lists it — and, through
 * checkpoints handed out earlier, a tail truncated and rewritten with fresh hashes.
 */
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { ChainBreak, ChainEntryRef, ChainVerdict, Checkpoint } from '../core/integrity';
import { contentHash, GENESIS, linkOfRow, type ChainRow } from './history-chain';

type Row = ChainRow;

type Db = BetterSqlite3.Database;

export interface WalkOptions {
  /** Checkpoints handed out earlier (remembered, in backup manifests, saved by the user). */
  checkpoints?: readonly Checkpoint[];
  signal?: AbortSignal;
  /** Progress by id: `done` is the id reached, `total` the last id. */
  onProgress?: (done: number, total: number) => void;
  pageSize?: number;
  now?: () => string;
}

export const refOf = (r: Row): ChainEntryRef => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  entity: r.entity,
  entityId: r.entity_id,
  action: r.action,
});

const linkOf = (r: Row) => linkOfRow(r.prev_hash, r, r.content_hash);

const EMPTY_CONTENT = contentHash(null, null);
/** Its content is gone: erased, or both sides emptied by hand. */
const contentGone = (r: Row) =>
  r.erased_at !== null ||
  (r.before === null && r.after === null && r.content_hash !== EMPTY_CONTENT);

/** Whether this database's history is a chain yet (data version 9 on; older ones are migrated later). */
export function hasChain(db: Db): boolean {
  return (
    db.prepare("SELECT 1 FROM pragma_table_info('history') WHERE name = 'hash'").get() !== undefined
  );
}

/** Each erased entry id, and the first erasure entry that lists it (its `after.erasedHistoryIds`). */
function erasures(db: Db): Map<number, number> {
  const listed = new Map<number, number>();
  const rows = db
    .prepare("SELECT id, after FROM history WHERE action = 'erase' ORDER BY id")
    .all() as { id: number; after: string | null }[];
  for (const { id, after } of rows) {
    let ids: unknown;
    try {
      ids =
        after === null
          ? null
          : (JSON.parse(after) as { erasedHistoryIds?: unknown }).erasedHistoryIds;
    } catch {
      continue;
    }
    if (!Array.isArray(ids)) continue;
    for (const e of ids) if (typeof e === 'number' && !listed.has(e)) listed.set(e, id);
  }
  return listed;
}

/** The chain's head now, without walking it: for checkpoints handed out between verifications. */
export function chainHead(db: Db, known?: { id: number; count: number }): Omit<Checkpoint, 'at'> {
  const base = known ?? { id: 0, count: 0 };
  const more = db
    .prepare('SELECT count(*) AS n, max(id) AS id FROM history WHERE id > ?')
    .get(base.id) as { n: number; id: number | null };
  const id = more.id ?? base.id;
  const head = db.prepare('SELECT hash FROM history WHERE id = ?').get(id) as
    { hash: string } | undefined;
  return { count: base.count + more.n, id, hash: head?.hash ?? GENESIS };
}

/** The row with this id, and the first one after it. */
const rowAt = (db: Db, id: number) =>
  db.prepare('SELECT * FROM history WHERE id = ?').get(id) as Row | undefined;
const rowAfter = (db: Db, id: number) =>
  db.prepare('SELECT * FROM history WHERE id > ? ORDER BY id LIMIT 1').get(id) as Row | undefined;

/**
 * What happened at `r`, the first entry that does not hold. `prev` is the hash it should
 * link to (the entry before it, `p`); `ppHash` the hash `p` should link to.
 */
function classify(
  db: Db,
  r: Row,
  p: Row | null,
  ppHash: string,
  prev: string,
  listed: Map<number, number>,
): ChainBreak | null {
  const gone = contentGone(r);
  if (!gone && contentHash(r.before, r.after) !== r.content_hash)
    return { kind: 'edited', part: 'content', entry: refOf(r) };
  if (gone && !((listed.get(r.id) ?? 0) > r.id)) return { kind: 'erased', entry: refOf(r) };
  const holds = linkOf(r) === r.hash;
  if (r.prev_hash === prev && holds) return null;
  if (r.prev_hash !== prev) {
    // p links where r should: p was put in between.
    if (p && r.prev_hash === ppHash) return { kind: 'inserted', entry: refOf(p) };
    // r links to an entry that comes after it: entries were moved.
    const later = db
      .prepare('SELECT 1 FROM history WHERE hash = ? AND id > ?')
      .get(r.prev_hash, r.id);
    if (later) return { kind: 'reordered', entry: refOf(r) };
  }
  // The entry after r links to p: the chain goes on as if r were not there.
  const next = rowAfter(db, r.id);
  if (next && next.prev_hash === prev) return { kind: 'inserted', entry: refOf(r) };
  if (r.prev_hash === prev) return { kind: 'edited', part: 'facts', entry: refOf(r) };
  // r links to a hash no entry has. Right after p (no id between them), p itself was
  // rewritten with a recomputed hash; otherwise the entry between them was deleted.
  if (p && r.id === p.id + 1 && linkOf(p) === p.hash)
    return { kind: 'edited', part: 'facts', entry: refOf(p) };
  return { kind: 'deleted', entry: refOf(r) };
}

/** The first checkpoint that no longer holds, as a break after the last one that does. */
function rewritten(db: Db, cp: Checkpoint, good: Checkpoint | undefined): ChainBreak {
  const afterId = good?.id ?? 0;
  const first = rowAfter(db, afterId);
  return { kind: 'rewritten', afterId, checkpoint: cp, entry: first ? refOf(first) : null };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Walks the whole chain; yields between pages so a cancel can arrive. */
export async function verifyChain(db: Db, opts: WalkOptions = {}): Promise<ChainVerdict> {
  const now = opts.now ?? (() => new Date().toISOString());
  const size = opts.pageSize ?? 5000;
  // A checkpoint of the empty chain vouches for nothing: every chain begins there.
  const checkpoints = (opts.checkpoints ?? [])
    .filter((cp) => cp.id > 0)
    .sort((a, b) => a.id - b.id || a.count - b.count);
  const listed = erasures(db);
  const last =
    (db.prepare('SELECT max(id) AS id FROM history').get() as { id: number | null }).id ?? 0;
  const page = db.prepare('SELECT * FROM history WHERE id > ? ORDER BY id LIMIT ?');
  const broken = (found: ChainBreak): ChainVerdict => ({
    state: 'broken',
    checkedAt: now(),
    found,
  });

  let prev = GENESIS;
  let ppHash = GENESIS;
  let p: Row | null = null;
  let count = 0;
  let cpAt = 0;
  let good: Checkpoint | undefined;
  for (
    let rows = page.all(0, size) as Row[];
    rows.length > 0;
    rows = page.all(p!.id, size) as Row[]
  ) {
    opts.signal?.throwIfAborted();
    for (const r of rows) {
      const found = classify(db, r, p, ppHash, prev, listed);
      if (found) return broken(found);
      count += 1;
      // Checkpoints at ids passed over (an entry deleted there) or at this entry.
      for (; cpAt < checkpoints.length && checkpoints[cpAt]!.id <= r.id; cpAt++) {
        const cp = checkpoints[cpAt]!;
        if (cp.id !== r.id || cp.hash !== r.hash || cp.count !== count) {
          // An entry put in here shows at the next one's link: that names it better.
          const next = rowAfter(db, r.id);
          const there = next && classify(db, next, r, prev, r.hash, listed);
          return broken(there || rewritten(db, cp, good));
        }
        good = cp;
      }
      ppHash = prev;
      prev = r.hash;
      p = r;
    }
    opts.onProgress?.(p!.id, last);
    await tick();
  }
  // A checkpoint beyond today's head: the tail was cut off.
  const beyond = checkpoints[cpAt];
  if (beyond) return broken(rewritten(db, beyond, good));
  return {
    state: 'intact',
    checkedAt: now(),
    head: { count, id: p?.id ?? 0, hash: prev, at: now() },
  };
}

/** Whether today's chain still has a saved checkpoint's hash at its entry (O(1): by id). */
export function holdsAt(db: Db, cp: Checkpoint): { holds: boolean; found: ChainEntryRef | null } {
  if (cp.id === 0) return { holds: cp.hash === GENESIS && cp.count === 0, found: null };
  const r = rowAt(db, cp.id) ?? rowAfter(db, cp.id);
  return { holds: r?.id === cp.id && r.hash === cp.hash, found: r ? refOf(r) : null };
}
