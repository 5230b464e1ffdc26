/**
 * The writes a user makes, as the renderer sends them: clients, cases with their listings,
 * notes, checklist statuses, authority events, listing corrections (files and packets:
 * ops-files.ts). Each records in the model what was
 * sent before it is sent (in flight) and what was acknowledged when the answer comes.
 */
import { Temporal } from 'temporal-polyfill';
import { usccCheckChar } from '../../core/ids';
import { today } from '../../core/today';
import type { CaseDetail, Client, Listing, PacketRecord } from '../../core/types';
import type { Api } from './http';
import { cell, newCase, type CaseModel, type Model } from './model';
import type { Random } from './random';

/** Where a kill can be aimed: just after the harness sent this request or saw this event. */
export type KillPoint = 'upload.chunk' | 'upload.finish' | 'packet.start' | 'job.progress';

export interface OpContext {
  api: Api;
  model: Model;
  rnd: Random;
  point(name: KillPoint): void;
  /** Resolves with a packet job's end (from the event stream); null if none came in time. */
  jobDone(jobId: string): Promise<{ ok: boolean; packet?: PacketRecord; message?: string } | null>;
  /** A write the server refused: the workload sends only valid input, so this is reported. */
  refused(channel: string, error: { code: string; message: string }): void;
}

/** Sends one call; null when refused (reported), NoAnswer thrown when the server is gone. */
export async function send<T>(c: OpContext, channel: string, input: unknown): Promise<T | null> {
  const result = await c.api.call(channel, input);
  if (result.ok) return result.value as T;
  c.refused(channel, result.error);
  return null;
}

const daysAgo = (n: number) => Temporal.PlainDate.from(today()).subtract({ days: n }).toString();

function uscc(rnd: Random): string {
  const first17 = `9133010${String(rnd.int(0, 9_999_999_999)).padStart(10, '0')}`;
  return first17 + usccCheckChar(first17);
}

function listingInput(rnd: Random): Record<string, unknown> {
  const month = String(rnd.int(1, 6)).padStart(2, '0');
  const decisionDate = `2024-${month}-${String(rnd.int(1, 9)).padStart(2, '0')}`;
  const later = `2024-${month}-${String(rnd.int(10, 20))}`;
  const base = {
    authority: '杭州市市场监督管理局',
    decisionNo: `杭市监〔2024〕${rnd.nonce()}号`,
    decisionDate,
    reason: `crash ${rnd.nonce()}`,
  };
  return rnd.pick([
    { ...base, regimeId: 'samr-serious-list', listingDate: later },
    { ...base, regimeId: 'cc-penalty-general' },
    { ...base, regimeId: 'samr-penalty-general', publicationDate: later },
  ]);
}

/** The authority events of a case, in order, each dated in the past. */
const FLOW: ((rnd: Random) => Record<string, unknown>)[] = [
  () => ({ type: 'filed', date: daysAgo(60), channel: 'online', overrideReason: 'crash test' }),
  () => ({ type: 'accepted', date: daysAgo(58) }),
  (rnd) => ({ type: 'supplementRequested', date: daysAgo(50), what: `crash ${rnd.nonce()}` }),
  () => ({ type: 'materialsReceived', date: daysAgo(45) }),
  (rnd) => ({ type: 'decided', date: daysAgo(40), outcome: 'repaired', decisionNo: rnd.nonce() }),
  () => ({ type: 'closed', date: daysAgo(30) }),
];

/** Takes in what an acknowledged answer says about a case: listings, checklist, files. */
export function syncCase(m: CaseModel, d: CaseDetail): void {
  m.listingIds = d.listings.map((l) => l.id);
  m.checklist = d.checklist.map((i) => i.documentId);
  for (const item of d.checklist) {
    const state = { status: item.status, note: item.note };
    const docCell = m.documents.get(item.documentId);
    if (docCell) docCell.acked = state;
    else m.documents.set(item.documentId, cell(state));
  }
}

export async function createClient(c: OpContext): Promise<void> {
  const fields = {
    kind: 'company',
    name: `压测${c.rnd.nonce()}科技有限公司`,
    idNumber: uscc(c.rnd),
    address: `杭州市 ${c.rnd.nonce()}`,
  };
  const client = await send<Client>(c, 'clients.create', fields);
  if (!client) return;
  c.model.clients.set(client.id, { id: client.id, fields, name: cell(client.name) });
  c.model.ack({ entity: 'client', entityId: client.id, action: 'create', write: 'clients.create' });
}

