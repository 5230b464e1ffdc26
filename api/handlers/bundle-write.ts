/**
 * Writes the cases of a checked bundle (jobs/bundle-read.ts) in one transaction: clients
 * matched by their code (USCC / ID number) or added, then each case with its listings,
 * events, checklist, files, packets and letters under new ids, its dates computed here, and
 * its history entry naming the bundle and its SHA-256 with the source's history kept as
 * content (the local chain is only ever appended to, by recordHistory). The files land in
 * the attachment store first (encrypted where the folder is), each hash's lock held until
 * the rows that name them are committed.
 */
import { customIdOfKey } from '../../core/bundle/links';
import type { BundleCase, BundleClient, BundleHistory } from '../../core/bundle/format';
import type { NotEnclosed } from '../../core/documents';
import { eventIdOfItemKey, eventItemKey } from '../../core/lifecycle';
import { clientInput, fenToYuan, listingInput } from '../../core/schemas';
import { customKey } from '../../db/repositories/custom-items';
import type { ReadBundle } from '../../jobs/bundle-read';
import type { HandlerContext } from './context';
import { actorOf, recordHistory } from './context';
import { refreshCase } from './refresh';

export interface BundleSource {
  filename: string;
  sha256: string;
  bundle: ReadBundle;
}

/** Holds each hash's lock (stored, in sorted order) while `write` records the rows. */
function withStored<T>(
  ctx: HandlerContext,
  files: [string, Uint8Array][],
  write: () => T,
): Promise<T> {
  const [first, ...rest] = files;
  if (!first) return Promise.resolve(write());
  return ctx.store.put({ bytes: first[1] }, () => withStored(ctx, rest, write));
}

/** The client a bundle's client is here: the one with the same code, else a new one. */
function localClient(
  ctx: HandlerContext,
  client: BundleClient,
  origin: Record<string, unknown>,
): number {
  const data = clientInput.parse(client);
  const existing = ctx.repos.clients.findByIdNumber(data.idNumber);
  if (existing) return existing.id;
  const created = ctx.repos.clients.insert(data);
  recordHistory(ctx, 'client', created.id, 'create', null, { ...created, importedFrom: origin });
  return created.id;
}

function writeCase(
  ctx: HandlerContext,
  c: BundleCase,
  history: BundleHistory,
  clientId: number,
  origin: Record<string, unknown>,
  sizeOf: (sha256: string) => number,
): number {
  const { repos } = ctx;
  const listingIds = c.listings.map((l) => {
    const listing = repos.listings.insert(
      clientId,
      listingInput.parse({ ...l, penaltyAmount: fenToYuan(l.penaltyFen) }),
    );
    if (l.archivedAt) repos.listings.archive(listing.id);
    recordHistory(ctx, 'listing', listing.id, 'create', null, repos.listings.get(listing.id));
    return listing.id;
  });
  const caseId = repos.cases.insert({
    clientId,
    assignee: c.case.assignee,
    notes: c.case.notes,
    listingIds,
    catalogueVersion: c.case.catalogueVersion,
  });
  const events = new Map(
    c.events.map((e) => [
      e.id,
      repos.events.insert({ caseId, type: e.type, date: e.date, data: e.data, actor: e.createdBy })
        .id,
    ]),
  );
  const items = new Map(
    c.customItems.map((i) => [
      i.id,
      repos.customItems.add(caseId, i.name, i.required, actorOf(ctx)).id,
    ]),
  );
  // Item keys name events and custom items by id: they follow the new ids.
  const key = (k: string) => {
    const event = eventIdOfItemKey(k);
    if (event !== null) return eventItemKey(events.get(event)!);
    const item = customIdOfKey(k);
    return item === null ? k : customKey(items.get(item)!);
  };
  for (const d of c.documents)
    repos.documents.set(caseId, key(d.documentId), d.status, d.note, d.updatedBy, d.validUntil);
  const fileIds = new Map(
    c.files.map((f) => {
      repos.files.recordAttachment(f.sha256, f.size);
      const { sha256, filename, mime, size, addedBy, notEmbeddable } = f;
      const file = { sha256, filename, mime, size, addedBy, notEmbeddable };
      return [f.id, repos.files.add({ ...file, caseId, itemKey: key(f.itemKey) }).id];
    }),
  );
  for (const p of [...c.packets].reverse()) {
    repos.files.recordAttachment(p.sha256, sizeOf(p.sha256));
    const { sha256, filename, pageCount, lang, createdBy, overrideReason } = p;
    const packet = { sha256, filename, pageCount, lang, createdBy, overrideReason };
    repos.files.addPacket({ ...packet, caseId, notEnclosed: p.notEnclosed as NotEnclosed[] });
  }
  for (const v of [...c.letters].sort((a, b) => a.id - b.id)) {
    const { kind, lang, version, savedBy } = v;
    const doc = v.doc as Parameters<typeof repos.letterVersions.add>[0]['doc'];
    repos.letterVersions.add({
      caseId,
      kind,
      lang,
      version,
      doc,
      savedBy,
      fileId: fileIds.get(v.fileId)!,
    });
  }
  if (c.case.archivedAt) repos.cases.archive(caseId);
  refreshCase(ctx, caseId);
  recordHistory(ctx, 'case', caseId, 'create', null, {
    ...repos.cases.get(caseId),
    importedFrom: origin,
    // The source's own history, as content: its entries are no links of this chain.
    sourceHistory: history,
  });
  return caseId;
}

/** Adds the cases of `sourceIds`; answers their new ids in the same order. */
export async function writeBundle(
  ctx: HandlerContext,
  source: BundleSource,
  sourceIds: number[],
): Promise<number[]> {
  const { manifest, clients, cases, files } = source.bundle;
  const chosen = cases.filter((c) => sourceIds.includes(c.record.case.id));
  const hashes = new Set(
    chosen.flatMap((c) => [...c.record.files, ...c.record.packets].map((f) => f.sha256)),
  );
  const stored = [...hashes].sort().map((h): [string, Uint8Array] => [h, files[h]!]);
  return withStored(ctx, stored, () =>
    ctx.repos.transaction(() => {
      const clientIds = new Map<number, number>();
      return chosen.map(({ record, history }) => {
        const origin = {
          bundle: source.filename,
          sha256: source.sha256,
          sourceFolderId: manifest.sourceFolderId,
          sourceCaseId: record.case.id,
          exportedAt: manifest.createdAt,
        };
        const client = clients.find((k) => k.id === record.case.clientId)!;
        if (!clientIds.has(client.id)) clientIds.set(client.id, localClient(ctx, client, origin));
        const caseId = writeCase(
          ctx,
          record,
          history,
          clientIds.get(client.id)!,
          origin,
          (h) => files[h]!.length,
        );
        ctx.repos.bundles.record({
          sourceFolder: manifest.sourceFolderId,
          sourceCase: record.case.id,
          caseId,
          bundleName: source.filename,
          bundleSha256: source.sha256,
          exportedAt: manifest.createdAt,
        });
        return caseId;
      });
    }),
  );
}
