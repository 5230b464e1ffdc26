/**
 * The import's write path: a plan (core/import/plan.ts) written as one batch in one
 * transaction: clients (or the stored ones matched by code), listings, cases, their
 * events, each with its history entry as typed input writes it; every case's dates
 * computed by the rules engine as a typed case's are (core/recompute); the batch recorded
 * with the ids it added. A dry run goes the whole way and rolls back. Between batches of
 * cases it yields, so a cancel is heard; a cancel rolls back: nothing is written.
 */
import { officialCalendar, withUserYears } from '../core/dates';
import { encodeMessage as m, translateMessage, type Lang } from '../core/messages';
import type { ImportCounts, ImportPlan } from '../core/import/plan';
import { computedOf, RECOMPUTE_BATCH, stateFrom } from '../core/recompute';
import { CATALOGUE_VERSION } from '../core/rules';
import { today } from '../core/today';
import type { Database } from '../db/connection';
import type { Repositories } from '../db/repositories';
import type { BatchRecords } from '../db/repositories/imports';
import { deferCaseSearch, resumeCaseSearch } from '../db/search-deferral';
import { openTransaction } from '../db/write-snapshot';
import { ImportRefusal } from './import-read';

export interface ImportFileRef {
  name: string;
  sha256: string;
}

export interface WriteOptions {
  files: ImportFileRef[];
  actor: string;
  /** Remembered for the next import with these headers. */
  mapping: { key: string; value: Record<string, string> };
  dryRun: boolean;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

class DryRunDone extends Error {}

export async function writeImport(
  db: Database,
  repos: Repositories,
  plan: ImportPlan,
  opts: WriteOptions,
): Promise<{ batchId: number | null; counts: ImportCounts }> {
  if (plan.blocked)
    throw new ImportRefusal(m('import.blocked', { count: plan.counts.rowsWithErrors }));
  const tx = openTransaction(db);
  try {
    // Written row by row, the search index's triggers would grow the batch faster than its
    // rows (migration 0016); each new case's row is written once at the end instead.
    deferCaseSearch(db);
    const { batchId, caseIds } = await write(repos, plan, opts);
    resumeCaseSearch(db, caseIds);
    if (opts.dryRun) throw new DryRunDone();
    tx.commit();
    return { batchId, counts: plan.counts };
  } catch (err) {
    tx.rollback();
    if (err instanceof DryRunDone) return { batchId: null, counts: plan.counts };
    throw err;
  }
}

async function write(
  repos: Repositories,
  plan: ImportPlan,
  opts: WriteOptions,
): Promise<{ batchId: number; caseIds: number[] }> {
  const history = (
    entity: 'client' | 'listing' | 'case',
    id: number,
    action: 'create' | 'update',
    after: unknown,
  ) =>
    repos.history.record({ actor: opts.actor, entity, entityId: id, action, before: null, after });
  const batchId = repos.imports.begin({ files: opts.files, createdBy: opts.actor });
  const origin = { importBatch: batchId, files: opts.files };
  const added: BatchRecords = { clients: [], listings: [], cases: [], events: [] };

  const clientIds = new Map<string, number>();
  for (const c of plan.clients) {
    // A client another window added since the preview is matched, as the preview would have.
    const id = c.existingId ?? repos.clients.findByIdNumber(c.idNumber)?.id;
    if (id !== undefined) {
      clientIds.set(c.idNumber, id);
      continue;
    }
    const client = repos.clients.insert(c.data);
    history('client', client.id, 'create', { ...client, ...origin });
    clientIds.set(c.idNumber, client.id);
    added.clients.push(client.id);
  }

  const calendar = withUserYears(officialCalendar(), repos.calendars.list());
  const now = today();
  const total = plan.cases.length;
  for (let i = 0; i < total; i += RECOMPUTE_BATCH) {
    const ids: number[] = [];
    for (const c of plan.cases.slice(i, i + RECOMPUTE_BATCH)) {
      const clientId = clientIds.get(c.idNumber)!;
      const listings = c.listings.map((l) => repos.listings.insert(clientId, l));
      for (const l of listings) history('listing', l.id, 'create', { ...l, ...origin });
      const record = {
        clientId,
        assignee: c.assignee,
        notes: c.notes,
        listingIds: listings.map((l) => l.id),
        catalogueVersion: CATALOGUE_VERSION,
      };
      const caseId = repos.cases.insert(record);
      history('case', caseId, 'create', { id: caseId, ...record, ...origin });
      for (const e of c.events) {
        const { type, date, ...data } = e;
        const stored = repos.events.insert({ caseId, type, date, data, actor: opts.actor });
        history('case', caseId, 'update', { event: { id: stored.id, ...e }, ...origin });
        added.events.push(stored.id);
      }
      added.listings.push(...listings.map((l) => l.id));
      added.cases.push(caseId);
      ids.push(caseId);
    }
    // The same recompute a typed case gets (api/handlers/refresh.ts), read in bulk.
    for (const inputs of repos.caseInputs.forCases(ids)) {
      const state = stateFrom(inputs, calendar, now);
      repos.caseInputs.store(inputs.id, computedOf(inputs, state, now), now);
    }
    opts.onProgress?.(Math.min(i + RECOMPUTE_BATCH, total), total);
    await nextTurn();
    opts.signal?.throwIfAborted();
  }

  repos.imports.addRecords(batchId, 'client', added.clients);
  repos.imports.addRecords(batchId, 'listing', added.listings);
  repos.imports.addRecords(batchId, 'case', added.cases);
  repos.imports.addRecords(batchId, 'event', added.events);
  repos.imports.saveMapping(opts.mapping.key, opts.mapping.value);
  repos.imports.finish(batchId, { ...plan.counts });
  return { batchId, caseIds: added.cases };
}

const NAMED = 10;

/**
 * Removes exactly what a batch added, in one transaction, each removal in the history
 * (whose entries stay); refused, naming the records, when any changed since or the user's
 * own records depend on them.
 */
export function undoImport(
  db: Database,
  repos: Repositories,
  batchId: number,
  actor: string,
  lang: Lang,
): BatchRecords {
  return db
    .transaction(() => {
      const batch = repos.imports.get(batchId);
      if (!batch) throw new ImportRefusal(m('import.unknownBatch'));
      if (batch.undoneAt) throw new ImportRefusal(m('import.undoneAlready'));
      const blockers = repos.imports.blockers(batchId);
      if (blockers.length > 0) {
        const key = {
          client: 'import.recordClient',
          listing: 'import.recordListing',
          case: 'import.recordCase',
        } as const;
        const names = blockers
          .slice(0, NAMED)
          .map((b) => translateMessage(m(key[b.entity], { id: b.id, label: b.label }), lang));
        if (blockers.length > NAMED)
          names.push(
            translateMessage(m('import.andMore', { count: blockers.length - NAMED }), lang),
          );
        throw new ImportRefusal(
          m('import.undoBlocked', { records: names.join(lang === 'zh' ? '；' : '; ') }),
        );
      }
      const records = repos.imports.records(batchId);
      const removal = { undoneImport: batchId, files: batch.files };
      const entry = (entity: 'client' | 'listing' | 'case', id: number) =>
        repos.history.record({
          actor,
          entity,
          entityId: id,
          action: 'update',
          before: { importBatch: batchId },
          after: { removed: true, ...removal },
        });
      records.cases.forEach((id) => entry('case', id));
      records.listings.forEach((id) => entry('listing', id));
      records.clients.forEach((id) => entry('client', id));
      repos.demo.remove({
        clients: records.clients,
        cases: records.cases,
        listings: records.listings,
      });
      repos.imports.markUndone(batchId);
      return records;
    })
    .immediate();
}
