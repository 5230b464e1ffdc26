/** Test support for the find tests: a fresh database and rows written through the repositories. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { usccCheckChar } from '../../core/ids';
import { openDatabase, type Database } from '../connection';
import { createRepositories, type Repositories } from '../repositories';

export interface FindKit {
  db: Database;
  repos: Repositories;
  /** A company client with a valid code made from `n`. */
  client(name: string, n: number): number;
  /** A case of the client with one listing per decision number (authority given once). */
  kase(
    clientId: number,
    o?: { decisionNos?: string[]; authority?: string; assignee?: string; notes?: string },
  ): number;
  /** The ids of the cases a search finds, in id order. */
  found(search: string, archived?: boolean): number[];
}

export function uscc(n: number): string {
  const first17 = `91350100M${String(n).padStart(6, '0')}Y4`.slice(0, 17);
  return first17 + usccCheckChar(first17);
}

export function findKit(): FindKit {
  const db = openDatabase(mkdtempSync(join(tmpdir(), 'xiufu-find-')));
  const repos = createRepositories(db);
  return {
    db,
    repos,
    client: (name, n) =>
      repos.clients.insert({
        kind: 'company',
        name,
        idNumber: uscc(n),
        address: '',
        legalRep: '',
        contacts: [],
      }).id,
    kase(clientId, o = {}) {
      const listings = (o.decisionNos ?? ['决定 1号']).map((decisionNo) =>
        repos.listings.insert(clientId, {
          regimeId: 'samr-serious-list',
          authority: o.authority ?? '杭州市市场监督管理局',
          decisionNo,
          decisionDate: '2025-01-02',
          listingDate: '2025-01-03',
          publicationDate: '',
          reason: '',
          penaltyAmount: '',
          penaltyPaid: false,
        }),
      );
      return repos.cases.insert({
        clientId,
        assignee: o.assignee ?? '',
        notes: o.notes ?? '',
        listingIds: listings.map((l) => l.id),
        catalogueVersion: '2026.1',
      });
    },
    found: (search, archived = false) =>
      repos.cases
        .list({ search, archived, sort: 'created', direction: 'asc', limit: 200 })
        .items.map((c) => c.id)
        .sort((a, b) => a - b),
  };
}
