/**
 * The audit log as CSV: one line per changed field (an entry that changed no field, or
 * whose content was erased, takes one line), columns time (in the user's zone), person,
 * kind, client, case, field, before, after. The rows are those every export writes
 * (core/export/columns.ts, to CSV or .xlsx); the CSV rules — byte-order mark, quoting,
 * formulas neutralised — are core/export/csv.ts, shared by every list.
 */
import { instantDateTime } from '../instant';
import { listingLabel } from '../listing-label';
import { translateMessage, type Lang } from '../messages';
import { REGIMES, type RegimeId } from '../regimes';
import { fenToYuan } from '../schemas';
import { changedFields } from './changes';
import { fieldLabel } from './field-labels';
import { caseLabel, type AuditEntry } from './types';

/** The column names, in the user's language; the time's names the zone it is written in. */
export function auditColumnNames(lang: Lang, zone: string): string[] {
  const columns = ['person', 'kind', 'client', 'case', 'field', 'before', 'after'] as const;
  return [
    translateMessage(`audit.csv.time|${JSON.stringify({ zone })}`, lang),
    ...columns.map((c) => translateMessage(`audit.csv.${c}`, lang)),
  ];
}

/** A recorded value as a reader wants it in a cell: whole (an export is not cut short). */
function cell(field: string, value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean')
    return translateMessage(`audit.csv.${value ? 'yes' : 'no'}`, lang);
  if (field === 'regimeId' && typeof value === 'string')
    return REGIMES[value as RegimeId]?.name[lang] ?? value;
  if (field === 'penaltyFen' && typeof value === 'number') return fenToYuan(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The entry's lines, each a row of cells. */
export function auditCsvRows(entry: AuditEntry, lang: Lang, zone: string): string[][] {
  const kind = [
    translateMessage(`audit.entity.${entry.entity}`, lang),
    translateMessage(`audit.action.${entry.action}`, lang),
  ].join(lang === 'zh' ? '：' : ': ');
  const what = entry.listing ? `${kind} ${listingLabel(entry.listing, lang)}` : kind;
  const lead = [
    instantDateTime(entry.at, zone).replace(/ \(.*\)$/, ''),
    entry.actor,
    what,
    entry.client?.name ?? '',
    entry.client && entry.caseId !== null ? caseLabel(entry.client.name, entry.caseId) : '',
  ];
  if (entry.erasedAt) {
    const date = instantDateTime(entry.erasedAt, zone);
    return [
      [...lead, translateMessage(`audit.csv.erased|${JSON.stringify({ date })}`, lang), '', ''],
    ];
  }
  const changes = changedFields(entry.before, entry.after);
  if (changes.length === 0) return [[...lead, '', '', '']];
  return changes.map((c) => [
    ...lead,
    fieldLabel(c.field, lang),
    cell(c.field, c.before, lang),
    cell(c.field, c.after, lang),
  ]);
}
