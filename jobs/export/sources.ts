/**
 * Where each list's rows come from in the export's worker: the list's own repository
 * query, read by its keyset a batch at a time to the end (every matching row, not the
 * loaded page), mapped to the cells of core/export/columns.ts.
 */
import type { z } from 'zod';
import {
  agendaStatus,
  QUEUE_STAGES,
  queueItem,
  stoppedItem,
  type AgendaItem,
} from '../../core/agenda';
import { officialCalendar, withUserYears } from '../../core/dates';
import {
  agendaColumns,
  agendaRow,
  auditColumns,
  auditRows,
  caseColumns,
  caseRow,
  clientColumns,
  clientRow,
  queueColumns,
  queueRow,
  type ExportColumn,
  type ExportRow,
} from '../../core/export';
import type { Lang } from '../../core/messages';
import type { caseListInput, clientListInput } from '../../core/schemas';
import type { AuditQuery } from '../../db/repositories/audit';
import type { DueKey, DueQuery } from '../../db/repositories/case-dates';
import type { Repositories } from '../../db/repositories';
import type { QueueKey } from '../../db/repositories/queue';

type Unpaged<T> = Omit<T, 'limit' | 'cursor'>;

/** What the export reads, prepared by the backend from the list's own input. */
export type ExportSelection =
  | { list: 'cases'; query: Unpaged<z.output<typeof caseListInput>> }
  | { list: 'clients'; query: Unpaged<z.output<typeof clientListInput>> }
  | { list: 'queue'; today: string }
  | { list: 'agenda'; today: string; query: DueQuery }
  | { list: 'audit'; query: Omit<AuditQuery, 'take' | 'beforeId'> };

export interface Batch {
  /** Items of the list read (an audit entry may take several rows). */
  items: number;
  rows: ExportRow[];
  /** False once the list has been read to its end. */
  more: boolean;
}

export interface ExportSource {
  columns: ExportColumn[];
  /** Items the selection holds now (for progress). */
  total: number;
  next(take: number): Batch;
}

const batch = <T>(items: T[], take: number, row: (item: T) => ExportRow[]): Batch => ({
  items: items.length,
  rows: items.flatMap(row),
  more: items.length >= take,
});

/** A list paged by an opaque cursor (the Cases and Clients lists). */
function cursorPaged<T>(
  read: (
    cursor: string | undefined,
    take: number,
  ) => {
    items: T[];
    nextCursor: string | null;
  },
  row: (item: T) => ExportRow,
) {
  let cursor: string | undefined;
  return (take: number): Batch => {
    const page = read(cursor, take);
    cursor = page.nextCursor ?? undefined;
    return { items: page.items.length, rows: page.items.map(row), more: page.nextCursor !== null };
  };
}

function queueSource(repos: Repositories, today: string, lang: Lang): ExportSource {
  const calendar = withUserYears(officialCalendar(), repos.calendars.list());
  let part: 'deadlines' | 'stopped' = 'deadlines';
  let after: QueueKey | null = null;
  const live = new Map(repos.cases.countsByStage().map((s) => [s.stage, s.n]));
  return {
    columns: queueColumns(lang),
    total: QUEUE_STAGES.reduce((n, s) => n + (live.get(s) ?? 0), 0),
    next(take) {
      const items =
        part === 'deadlines'
          ? repos.queue
              .deadlines(QUEUE_STAGES, after, take)
              .map((r) => queueItem(r, today, calendar))
          : repos.queue.stopped(after, take).map(stoppedItem);
      const last = items.at(-1);
      after = last ? { date: last.date, caseId: last.caseId } : after;
      const out = batch(items, take, (q) => [queueRow(q, lang)]);
      // The deadlines read to their end, the stopped clocks follow.
      if (part === 'deadlines' && !out.more) {
        part = 'stopped';
        after = null;
        return { ...out, more: true };
      }
      return out;
    },
  };
}

function agendaSource(
  repos: Repositories,
  today: string,
  query: DueQuery,
  lang: Lang,
): ExportSource {
  let after: DueKey | null = null;
  return {
    columns: agendaColumns(lang),
    total: repos.caseDates.countDue(query),
    next(take) {
      const rows = repos.caseDates.due({ ...query, keyset: { after }, limit: take });
      const last = rows.at(-1);
      if (last)
        after = {
          date: last.date,
          caseId: last.caseId,
          listingId: last.listingId,
          kind: last.kind,
        };
      const items: AgendaItem[] = rows.map((d) => ({ ...d, status: agendaStatus(d, today) }));
      return batch(items, take, (a) => [agendaRow(a, lang)]);
    },
  };
}

export function exportSource(
  repos: Repositories,
  selection: ExportSelection,
  lang: Lang,
  zone: string,
): ExportSource {
  switch (selection.list) {
    case 'cases': {
      const q = selection.query;
      return {
        columns: caseColumns(lang),
        total: repos.cases.countMatching(q),
        next: cursorPaged(
          (cursor, take) => repos.cases.list({ ...q, cursor, limit: take }),
          (c) => caseRow(c, lang, zone),
        ),
      };
    }
    case 'clients': {
      const q = selection.query;
      return {
        columns: clientColumns(lang),
        total: repos.clients.countMatching(q),
        next: cursorPaged(
          (cursor, take) => repos.clients.list({ ...q, cursor, limit: take }),
          (c) => clientRow(c, lang),
        ),
      };
    }
    case 'queue':
      return queueSource(repos, selection.today, lang);
    case 'agenda':
      return agendaSource(repos, selection.today, selection.query, lang);
    case 'audit': {
      const q = selection.query;
      let beforeId: number | null = null;
      return {
        columns: auditColumns(lang, zone),
        total: repos.audit.count(q),
        next(take) {
          const entries = repos.audit.page({ ...q, beforeId, take });
          beforeId = entries.at(-1)?.id ?? beforeId;
          return batch(entries, take, (e) => auditRows(e, lang, zone));
        },
      };
    }
  }
}
