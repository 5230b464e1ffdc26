import type { z } from 'zod';
import type { clientInput, clientListInput } from '../../core/schemas';
import type { Client, Contact, Page } from '../../core/types';
import type { Database } from '../connection';
import { afterCursor, decodeCursor, likeContains, page } from '../keyset';
import { nowIso, statementCache } from '../statements';

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
  created_at: string;
  updated_at: string;
  archived_at: string | null;
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
  };
}

const SORT_COLUMNS = { name: 'name', created: 'created_at', updated: 'updated_at' } as const;

export function clientsRepository(db: Database) {
  const sql = statementCache(db);
  const params = (c: ClientData) => ({
    kind: c.kind,
    name: c.name,
    idNumber: c.idNumber,
    address: c.address,
    legalRep: c.legalRep,
    contacts: JSON.stringify(c.contacts),
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
        `INSERT INTO clients (kind, name, id_number, address, legal_rep, contacts, created_at, updated_at)
         VALUES (:kind, :name, :idNumber, :address, :legalRep, :contacts, :now, :now)`,
      ).run({ ...params(c), now });
      return this.get(Number(lastInsertRowid))!;
    },

    update(id: number, c: ClientData): Client {
      sql(
        `UPDATE clients SET kind = :kind, name = :name, id_number = :idNumber, address = :address,
           legal_rep = :legalRep, contacts = :contacts, updated_at = :now WHERE id = :id`,
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

    list(q: ListQuery): Page<Client> {
      const col = SORT_COLUMNS[q.sort];
      const where: string[] = [];
      if (!q.includeArchived) where.push('archived_at IS NULL');
      if (q.kind) where.push('kind = :kind');
      if (q.search) where.push("(name LIKE :term ESCAPE '\\' OR id_number LIKE :term ESCAPE '\\')");
      const cursor = decodeCursor(q.cursor);
      if (cursor) where.push(afterCursor(col, 'id', q.direction));
      const dir = q.direction === 'asc' ? 'ASC' : 'DESC';
      const text = `SELECT * FROM clients ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${col} ${dir}, id ${dir} LIMIT :take`;
      const rows = sql(text).all({
        ...(q.kind ? { kind: q.kind } : {}),
        ...(q.search ? { term: likeContains(q.search) } : {}),
        ...(cursor ? { ck: cursor.key, cid: cursor.id } : {}),
        take: q.limit + 1,
      }) as Row[];
      const clients = rows.map(toClient);
      return page(clients, q.limit, (c) =>
        q.sort === 'name' ? c.name : q.sort === 'created' ? c.createdAt : c.updatedAt,
      );
    },

    count(): number {
      return (
        sql('SELECT count(*) AS n FROM clients WHERE archived_at IS NULL').get() as { n: number }
      ).n;
    },
  };
}

export type ClientsRepository = ReturnType<typeof clientsRepository>;
