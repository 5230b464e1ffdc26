/**
 * The document checklist of a case (PRODUCT.md journey 3): which documents the rule
 * versions require, and whether the case has them all.
 */
import { z } from 'zod';
import { encodeMessage as m, type Lang } from '../messages';
import { idParam, optionalText, requiredText } from '../schemas';
import { validUntil } from './inputs';
import { DEFAULT_CATALOGUE, pickVersion } from '../rules/catalogue';
import type { Catalogue, DocumentId } from '../rules/types';

export const DOC_STATUSES = ['missing', 'requested', 'received', 'verified', 'notNeeded'] as const;
export type DocStatus = (typeof DOC_STATUSES)[number];

/** Statuses that count as "in hand" for filing. */
const SATISFIED: ReadonlySet<DocStatus> = new Set(['received', 'verified', 'notNeeded']);

export interface Readiness {
  ready: boolean;
  /** Required documents not yet received, verified or marked not needed, in checklist order. */
  missing: DocumentId[];
}

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

/** A document with no status yet is missing. */
export function readiness(
  required: readonly DocumentId[],
  statuses: Readonly<Record<string, DocStatus | undefined>>,
): Readiness {
  const missing = required.filter((d) => {
    const status = statuses[d];
    return status === undefined || !SATISFIED.has(status);
  });
  return { ready: missing.length === 0, missing };
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
  // "Not needed" departs from the rule version's list, so the reason must be on record.
  .superRefine((v, ctx) => {
    if (v.status === 'notNeeded' && v.note === '') {
      ctx.addIssue({ code: 'custom', path: ['note'], message: m('documents.notNeededReason') });
    }
  });

export type DocumentStatusInput = z.output<typeof documentStatusInput>;
