import type { z } from 'zod';
import type { clientInput, clientListInput } from '../../core/schemas';
import type { Client, Contact, Page } from '../../core/types';
import type { Database } from '../connection';
import { sortKey } from '../../core/sort-key';
import { maskClient } from '../../core/personal/mask';
import { page } from '../keyset';
import { listQuery, listWhere, type ListShape } from '../list-query';
import { nowIso, statementCache } from '../statements';
import { nextIdSql } from '../id-floor';

type ClientData = z.output<typeof clientInput>;
type ListQuery = z.output<typeof clientListInput>;

interface Row {
  id: number;
  kind: Client['kind'];
  name: string;
  id_number: string;
  address: string;
  legal_rep: string;
  contacts: string;
  sort_key: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  erased_at: string | null;
}

export function toClient(r: Row): Client {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    idNumber: r.id_number,
    address: r.address,
    legalRep: r.legal_rep,
    contacts: JSON.parse(r.contacts) as Contact[],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    archivedAt: r.archived_at,
    ...(r.erased_at === null ? {} : { erasedAt: r.erased_at }),
  };
}

/** Each on an index led by `archived` (migration 0006); names sort by pinyin (core/sort-key.ts). */
const SORT_COLUMNS = { name: 'sort_key', created: 'created_at', updated: 'updated_at' } as const;

const SEARCH_INDEX = { table: 'client_search', columns: ['name', 'id_number'], id: 'id' } as const;

const listShape = (q: Pick<ListQuery, 'kind'>, sort: string): ListShape => ({
  sort,
  id: 'id',
  archived: 'archived',
  index: SEARCH_INDEX,
  filters: { kind: ['kind', q.kind] },
});

export function clientsRepository(db: Database) {
  const sql = statementCache(db);
  const params = (c: ClientData) => ({
    kind: c.kind,
    name: c.name,
    idNumber: c.idNumber,
    address: c.address,
    legalRep: c.legalRep,
    contacts: JSON.stringify(c.contacts),
    sortKey: sortKey(c.name),
  });

  return {
    get(id: number): Client | null {
      const row = sql('SELECT * FROM clients WHERE id = :id').get({ id }) as Row | undefined;
      return row ? toClient(row) : null;
    },

    findByIdNumber(idNumber: string): Client | null {
      const row = sql('SELECT * FROM clients WHERE id_number = :idNumber').get({ idNumber }) as
        Row | undefined;
      return row ? toClient(row) : null;
    },

    insert(c: ClientData): Client {
      const now = nowIso();
      const { lastInsertRowid } = sql(
        `INSERT INTO clients (id, kind, name, id_number, address, legal_rep, contacts, sort_key, created_at, updated_at)
         VALUES (${nextIdSql('clients')}, :kind, :name, :idNumber, :address, :legalRep, :contacts, :sortKey, :now, :now)`,
      ).run({ ...params(c), now });
      return this.get(Number(lastInsertRowid))!;
    },

    update(id: number, c: ClientData): Client {
      sql(
        `UPDATE clients SET kind = :kind, name = :name, id_number = :idNumber, address = :address,
           legal_rep = :legalRep, contacts = :contacts, sort_key = :sortKey, updated_at = :now
         WHERE id = :id`,
      ).run({ ...params(c), id, now: nowIso() });
      return this.get(id)!;
    },

    archive(id: number): Client {
      const now = nowIso();
      sql('UPDATE clients SET archived_at = :now, updated_at = :now WHERE id = :id').run({
        id,
        now,
      });
      return this.get(id)!;
    },

    restore(id: number): Client {
      sql('UPDATE clients SET archived_at = NULL, updated_at = :now WHERE id = :id').run({
        id,
        now: nowIso(),
      });
      return this.get(id)!;
    },

    list(q: ListQuery): Page<Client> {
      const col = SORT_COLUMNS[q.sort];
      const query = listQuery(q, listShape(q, col));
      const rows = sql(`SELECT * FROM clients ${query.sql}`).all(query.params) as Row[];
      const paged = page(rows, q.limit, (r) => r[col]);
      // Lists carry a person's ID-card number masked (core/personal/mask.ts).
      return {
        items: paged.items.map((r) => maskClient(toClient(r))),
        nextCursor: paged.nextCursor,
      };
    },

    /** How many clients the list's filters and search select (an export's total). */
    countMatching(q: Omit<ListQuery, 'limit' | 'cursor'>): number {
      const { where, params } = listWhere(q, listShape(q, 'id'));
      return (
        sql(`SELECT count(*) AS n FROM clients WHERE ${where.join(' AND ')}`).get(params) as {
          n: number;
        }
      ).n;
    },

    count(): number {
      return (
        // Live clients, kept by migration 0007's triggers.
        (
          sql(
            "SELECT coalesce((SELECT n FROM live_counts WHERE what = 'clients'), 0) AS n",
          ).get() as { n: number }
        ).n
      );
    },
  };
}

export type ClientsRepository = ReturnType<typeof clientsRepository>;
