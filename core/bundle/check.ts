/**
 * Every record of a bundle checked with the same schemas that check what a user types
 * (clients, listings, events, document statuses, custom items, letters, files): a bundle
 * can bring in nothing the forms would refuse. The first problem is named by its entry,
 * its record and its field, with the schema's own message.
 */
import type { z } from 'zod';
import { caseUpdateInput, clientInput, listingInput } from '../schemas';
import { listingValues } from '../listing-values';
import { eventFields } from '../lifecycle/events';
import { customItemInput, letterSaveInput, uploadBeginInput } from '../documents/inputs';
import { documentStatusInput } from '../documents/checklist';
import type { BundleCase, BundleClient } from './format';

export interface RecordProblem {
  entry: string;
  /** e.g. "listing 12", "event 40" (the source folder's ids). */
  record: string;
  field: string;
  /** An encoded message key of the schema (core/messages.ts). */
  message: string;
}

function problemOf(
  schema: z.ZodType,
  value: unknown,
  entry: string,
  record: string,
): RecordProblem | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return { entry, record, field: issue.path.join('.'), message: issue.message };
}

export function clientProblem(client: BundleClient, entry: string): RecordProblem | null {
  const { kind, name, idNumber, address, legalRep, contacts } = client;
  return problemOf(
    clientInput,
    { kind, name, idNumber, address, legalRep, contacts },
    entry,
    `client ${client.id}`,
  );
}

/** The records of one case, each against its input schema, in the order a form would meet them. */
export function caseProblem(c: BundleCase, entry: string): RecordProblem | null {
  const caseId = c.case.id;
  const checks: [z.ZodType, unknown, string][] = [
    [
      caseUpdateInput,
      { id: caseId, assignee: c.case.assignee, notes: c.case.notes },
      `case ${caseId}`,
    ],
    ...c.listings.map((l): [z.ZodType, unknown, string] => [
      listingInput,
      listingValues(l),
      `listing ${l.id}`,
    ]),
    ...c.events.map((e): [z.ZodType, unknown, string] => [
      eventFields,
      { ...e.data, type: e.type, date: e.date },
      `event ${e.id}`,
    ]),
    ...c.documents.map((d): [z.ZodType, unknown, string] => [
      documentStatusInput,
      {
        caseId,
        documentId: d.documentId,
        status: d.status,
        note: d.note,
        validUntil: d.validUntil,
      },
      `document ${d.documentId}`,
    ]),
    ...c.customItems.map((i): [z.ZodType, unknown, string] => [
      customItemInput,
      { caseId, name: i.name, required: i.required },
      `custom item ${i.id}`,
    ]),
    ...c.files.map((f): [z.ZodType, unknown, string] => [
      uploadBeginInput,
      { filename: f.filename, mime: f.mime, size: f.size },
      `file ${f.id}`,
    ]),
    ...c.letters.map((v): [z.ZodType, unknown, string] => [
      letterSaveInput,
      { caseId, kind: v.kind, lang: v.lang, doc: v.doc },
      `letter ${v.id}`,
    ]),
  ];
  for (const [schema, value, record] of checks) {
    const problem = problemOf(schema, value, entry, record);
    if (problem) return problem;
  }
  return null;
}
