/**
 * The checks on the database after a kill, made with the server stopped: the file is
 * sound; every acknowledged write is there with its value and its history entry; every
 * multi-row write is whole (no case without its listings, dates or history entry, no
 * event, file or packet without its entry). Then the model takes what is there as the
 * new baseline: what landed in flight is committed now.
 */
import type { InspectedData } from '../../db/inspect';
import type { Cell, Model } from './model';

export type Category = 'lost' | 'halfWritten' | 'integrity';

export interface Problem {
  category: Category;
  text: string;
}

function group<T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return map;
}

/** Every check of one inspection of the data file. */
export function checkDatabase(data: InspectedData, model: Model): Problem[] {
  const problems: Problem[] = [];
  const fail = (category: Category, text: string) => problems.push({ category, text });

  if (data.integrity.join() !== 'ok')
    fail('integrity', `integrity_check: ${data.integrity.join('; ')}`);
  if (data.foreignKeyViolations > 0)
    fail('integrity', `foreign_key_check: ${data.foreignKeyViolations} rows`);

  const history = group(data.history, (h) => `${h.entity}:${h.entityId}`);
  const entries = (entity: string, id: number) => history.get(`${entity}:${id}`) ?? [];
  const created = (entity: string, id: number) =>
    entries(entity, id).some((h) => h.action === 'create');

  // Acknowledged writes: each history entry they made must be there.
  for (const sig of model.history) {
    const found = entries(sig.entity, sig.entityId).some(
      (h) => h.action === sig.action && (!sig.field || h[sig.field] === sig.value),
    );
    if (!found)
      fail(
        'lost',
        `${sig.write} acknowledged, but no history entry ${sig.entity} ${sig.entityId} ${sig.field ?? sig.action}=${sig.value ?? ''}`,
      );
  }

  // Acknowledged values: the last one, or one that was in flight at the kill.
  const clients = new Map(data.clients.map((c) => [c.id, c]));
  const cases = new Map(data.cases.map((c) => [c.id, c]));
  const listings = new Map(data.listings.map((l) => [l.id, l]));
  const events = group(data.events, (e) => e.caseId);
  const docs = new Map(data.documents.map((d) => [`${d.caseId}:${d.documentId}`, d]));
  const files = new Map(data.files.map((f) => [f.id, f]));
  const packets = new Map(data.packets.map((p) => [p.id, p]));
  const holds = <T>(
    what: string,
    c: Cell<T>,
    actual: T | undefined,
    eq = (a: T, b: T) => a === b,
  ) => {
    if (actual === undefined) return fail('lost', `${what}: missing`);
    if (![c.acked, ...c.pending].some((v) => eq(v, actual)))
      fail('lost', `${what}: ${JSON.stringify(actual)}, acknowledged ${JSON.stringify(c.acked)}`);
  };
  for (const c of model.clients.values())
    holds(`client ${c.id} name`, c.name, clients.get(c.id)?.name);
  for (const l of model.listings.values())
    holds(`listing ${l.id} reason`, l.reason, listings.get(l.id)?.reason);
  for (const m of model.cases.values()) {
    holds(`case ${m.id} notes`, m.notes, cases.get(m.id)?.notes);
    for (const [documentId, cell] of m.documents) {
      const row = docs.get(`${m.id}:${documentId}`);
      // An item never set has no row: it reads as missing, with no note.
      const actual = row ? { status: row.status, note: row.note } : { status: 'missing', note: '' };
      holds(
        `case ${m.id} document ${documentId}`,
        cell,
        actual,
        (a, b) => a.status === b.status && a.note === b.note,
      );
    }
    const eventIds = new Set((events.get(m.id) ?? []).map((e) => e.id));
    for (const id of m.events)
      if (!eventIds.has(id)) fail('lost', `case ${m.id} event ${id}: missing`);
    for (const f of m.files.values()) {
      const row = files.get(f.id);
      if (!row || row.sha256 !== f.sha256) fail('lost', `file ${f.id} of case ${m.id}: missing`);
      else holds(`file ${f.id} removed`, f.removed, row.removed);
    }
    for (const [id, sha] of m.packets)
      if (packets.get(id)?.sha256 !== sha) fail('lost', `packet ${id} of case ${m.id}: missing`);
  }

  // Whole writes, acknowledged or not.
  const caseListings = group(data.caseListings, (cl) => cl.caseId);
  const listingIds = new Map<number, Set<number>>();
  for (const c of data.clients)
    if (!created('client', c.id)) fail('halfWritten', `client ${c.id} has no history entry`);
  for (const c of data.cases) {
    if (!created('case', c.id)) fail('halfWritten', `case ${c.id} has no history entry`);
    const own = caseListings.get(c.id) ?? [];
    listingIds.set(c.id, new Set(own.map((cl) => cl.listingId)));
    if (own.length === 0) fail('halfWritten', `case ${c.id} has no listing`);
    for (const { listingId } of own) {
      const listing = listings.get(listingId);
      if (!listing || listing.clientId !== c.clientId)
        fail('halfWritten', `case ${c.id}: listing ${listingId} is not its client's`);
      if (!created('listing', listingId))
        fail('halfWritten', `listing ${listingId} of case ${c.id} has no history entry`);
    }
  }
  for (const d of data.caseDates)
    if (!listingIds.get(d.caseId)?.has(d.listingId))
      fail(
        'halfWritten',
        `case ${d.caseId}: a ${d.kind} date of listing ${d.listingId}, not in the case`,
      );
  const logged = (field: 'eventId' | 'fileId' | 'packetId', caseId: number, id: number) =>
    entries('case', caseId).some((h) => h[field] === id);
  for (const e of data.events)
    if (!logged('eventId', e.caseId, e.id))
      fail('halfWritten', `event ${e.id} of case ${e.caseId} has no history entry`);
  for (const f of data.files)
    if (!logged('fileId', f.caseId, f.id))
      fail('halfWritten', `file ${f.id} of case ${f.caseId} has no history entry`);
  for (const p of data.packets)
    if (!logged('packetId', p.caseId, p.id))
      fail('halfWritten', `packet ${p.id} of case ${p.caseId} has no history entry`);
  return problems;
}

