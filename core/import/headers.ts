/**
 * Which field a spreadsheet's column holds, from its header: compared after folding case,
 * full-width characters, spaces and punctuation, so "统一社会信用代码 ", "ＵＳＣＣ" and
 * "Decision No." are recognised. A firm's own mapping, remembered by its set of headers,
 * is offered before any guess.
 */
import { FIELD_HEADERS, IMPORT_FIELDS, type ColumnTarget, type ImportField } from './fields';

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

const KNOWN = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) {
  for (const h of FIELD_HEADERS[field]) KNOWN.set(normaliseHeader(h), field);
}

/** The field a header names, or null. */
export function recogniseHeader(header: string): ImportField | null {
  return KNOWN.get(normaliseHeader(header)) ?? null;
}

/** A column's target for each header; a field claimed twice goes to the first column only. */
export function recogniseHeaders(headers: readonly string[]): ColumnTarget[] {
  const taken = new Set<ImportField>();
  return headers.map((h) => {
    const field = recogniseHeader(h);
    if (!field || taken.has(field)) return 'ignore';
    taken.add(field);
    return field;
  });
}

/** The key a firm's mapping is remembered under: its headers, normalised, as a set. */
export function headerSetKey(headers: readonly string[]): string {
  return [...new Set(headers.map(normaliseHeader).filter((h) => h !== ''))].sort().join('|');
}
