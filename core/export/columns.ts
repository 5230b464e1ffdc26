/**
 * Each list's columns as its screen shows them, in the user's language, and its rows as
 * cells: a stage as the user reads it, a masked ID number as it was masked, an erased
 * client by that fact. Dates are typed as dates and counts as numbers, so the .xlsx writer
 * can give them real cells; the CSV writes them as the text and numbers they are.
 */
import { AGENDA_STATUS_LABELS, DATE_KIND_LABELS, type AgendaItem } from '../agenda';
import { auditColumnNames, auditCsvRows } from '../audit/csv';
import type { AuditEntry } from '../audit/types';
import { instantDate } from '../instant';
import { STAGE_LABELS } from '../lifecycle/transitions';
import { translateMessage as tr, type Lang, type MessageKey } from '../messages';
import { REGIMES } from '../regimes';
import type { CaseSummary, Client, QueueItem } from '../types';
import type { CsvCell } from './csv';

export const EXPORT_LISTS = ['cases', 'clients', 'queue', 'agenda', 'audit'] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** 'date': a `YYYY-MM-DD` text, written to .xlsx as a date cell. */
export type ColumnType = 'text' | 'date' | 'number';

export interface ExportColumn {
  name: string;
  type: ColumnType;
  /** Characters wide in a spreadsheet (a Chinese character takes two). */
  width: number;
}

export type ExportRow = CsvCell[];

type Spec = [key: MessageKey, type: ColumnType, width: number];

const columns = (specs: Spec[], lang: Lang): ExportColumn[] =>
  specs.map(([key, type, width]) => ({ name: tr(key, lang), type, width }));

const client = (name: string, lang: Lang) => (name === '' ? tr('export.erasedClient', lang) : name);
const regime = (id: string, lang: Lang) => REGIMES[id as keyof typeof REGIMES]?.name[lang] ?? id;

export function caseColumns(lang: Lang): ExportColumn[] {
  return columns(
    [
      ['export.col.client', 'text', 32],
      ['export.col.code', 'text', 22],
      ['export.col.stage', 'text', 20],
      ['export.col.listings', 'number', 10],
      ['export.col.assignee', 'text', 16],
      ['export.col.nextDue', 'date', 12],
      ['export.col.updated', 'date', 12],
    ],
    lang,
  );
}

/** `zone`: the user's, in which "Updated" is a day (the screen shows it so). */
export function caseRow(c: CaseSummary, lang: Lang, zone: string): ExportRow {
  return [
    client(c.clientName, lang),
    c.clientIdNumber,
    STAGE_LABELS[c.stage][lang],
    c.listingCount,
    c.assignee,
    c.nextDue,
    instantDate(c.updatedAt, zone),
  ];
}

export function clientColumns(lang: Lang): ExportColumn[] {
  return columns(
    [
      ['export.col.name', 'text', 36],
      ['export.col.identifier', 'text', 22],
      ['export.col.kind', 'text', 10],
    ],
    lang,
  );
}

/** `c.idNumber` comes masked from the list's repository, and stays so. */
export function clientRow(c: Client, lang: Lang): ExportRow {
  return [client(c.name, lang), c.idNumber, tr(`export.kind.${c.kind}`, lang)];
}

export function queueColumns(lang: Lang): ExportColumn[] {
  return columns(
    [
      ['export.col.client', 'text', 32],
      ['export.col.deadline', 'text', 22],
      ['export.col.date', 'date', 12],
      ['export.col.daysLeft', 'number', 10],
      ['export.col.counting', 'text', 16],
      ['export.col.regime', 'text', 28],
      ['export.col.authority', 'text', 28],
      ['export.col.stage', 'text', 20],
    ],
    lang,
  );
}

/** Days left are negative once overdue; a stopped clock has none, and says so. */
export function queueRow(q: QueueItem, lang: Lang): ExportRow {
  const stopped = q.status === 'stopped';
  const counting = stopped
    ? tr('export.clockStopped', lang)
    : q.unit === 'calendar'
      ? tr('export.calendarDays', lang)
      : tr('export.workingDays', lang);
  return [
    client(q.clientName, lang),
    stopped ? tr('export.awaitingMaterial', lang) : DATE_KIND_LABELS[q.kind][lang],
    q.date,
    stopped ? null : q.daysLeft,
    counting,
    regime(q.regimeId, lang),
    q.authority,
    STAGE_LABELS[q.stage][lang],
  ];
}

export function agendaColumns(lang: Lang): ExportColumn[] {
  return columns(
    [
      ['export.col.date', 'date', 12],
      ['export.col.status', 'text', 12],
      ['export.col.what', 'text', 26],
      ['export.col.client', 'text', 32],
      ['export.col.regime', 'text', 28],
      ['export.col.authority', 'text', 28],
      ['export.col.provisional', 'text', 10],
    ],
    lang,
  );
}

export function agendaRow(a: AgendaItem, lang: Lang): ExportRow {
  return [
    a.date,
    AGENDA_STATUS_LABELS[a.status][lang],
    DATE_KIND_LABELS[a.kind][lang],
    client(a.clientName, lang),
    regime(a.regimeId, lang),
    a.authority,
    a.provisional ? tr('export.yes', lang) : '',
  ];
}

const AUDIT_WIDTHS = [20, 14, 24, 28, 30, 18, 30, 30];

/** The audit log's columns: all text (the time is written with its zone's day and minute). */
export function auditColumns(lang: Lang, zone: string): ExportColumn[] {
  return auditColumnNames(lang, zone).map((name, i) => ({
    name,
    type: 'text',
    width: AUDIT_WIDTHS[i] ?? 20,
  }));
}

/** An entry takes one row per changed field (core/audit/csv.ts). */
export function auditRows(entry: AuditEntry, lang: Lang, zone: string): ExportRow[] {
  return auditCsvRows(entry, lang, zone);
}

/** The file's name says what and when: `xiufu-cases-2026-12-01.xlsx`. */
export function exportFilename(list: ExportList, format: ExportFormat, today: string): string {
  return `xiufu-${list}-${today}.${format}`;
}
