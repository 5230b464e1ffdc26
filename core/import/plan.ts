/**
 * What an import would add: its rows read (core/import/row.ts), grouped into clients and
 * cases (rows with the same case reference, or without one the same client, form one case),
 * their event columns made into the case's events by the event form's own schema, and every
 * problem named at its row and cell. The import may run only when no row that is not
 * skipped has an error.
 */
import { encodeMessage as m } from '../messages';
import { eventFields, type EventFields } from '../lifecycle/events';
import { normaliseHeader } from './headers';
import type { ImportField } from './fields';
import { readRow, type ClientData, type ListingData, type ReadRow, type RowEvents } from './row';
import {
  rowKey,
  type Cell,
  type ImportSheet,
  type Mapping,
  type RowProblem,
  type RowRef,
} from './types';

/** What is stored already, as the plan asks it. */
export interface ExistingRecords {
  client(idNumber: string): { id: number; name: string; archived: boolean } | null;
  /** Whether this client has a listing of the regime with this decision number. */
  hasListing(clientId: number, regimeId: string, decisionNo: string): boolean;
}

export const NO_RECORDS: ExistingRecords = { client: () => null, hasListing: () => false };

export interface PlannedClient {
  idNumber: string;
  /** The stored client this one is matched to by its code; null: created. */
  existingId: number | null;
  data: ClientData;
}

export interface PlannedCase {
  idNumber: string;
  assignee: string;
  notes: string;
  listings: ListingData[];
  events: EventFields[];
  rows: RowRef[];
}

export interface ImportCounts {
  rows: number;
  skipped: number;
  rowsWithErrors: number;
  clientsNew: number;
  clientsMatched: number;
  listings: number;
  cases: number;
  events: number;
}

export interface ImportPlan {
  clients: PlannedClient[];
  cases: PlannedCase[];
  problems: RowProblem[];
  counts: ImportCounts;
  /** An unskipped row has an error: nothing may be written. */
  blocked: boolean;
}

/** A case holds at most this many listings (caseCreateInput). */
const MAX_LISTINGS = 50;

/** Each sheet's column index of each field the mapping gives it. */
export function columnsOf(sheet: ImportSheet, mapping: Mapping): Map<ImportField, number> {
  const columns = new Map<ImportField, number>();
  sheet.headers.forEach((h, i) => {
    const target = mapping[normaliseHeader(h)];
    if (target && target !== 'ignore' && !columns.has(target)) columns.set(target, i);
  });
  return columns;
}

type EventKey = keyof RowEvents;

/** The case's events from its rows' columns: the first row that fills a column gives it. */
function caseEvents(rows: ReadRow[], listings: ListingData[], problems: RowProblem[]) {
  const from = new Map<EventKey, { value: string; ref: RowRef }>();
  for (const r of rows) {
    for (const key of Object.keys(r.events) as EventKey[]) {
      const value = r.events[key];
      if (value === '') continue;
      const first = from.get(key);
      if (!first) from.set(key, { value, ref: r.ref });
      else if (first.value !== value)
        problems.push({
          ...r.ref,
          field: key,
          severity: 'error',
          message: m('import.caseConflict', { value, other: first.value, row: first.ref.row }),
        });
    }
  }
  const at = (key: EventKey) => from.get(key);
  const problem = (key: EventKey, message: string) =>
    problems.push({ ...at(key)!.ref, field: key, severity: 'error', message });
  const events: EventFields[] = [];
  const add = (
    key: EventKey,
    fields: Record<string, unknown>,
    fieldOf: Record<string, EventKey>,
  ) => {
    const parsed = eventFields.safeParse(fields);
    if (parsed.success) return events.push(parsed.data);
    for (const issue of parsed.error.issues) {
      const k = fieldOf[String(issue.path[0])] ?? key;
      problems.push({
        ...(at(k) ?? at(key))!.ref,
        field: k,
        severity: 'error',
        message: issue.message,
      });
    }
  };
  const filed = at('filedDate')?.value;
  const accepted = at('acceptedDate')?.value;
  const decided = at('decidedDate')?.value;
  if (filed) {
    const latest = listings
      .flatMap((l) => [l.decisionDate, l.listingDate, l.publicationDate])
      .filter((d) => d !== '')
      .sort()
      .at(-1);
    if (latest && latest > filed)
      problem('filedDate', m('import.filedBeforeListing', { filed, date: latest }));
    add('filedDate', { type: 'filed', date: filed, channel: 'online' }, {});
  }
  if (accepted) {
    if (!filed) problem('acceptedDate', m('import.needsFiled'));
    else if (accepted < filed)
      problem('acceptedDate', m('import.acceptedBeforeFiled', { accepted, filed }));
    add('acceptedDate', { type: 'accepted', date: accepted }, {});
  }
  const outcomeGiven = at('outcome') ?? at('outcomeNo');
  if (decided || outcomeGiven) {
    if (!decided) {
      problems.push({
        ...outcomeGiven!.ref,
        field: 'decidedDate',
        severity: 'error',
        message: m('field.required'),
      });
    } else {
      const earlier = accepted ?? filed;
      if (!filed) problem('decidedDate', m('import.needsFiled'));
      else if (earlier && decided < earlier)
        problem('decidedDate', m('import.decidedBeforeFiled', { decided, earlier }));
      add(
        'decidedDate',
        {
          type: 'decided',
          date: decided,
          outcome: at('outcome')?.value,
          decisionNo: at('outcomeNo')?.value ?? '',
          reasons: at('outcomeReasons')?.value ?? '',
        },
        {
          date: 'decidedDate',
          outcome: 'outcome',
          decisionNo: 'outcomeNo',
          reasons: 'outcomeReasons',
        },
      );
    }
  }
  return events;
}

