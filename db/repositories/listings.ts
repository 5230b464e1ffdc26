import type { z } from 'zod';
import { yuanToFen, type listingInput, type listingListInput } from '../../core/schemas';
import type { Listing, Page } from '../../core/types';
import type { Database } from '../connection';
import { afterCursor, decodeCursor, likeContains, page } from '../keyset';
import { nowIso, statementCache } from '../statements';
import { nextIdSql } from '../id-floor';

type ListingData = z.output<typeof listingInput>;
type ListQuery = z.output<typeof listingListInput>;

interface Row {
  id: number;
  client_id: number;
  regime_id: Listing['regimeId'];
  authority: string;
  decision_no: string;
  decision_date: string;
  listing_date: string;
  publication_date: string;
  reason: string;
  penalty_fen: number | null;
  penalty_paid: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export function toListing(r: Row): Listing {
  return {
    id: r.id,
    clientId: r.client_id,
    regimeId: r.regime_id,
    authority: r.authority,
    decisionNo: r.decision_no,
    decisionDate: r.decision_date,
    listingDate: r.listing_date,
    publicationDate: r.publication_date,
    reason: r.reason,
    penaltyFen: r.penalty_fen,
    penaltyPaid: r.penalty_paid === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    archivedAt: r.archived_at,
  };
}

const SORT_COLUMNS = { decisionDate: 'decision_date', created: 'created_at' } as const;

export function listingsRepository(db: Database) {
  const sql = statementCache(db);
  const params = (l: ListingData) => ({
    regimeId: l.regimeId,
    authority: l.authority,
    decisionNo: l.decisionNo,
    decisionDate: l.decisionDate,
    listingDate: l.listingDate,
    publicationDate: l.publicationDate,
    reason: l.reason,
    penaltyFen: yuanToFen(l.penaltyAmount),
    penaltyPaid: l.penaltyPaid ? 1 : 0,
  });

  return {
    get(id: number): Listing | null {
      const row = sql('SELECT * FROM listings WHERE id = :id').get({ id }) as Row | undefined;
      return row ? toListing(row) : null;
    },

    insert(clientId: number, l: ListingData): Listing {
      const now = nowIso();
      const { lastInsertRowid } = sql(
        `INSERT INTO listings (id, client_id, regime_id, authority, decision_no, decision_date, listing_date,
           publication_date, reason, penalty_fen, penalty_paid, created_at, updated_at)
         VALUES (${nextIdSql('listings')}, :clientId, :regimeId, :authority, :decisionNo, :decisionDate, :listingDate,
           :publicationDate, :reason, :penaltyFen, :penaltyPaid, :now, :now)`,
      ).run({ ...params(l), clientId, now });
      return this.get(Number(lastInsertRowid))!;
    },

    update(id: number, l: ListingData): Listing {
      sql(
        `UPDATE listings SET regime_id = :regimeId, authority = :authority, decision_no = :decisionNo,
           decision_date = :decisionDate, listing_date = :listingDate, publication_date = :publicationDate,
           reason = :reason, penalty_fen = :penaltyFen, penalty_paid = :penaltyPaid, updated_at = :now
         WHERE id = :id`,
      ).run({ ...params(l), id, now: nowIso() });
      return this.get(id)!;
    },

    archive(id: number): Listing {
      const now = nowIso();
      sql('UPDATE listings SET archived_at = :now, updated_at = :now WHERE id = :id').run({
        id,
        now,
      });
      return this.get(id)!;
    },

    forCase(caseId: number): Listing[] {
      const rows = sql(
        `SELECT l.* FROM listings l JOIN case_listings cl ON cl.listing_id = l.id
         WHERE cl.case_id = :caseId ORDER BY l.decision_date, l.id`,
      ).all({ caseId }) as Row[];
      return rows.map(toListing);
    },

    forClient(clientId: number): Listing[] {
      const rows = sql(
        'SELECT * FROM listings WHERE client_id = :clientId ORDER BY decision_date, id',
      ).all({ clientId }) as Row[];
      return rows.map(toListing);
    },

    list(q: ListQuery): Page<Listing> {
      const col = SORT_COLUMNS[q.sort];
      const where: string[] = [];
      if (!q.includeArchived) where.push('archived_at IS NULL');
      if (q.clientId) where.push('client_id = :clientId');
      if (q.regimeId) where.push('regime_id = :regimeId');
      if (q.search) {
        where.push(
          "(decision_no LIKE :term ESCAPE '\\' OR authority LIKE :term ESCAPE '\\' OR reason LIKE :term ESCAPE '\\')",
        );
      }
      const cursor = decodeCursor(q.cursor);
      if (cursor) where.push(afterCursor(col, 'id', q.direction));
      const dir = q.direction === 'asc' ? 'ASC' : 'DESC';
      const rows = sql(
        `SELECT * FROM listings ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY ${col} ${dir}, id ${dir} LIMIT :take`,
      ).all({
        ...(q.clientId ? { clientId: q.clientId } : {}),
        ...(q.regimeId ? { regimeId: q.regimeId } : {}),
        ...(q.search ? { term: likeContains(q.search) } : {}),
        ...(cursor ? { ck: cursor.key, cid: cursor.id } : {}),
        take: q.limit + 1,
      }) as Row[];
      return page(rows.map(toListing), q.limit, (l) =>
        q.sort === 'created' ? l.createdAt : l.decisionDate,
      );
    },
  };
}

export type ListingsRepository = ReturnType<typeof listingsRepository>;