export async function updateClient(c: OpContext, id: number): Promise<void> {
  const m = c.model.clients.get(id)!;
  const name = `压测${c.rnd.nonce()}有限公司`;
  m.name.pending.push(name);
  const client = await send<Client>(c, 'clients.update', { ...m.fields, id, name });
  if (!client) return;
  m.name = cell(name);
  m.fields = { ...m.fields, name };
  c.model.ack({
    entity: 'client',
    entityId: id,
    action: 'update',
    field: 'name',
    value: name,
    write: 'clients.update',
  });
}

export async function createCase(c: OpContext, clientId: number): Promise<void> {
  const listings = Array.from({ length: c.rnd.int(1, 2) }, () => listingInput(c.rnd));
  const notes = `crash ${c.rnd.nonce()}`;
  const d = await send<CaseDetail>(c, 'cases.create', { clientId, notes, listings });
  if (!d) return;
  const m = newCase(d.id, clientId, notes);
  syncCase(m, d);
  c.model.cases.set(d.id, m);
  const sigs = d.listings.map((l) => {
    const fields = listings.find((x) => x.decisionNo === l.decisionNo)!;
    c.model.listings.set(l.id, { id: l.id, caseId: d.id, fields, reason: cell(l.reason) });
    return { entity: 'listing', entityId: l.id, action: 'create', write: 'cases.create' };
  });
  c.model.ack({ entity: 'case', entityId: d.id, action: 'create', write: 'cases.create' }, ...sigs);
}

export async function updateNotes(c: OpContext, m: CaseModel): Promise<void> {
  const notes = `crash ${c.rnd.nonce()}`;
  m.notes.pending.push(notes);
  const d = await send<CaseDetail>(c, 'cases.update', { id: m.id, notes });
  if (!d) return;
  m.notes = cell(notes);
  syncCase(m, d);
  c.model.ack({
    entity: 'case',
    entityId: m.id,
    action: 'update',
    field: 'notes',
    value: notes,
    write: 'cases.update',
  });
}

export async function setDocument(c: OpContext, m: CaseModel): Promise<void> {
  const documentId = c.rnd.pick(m.checklist);
  const status = c.rnd.pick(['missing', 'requested', 'received', 'verified', 'notNeeded']);
  const note = `crash ${c.rnd.nonce()}`;
  m.documents.get(documentId)!.pending.push({ status, note });
  const d = await send<CaseDetail>(c, 'documents.set', { caseId: m.id, documentId, status, note });
  if (!d) return;
  syncCase(m, d);
  c.model.ack({
    entity: 'case',
    entityId: m.id,
    action: 'update',
    field: 'documentNote',
    value: note,
    write: 'documents.set',
  });
}

export async function addEvent(c: OpContext, m: CaseModel): Promise<void> {
  const fields = FLOW[m.flowStep]!(c.rnd);
  m.eventInFlight = true;
  const d = await send<CaseDetail>(c, 'events.add', { caseId: m.id, ...fields });
  m.eventInFlight = false;
  if (!d) {
    m.flowDone = true;
    return;
  }
  const added = d.events.map((e) => e.id).filter((id) => !m.events.includes(id));
  m.events.push(...added);
  m.flowStep += 1;
  m.flowDone = m.flowStep >= FLOW.length;
  syncCase(m, d);
  c.model.ack(
    ...added.map((id) => ({
      entity: 'case',
      entityId: m.id,
      action: 'update',
      field: 'eventId' as const,
      value: id,
      write: 'events.add',
    })),
  );
}

export async function editListing(c: OpContext, m: CaseModel): Promise<void> {
  const listing = c.model.listings.get(
    c.rnd.pick(m.listingIds.filter((id) => c.model.listings.has(id))),
  )!;
  const reason = `crash ${c.rnd.nonce()}`;
  listing.reason.pending.push(reason);
  const saved = await send<{ listing: Listing }>(c, 'listings.update', {
    ...listing.fields,
    id: listing.id,
    reason,
  });
  if (!saved) return;
  listing.reason = cell(reason);
  c.model.ack({
    entity: 'listing',
    entityId: listing.id,
    action: 'update',
    field: 'reason',
    value: reason,
    write: 'listings.update',
  });
}

export async function addListing(c: OpContext, m: CaseModel): Promise<void> {
  const fields = listingInput(c.rnd);
  const r = await send<{ detail: CaseDetail }>(c, 'cases.addListing', {
    caseId: m.id,
    listing: fields,
  });
  if (!r) return;
  const added = r.detail.listings.filter((l) => !m.listingIds.includes(l.id));
  syncCase(m, r.detail);
  for (const l of added)
    c.model.listings.set(l.id, { id: l.id, caseId: m.id, fields, reason: cell(l.reason) });
  c.model.ack(
    ...added.map((l) => ({
      entity: 'listing',
      entityId: l.id,
      action: 'create',
      write: 'cases.addListing',
    })),
  );
}
