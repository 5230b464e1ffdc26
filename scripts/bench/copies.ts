/**
 * Sizes above what seeding through the channels can build in reasonable time (1,000,000
 * cases) are copies of a seeded set, made with SQL as the issue allows: every firm of the
 * set again (only the original rows are read: copies own higher ids) with its own ids and ID number, its listings, case, events, computed dates,
 * documents and history. The search index follows through the schema's own triggers.
 * Attachments are not copied (the seeded set has none).
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { idNumberOf } from './firms';
import { chainHashOfSql, GENESIS } from '../../db/history-chain';

/** SQL functions that link copied history entries onto the chain (db/history-chain.ts), row by row. */
function benchChain(db: BetterSqlite3.Database) {
  let prev = GENESIS;
  db.function('bench_prev', () => prev);
  db.function('bench_link', { varargs: true }, (...facts) => (prev = chainHashOfSql(prev, facts)));
  return {
    start() {
      const head = db.prepare('SELECT hash FROM history ORDER BY id DESC LIMIT 1').get() as
        { hash: string } | undefined;
      prev = head?.hash ?? GENESIS;
    },
  };
}

/** Each table copied, and how its ids and references move with each copy. */
const TABLES: { table: string; owner: string; shift: Record<string, string> }[] = [
  { table: 'clients', owner: 'id', shift: { id: 'clients' } },
  { table: 'listings', owner: 'client_id', shift: { id: 'listings', client_id: 'clients' } },
  { table: 'cases', owner: 'client_id', shift: { id: 'cases', client_id: 'clients' } },
  {
    table: 'case_listings',
    owner: '(SELECT client_id FROM cases WHERE id = case_id)',
    shift: { case_id: 'cases', listing_id: 'listings' },
  },
  {
    table: 'case_events',
    owner: '(SELECT client_id FROM cases WHERE id = case_id)',
    shift: { id: 'case_events', case_id: 'cases' },
  },
  {
    table: 'case_dates',
    owner: '(SELECT client_id FROM cases WHERE id = case_id)',
    shift: { case_id: 'cases', listing_id: 'listings' },
  },
  {
    table: 'case_documents',
    owner: '(SELECT client_id FROM cases WHERE id = case_id)',
    shift: { case_id: 'cases' },
  },
  {
    table: 'checklist_custom',
    owner: '(SELECT client_id FROM cases WHERE id = case_id)',
    shift: { id: 'checklist_custom', case_id: 'cases' },
  },
];
const HISTORY_OWNER = `CASE entity WHEN 'client' THEN entity_id
  WHEN 'listing' THEN (SELECT client_id FROM listings WHERE id = entity_id)
  ELSE (SELECT client_id FROM cases WHERE id = entity_id) END`;

/** Copies the seeded folder `from` (`base` cases, one client each) into `to`, grown to `target` cases. */
export function copyTo(from: string, to: string, base: number, target: number): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const src = new BetterSqlite3(join(from, 'xiufu.db'), { readonly: true });
  src.prepare('VACUUM INTO ?').run(join(to, 'xiufu.db'));
  src.close();
  copyFileSync(join(from, 'bench-seed.json'), join(to, 'bench-seed-base.json'));
  const db = new BetterSqlite3(join(to, 'xiufu.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.function('bench_id', (kind, i) => idNumberOf(kind as 'company' | 'person', Number(i)));
  const chain = benchChain(db);
  // Offsets rounded to tens, so a copied person's number still ends in 9 (idNumberOf).
  const offset: Record<string, number> = {};
  for (const t of ['clients', 'listings', 'cases', 'case_events', 'checklist_custom', 'history']) {
    const max = (db.prepare(`SELECT max(id) FROM ${t}`).pluck().get() as number | null) ?? 0;
    offset[t] = Math.ceil((max + 1) / 10) * 10;
  }
  const columns = (t: string) =>
    (db.pragma(`table_xinfo(${t})`) as { name: string; hidden: number }[])
      .filter((c) => c.hidden === 0)
      .map((c) => c.name);
  const copies = Math.ceil(target / base);
  for (let k = 1; k < copies; k++) {
    // The last copy takes only the firms still missing.
    const firms = Math.min(base, target - k * base);
    const lastClient = db
      .prepare('SELECT id FROM clients WHERE id <= ? ORDER BY id LIMIT 1 OFFSET ?')
      .pluck()
      .get(offset.clients, firms - 1) as number;
    db.transaction(() => {
      for (const { table, owner, shift } of TABLES) {
        const cols = columns(table);
        const values = cols.map((c) => {
          if (table === 'clients' && c === 'id_number')
            return `bench_id(kind, id - 1 + ${k * offset.clients!})`;
          return shift[c] ? `${c} + ${k * offset[shift[c]]!}` : c;
        });
        // Only the seeded rows are read, found by an index: reading every copy made so far
        // made each copy slower than the last (99 copies to reach 1,000,000 from 10,000).
        const original = shift.id ? `id < ${offset[shift.id]!}` : `case_id < ${offset.cases!}`;
        db.exec(
          `INSERT INTO ${table} (${cols.join(', ')}) SELECT ${values.join(', ')} FROM ${table}
           WHERE ${original} AND ${owner} <= ${lastClient}`,
        );
      }
      const cols = columns('history');
      const newId = `id + ${k * offset.history!}`;
      const newEntityId = `entity_id + CASE entity WHEN 'client' THEN ${k * offset.clients!} WHEN 'listing' THEN ${k * offset.listings!} ELSE ${k * offset.cases!} END`;
      if (cols.includes('hash')) chain.start();
      const values = cols.map((c) =>
        c === 'id'
          ? newId
          : c === 'entity_id'
            ? newEntityId
            : c === 'prev_hash'
              ? 'bench_prev()'
              : c === 'hash'
                ? `bench_link(${newId}, at, actor, entity, ${newEntityId}, action, content_hash)`
                : c,
      );
      // Rows in id order, columns left to right: each copied entry is linked after the last.
      // NOT INDEXED: read through an index (entity, …) SQLite computes the columns in that
      // order and sorts afterwards, which links the entries out of order.
      db.exec(
        `INSERT INTO history (${cols.join(', ')}) SELECT ${values.join(', ')} FROM history NOT INDEXED
         WHERE id < ${offset.history} AND entity IN ('client', 'listing', 'case') AND ${HISTORY_OWNER} <= ${lastClient}
         ORDER BY id`,
      );
    })();
    console.log(`  copy ${k}/${copies - 1}: ${firms} firms`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  writeFileSync(
    join(to, 'bench-seed.json'),
    JSON.stringify({ cases: target, copiedFrom: base }) + '\n',
  );
}
