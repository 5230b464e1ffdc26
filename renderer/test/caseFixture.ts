/**
 * A case as cases.get answers it, with its evaluation computed by the real rules engine
 * (so the component tests read the same explanations the app shows).
 */
import { officialCalendar } from '../../core/dates';
import { evaluateCase, type DocumentId } from '../../core/rules';
import type { CaseDetail, ChecklistItem, Client, Listing } from '../../core/types';

export const TODAY = '2026-11-22';

export const client: Client = {
  id: 3,
  kind: 'company',
  name: 'Hangzhou Qinghe Foods Co., Ltd.',
  idNumber: '91330100716105852F',
  address: '',
  legalRep: '',
  contacts: [],
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  archivedAt: null,
};

export function samrListing(id: number, listingDate: string, decisionNo: string): Listing {
  return {
    id,
    clientId: client.id,
    regimeId: 'samr-serious-list',
    authority: 'Hangzhou AMR',
    decisionNo,
    decisionDate: '2024-05-20',
    listingDate,
    publicationDate: '',
    reason: '',
    penaltyFen: null,
    penaltyPaid: false,
    createdAt: client.createdAt,
    updatedAt: client.updatedAt,
    archivedAt: null,
  };
}

export function caseDetail(listings: Listing[]): CaseDetail {
  return {
    id: 7,
    clientId: client.id,
    clientName: client.name,
    clientIdNumber: client.idNumber,
    stage: 'waiting',
    assignee: '',
    listingCount: listings.length,
    regimeIds: listings.map((l) => l.regimeId),
    nextDue: null,
    createdAt: client.createdAt,
    updatedAt: client.updatedAt,
    archivedAt: null,
    notes: '',
    catalogueVersion: '2026.1',
    events: [],
    checklist: [],
    readiness: { ready: false, missing: [], expired: [] },
    nearest: null,
    packets: [],
    evaluation: evaluateCase({
      listings,
      events: [],
      today: TODAY,
      calendar: officialCalendar(),
    }),
    client,
    listings,
    history: [],
  };
}

/** A checklist item as the rule version lists it, still missing. */
export function checklistItem(documentId: DocumentId, en: string, zh: string): ChecklistItem {
  return {
    documentId,
    name: { en, zh },
    status: 'missing',
    note: '',
    updatedAt: null,
    updatedBy: null,
    custom: false,
    required: true,
    validUntil: '',
    expiry: 'ok',
    files: [],
  };
}

/**
 * A case being prepared for one SAMR listing, whose checklist is these documents (id,
 * English and Chinese name), all missing.
 */
export function preparingCase(documents: [DocumentId, string, string][]): CaseDetail {
  return {
    ...caseDetail([samrListing(11, '2024-06-03', '杭市监严〔2024〕8号')]),
    stage: 'preparing',
    checklist: documents.map(([id, en, zh]) => checklistItem(id, en, zh)),
    readiness: { ready: false, missing: documents.map(([id]) => id), expired: [] },
  };
}
