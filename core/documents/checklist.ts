/**
 * The document checklist of a case (PRODUCT.md journey 3): which documents the rule
 * versions require, and whether the case has them all.
 */
import { z } from 'zod';
import { encodeMessage as m, type Lang, type MessageKey } from '../messages';
import { idParam, optionalText, requiredText } from '../schemas';
import { validUntil } from './inputs';
import { DEFAULT_CATALOGUE, pickVersion } from '../rules/catalogue';
import type { Catalogue, DocumentId } from '../rules/types';

export const DOC_STATUSES = [
  'missing',
  'requested',
  'received',
  'verified',
  'paperOriginal',
  'notNeeded',
] as const;
export type DocStatus = (typeof DOC_STATUSES)[number];

/** Statuses that count as "in hand" for filing; a paper original counts though it is not attached. */
const SATISFIED: ReadonlySet<DocStatus> = new Set([
  'received',
  'verified',
  'paperOriginal',
  'notNeeded',
]);

/** Statuses whose note is required: they depart from "attach the document" and say why or where. */
export const NOTE_REQUIRED: Partial<Record<DocStatus, MessageKey>> = {
  notNeeded: 'documents.notNeededReason',
  paperOriginal: 'documents.paperOriginalNote',
};

export interface ExpiredDocument {
  id: DocumentId;
  /** The last day it was valid. */
  validUntil: string;
}

export interface Readiness {
  ready: boolean;
  /** Required documents not yet received, verified or marked not needed, in checklist order. */
  missing: DocumentId[];
  /** Required documents in hand whose validity ended before today: not in hand for filing. */
  expired: ExpiredDocument[];
}

/** A validity date before today has run out; '' means the document does not expire. */
export const isExpired = (validUntil: string | undefined, today: string): boolean =>
  !!validUntil && validUntil < today;

/**
 * The union of the documents of each listing's rule version, chosen by basisDate (the
 * filing date once filed, else today). Ordered as the catalogue lists its documents, so
 * the checklist does not reshuffle when a listing is added; ids the catalogue does not
 * name (a firm's own) follow in the order first seen. A listing whose regime or version
 * is unknown adds nothing: evaluateCase already reports it.
 */
export function requiredDocuments(
  listings: readonly { regimeId: string }[],
  basisDate: string,
  catalogue: Catalogue = DEFAULT_CATALOGUE,
): DocumentId[] {
  const wanted = new Set<DocumentId>();
  for (const listing of listings) {
    const regime = catalogue.regimes[listing.regimeId];
    const version = regime ? pickVersion(regime, basisDate) : null;
    version?.documents.forEach((d) => wanted.add(d));
  }
  const known = Object.keys(catalogue.documents) as DocumentId[];
  const ordered = known.filter((d) => wanted.has(d));
  return [...ordered, ...[...wanted].filter((d) => !ordered.includes(d))];
}

/**
 * A document with no status yet is missing; one in hand whose validity date is before
 * `today` is expired, and a case with either is not ready. "Not needed" never expires.
 */
export function readiness(
  required: readonly DocumentId[],
  statuses: Readonly<Record<string, DocStatus | undefined>>,
  validity: { validUntil: Readonly<Record<string, string | undefined>>; today: string } = {
    validUntil: {},
    today: '',
  },
): Readiness {
  const missing: DocumentId[] = [];
  const expired: ExpiredDocument[] = [];
  for (const d of required) {
    const status = statuses[d];
    const validUntil = validity.validUntil[d] ?? '';
    if (status === undefined || !SATISFIED.has(status)) missing.push(d);
    else if (status !== 'notNeeded' && isExpired(validUntil, validity.today))
      expired.push({ id: d, validUntil });
  }
  return { ready: missing.length === 0 && expired.length === 0, missing, expired };
}

/**
 * The required documents not in hand, for a sentence: the missing ones named, the expired
 * ones with their date ("Proof of performance, Business licence (expired 2025-12-31)").
 */
export function documentsNotInHand(
  r: Readiness,
  lang: Lang,
  catalogue: Catalogue = DEFAULT_CATALOGUE,
): string {
  const expired = r.expired.map(({ id, validUntil }) => {
    const name = documentNames([id], lang, catalogue);
    return lang === 'zh' ? `${name}（已于 ${validUntil} 过期）` : `${name} (expired ${validUntil})`;
  });
  return [documentNames(r.missing, lang, catalogue), ...expired]
    .filter((s) => s !== '')
    .join(lang === 'zh' ? '、' : ', ');
}

/** Document names in one language, joined for a sentence ("a, b" / "甲、乙"). */
export function documentNames(
  ids: readonly string[],
  lang: Lang,
  catalogue: Catalogue = DEFAULT_CATALOGUE,
): string {
  const names = ids.map((id) => catalogue.documents[id as DocumentId]?.[lang] ?? id);
  return names.join(lang === 'zh' ? '、' : ', ');
}

export const documentStatusInput = z
  .object({
    caseId: idParam,
    documentId: requiredText(100),
    status: z.enum(DOC_STATUSES, { error: m('field.choice') }),
    note: optionalText(1000),
    validUntil,
  })
  // "Not needed" departs from the rule version's list, so the reason must be on record;
  // a paper original is in hand but not in the packet, so where it is must be.
  .superRefine((v, ctx) => {
    const key = NOTE_REQUIRED[v.status];
    if (key && v.note === '') ctx.addIssue({ code: 'custom', path: ['note'], message: m(key) });
  });

export type DocumentStatusInput = z.output<typeof documentStatusInput>;