export function planImport(
  sheets: readonly ImportSheet[],
  mapping: Mapping,
  skipped: ReadonlySet<string>,
  existing: ExistingRecords = NO_RECORDS,
): ImportPlan {
  const problems: RowProblem[] = [];
  const read: ReadRow[] = [];
  let rows = 0;
  sheets.forEach((sheet, s) => {
    const columns = columnsOf(sheet, mapping);
    sheet.rows.forEach((cells, i) => {
      if (cells.every((c) => c === null || String(c).trim() === '')) return;
      rows++;
      const ref = { sheet: s, row: i + 2 };
      if (skipped.has(rowKey(ref))) return;
      const value = (f: ImportField): Cell | undefined => {
        const c = columns.get(f);
        return c === undefined ? undefined : cells[c];
      };
      read.push(readRow(ref, value, problems));
    });
  });

  const clients = new Map<string, PlannedClient & { name: string; row: number }>();
  const cases = new Map<string, PlannedCase & { read: ReadRow[] }>();
  const listingsSeen = new Map<string, number>();
  for (const r of read) {
    if (!r.client) continue;
    const known = clients.get(r.idNumber);
    if (!known) {
      const stored = existing.client(r.idNumber);
      if (stored?.archived)
        problems.push({
          ...r.ref,
          field: 'idNumber',
          severity: 'error',
          message: m('import.clientArchived', { name: stored.name }),
        });
      else if (stored) {
        problems.push({
          ...r.ref,
          field: 'idNumber',
          severity: 'note',
          message: m('import.clientMatched', { name: stored.name }),
        });
        if (stored.name !== r.client.name)
          problems.push({
            ...r.ref,
            field: 'clientName',
            severity: 'warning',
            message: m('import.clientNameDiffers', { name: stored.name }),
          });
      }
      clients.set(r.idNumber, {
        idNumber: r.idNumber,
        existingId: stored?.id ?? null,
        data: r.client,
        name: r.client.name,
        row: r.ref.row,
      });
    } else if (known.name !== r.client.name) {
      problems.push({
        ...r.ref,
        field: 'clientName',
        severity: 'warning',
        message: m('import.clientNameVaries', { name: known.name, row: known.row }),
      });
    }
    if (!r.listing) continue;
    const listingKey = `${r.idNumber}|${r.listing.regimeId}|${r.listing.decisionNo}`;
    const twin = listingsSeen.get(listingKey);
    if (twin !== undefined) {
      problems.push({
        ...r.ref,
        field: 'decisionNo',
        severity: 'error',
        message: m('import.duplicateRow', { row: twin }),
      });
      continue;
    }
    listingsSeen.set(listingKey, r.ref.row);
    const clientId = clients.get(r.idNumber)!.existingId;
    if (
      clientId !== null &&
      existing.hasListing(clientId, r.listing.regimeId, r.listing.decisionNo)
    ) {
      problems.push({
        ...r.ref,
        field: 'decisionNo',
        severity: 'error',
        message: m('import.listingExists', { decisionNo: r.listing.decisionNo }),
      });
      continue;
    }
    const caseKey = r.caseRef ? `ref:${r.caseRef}` : `client:${r.idNumber}`;
    const planned = cases.get(caseKey);
    if (!planned) {
      cases.set(caseKey, {
        idNumber: r.idNumber,
        assignee: r.assignee,
        notes: r.notes,
        listings: [r.listing],
        events: [],
        rows: [r.ref],
        read: [r],
      });
    } else if (planned.idNumber !== r.idNumber) {
      problems.push({
        ...r.ref,
        field: 'caseRef',
        severity: 'error',
        message: m('import.caseOtherClient', { caseRef: r.caseRef, row: planned.rows[0]!.row }),
      });
    } else if (planned.listings.length >= MAX_LISTINGS) {
      problems.push({
        ...r.ref,
        field: 'caseRef',
        severity: 'error',
        message: m('field.listingsMax', { max: MAX_LISTINGS }),
      });
    } else {
      planned.listings.push(r.listing);
      planned.rows.push(r.ref);
      planned.read.push(r);
      planned.assignee ||= r.assignee;
      planned.notes ||= r.notes;
    }
  }
  const planned = [...cases.values()].map(({ read: caseRows, ...c }) => ({
    ...c,
    events: caseEvents(caseRows, c.listings, problems),
  }));

  const errorRows = new Set(problems.filter((p) => p.severity === 'error').map(rowKey));
  const plannedClients = [...clients.values()].map(({ idNumber, existingId, data }) => ({
    idNumber,
    existingId,
    data,
  }));
  return {
    clients: plannedClients,
    cases: planned,
    problems: problems.sort((a, b) => a.sheet - b.sheet || a.row - b.row),
    counts: {
      rows,
      skipped: rows - read.length,
      rowsWithErrors: errorRows.size,
      clientsNew: plannedClients.filter((c) => c.existingId === null).length,
      clientsMatched: plannedClients.filter((c) => c.existingId !== null).length,
      listings: planned.reduce((n, c) => n + c.listings.length, 0),
      cases: planned.length,
      events: planned.reduce((n, c) => n + c.events.length, 0),
    },
    blocked: errorRows.size > 0,
  };
}