/** What the data holds now is the baseline of the next cycle (and what the workers build on). */
export function reconcile(data: InspectedData, model: Model): void {
  const settle = <T>(c: Cell<T>, actual: T | undefined) => {
    if (actual !== undefined) c.acked = actual;
    c.pending = [];
  };
  const docs = new Map(data.documents.map((d) => [`${d.caseId}:${d.documentId}`, d]));
  const events = group(data.events, (e) => e.caseId);
  const files = group(data.files, (f) => f.caseId);
  const packets = group(data.packets, (p) => p.caseId);
  const clients = new Map(data.clients.map((c) => [c.id, c]));
  const listings = new Map(data.listings.map((l) => [l.id, l]));
  const cases = new Map(data.cases.map((c) => [c.id, c]));
  for (const c of model.clients.values()) {
    settle(c.name, clients.get(c.id)?.name);
    c.fields = { ...c.fields, name: c.name.acked };
  }
  for (const l of model.listings.values()) settle(l.reason, listings.get(l.id)?.reason);
  for (const m of model.cases.values()) {
    settle(m.notes, cases.get(m.id)?.notes);
    for (const [documentId, cell] of m.documents) {
      const row = docs.get(`${m.id}:${documentId}`);
      settle(cell, row ? { status: row.status, note: row.note } : cell.acked);
    }
    const landed = (events.get(m.id) ?? []).map((e) => e.id);
    if (m.eventInFlight && landed.length > m.events.length) m.flowStep += 1;
    m.events = landed;
    m.eventInFlight = false;
    for (const f of files.get(m.id) ?? []) {
      const known = m.files.get(f.id);
      if (known) settle(known.removed, f.removed);
      else if (m.uploadsInFlight.includes(f.sha256))
        m.files.set(f.id, {
          id: f.id,
          caseId: m.id,
          sha256: f.sha256,
          removed: { acked: f.removed, pending: [] },
          // Only PDFs and PNGs are uploaded: both go into a packet.
          embeddable: true,
        });
    }
    m.uploadsInFlight = [];
    if (m.packetInFlight) for (const p of packets.get(m.id) ?? []) m.packets.set(p.id, p.sha256);
    m.packetInFlight = false;
  }
}
