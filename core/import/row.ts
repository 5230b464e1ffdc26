/**
 * One spreadsheet row read into a client and a listing, checked by the same zod schemas as
 * the forms (clientInput, listingInput), plus its event columns read as dates and words.
 * Every problem is named at its cell.
 */
import type { z } from 'zod';
import { encodeMessage as m } from '../messages';
import { checkIdCard } from '../ids';
import { clientInput, listingInput } from '../schemas';
import { readDate } from './dates';
import { DATE_FIELDS, type ImportField } from './fields';
import type { Cell, RowProblem, RowRef, Severity } from './types';
import { readKind, readOutcome, readRegime, readYesNo } from './values';

export type ClientData = z.output<typeof clientInput>;
export type ListingData = z.output<typeof listingInput>;

/** The row's event columns, read: dates as YYYY-MM-DD ('' when empty). */
export interface RowEvents {
  filedDate: string;
  acceptedDate: string;
  decidedDate: string;
  outcome: string;
  outcomeNo: string;
  outcomeReasons: string;
}

export interface ReadRow {
  ref: RowRef;
  caseRef: string;
  /** Normalised as the client schema stores it; '' when it did not pass. */
  idNumber: string;
  client: ClientData | null;
  listing: ListingData | null;
  assignee: string;
  notes: string;
  events: RowEvents;
}

const text = (cell: Cell | undefined): string =>
  cell === null || cell === undefined ? '' : String(cell).trim();

/** The first issue of each field, at the field of the import that holds it. */
function issuesAt(
  error: z.ZodError,
  fieldOf: Record<string, ImportField>,
  add: (field: ImportField, message: string) => void,
) {
  for (const issue of error.issues) {
    const field = fieldOf[String(issue.path[0])];
    if (field) add(field, issue.message);
  }
}

export function readRow(
  ref: RowRef,
  value: (field: ImportField) => Cell | undefined,
  problems: RowProblem[],
): ReadRow {
  const seen = new Set<ImportField>();
  const add = (field: ImportField | null, message: string, severity: Severity = 'error') => {
    if (field && severity === 'error') {
      if (seen.has(field)) return;
      seen.add(field);
    }
    problems.push({ ...ref, field, severity, message });
  };
  const t = (f: ImportField) => text(value(f));

  const dates = {} as Record<(typeof DATE_FIELDS)[number], string>;
  for (const f of DATE_FIELDS) {
    const cell = value(f);
    const read = readDate(cell);
    if (read === null) add(f, m('import.dateUnreadable', { value: text(cell) }));
    dates[f] = read ?? text(cell);
  }

  const idText = t('idNumber');
  const kindText = t('clientKind');
  let kind = kindText === '' ? null : readKind(kindText);
  if (kindText !== '' && kind === null)
    add('clientKind', m('import.kindUnknown', { value: kindText }));
  // Without a kind, an identifier that is a valid ID-card number is a person's.
  kind ??= checkIdCard(idText).ok ? 'person' : 'company';
  const client = clientInput.safeParse({
    kind,
    name: t('clientName'),
    idNumber: idText,
    address: t('address'),
    legalRep: t('legalRep'),
  });
  if (!client.success)
    issuesAt(
      client.error,
      {
        kind: 'clientKind',
        name: 'clientName',
        idNumber: 'idNumber',
        address: 'address',
        legalRep: 'legalRep',
      },
      add,
    );

  const regimeText = t('regime');
  const regimeId = regimeText === '' ? '' : readRegime(regimeText);
  if (regimeId === null) add('regime', m('import.regimeUnknown', { value: regimeText }));
  const paidText = t('penaltyPaid');
  const paid = paidText === '' ? false : readYesNo(paidText);
  if (paid === null) add('penaltyPaid', m('import.yesNo', { value: paidText }));
  const listing = listingInput.safeParse({
    regimeId: regimeId ?? regimeText,
    authority: t('authority'),
    decisionNo: t('decisionNo'),
    decisionDate: dates.decisionDate,
    listingDate: dates.listingDate,
    publicationDate: dates.publicationDate,
    reason: t('reason'),
    penaltyAmount: t('penaltyAmount'),
    penaltyPaid: paid ?? false,
  });
  if (!listing.success)
    issuesAt(
      listing.error,
      {
        regimeId: 'regime',
        authority: 'authority',
        decisionNo: 'decisionNo',
        decisionDate: 'decisionDate',
        listingDate: 'listingDate',
        publicationDate: 'publicationDate',
        reason: 'reason',
        penaltyAmount: 'penaltyAmount',
      },
      add,
    );

  const outcomeText = t('outcome');
  const outcome = outcomeText === '' ? '' : readOutcome(outcomeText);
  if (outcome === null) add('outcome', m('import.outcomeUnknown', { value: outcomeText }));

  return {
    ref,
    caseRef: t('caseRef'),
    idNumber: client.success ? client.data.idNumber : '',
    client: client.success ? client.data : null,
    listing: listing.success && paid !== null && regimeId !== null ? listing.data : null,
    assignee: t('assignee'),
    notes: t('notes'),
    events: {
      filedDate: dates.filedDate,
      acceptedDate: dates.acceptedDate,
      decidedDate: dates.decidedDate,
      outcome: outcome ?? outcomeText,
      outcomeNo: t('outcomeNo'),
      outcomeReasons: t('outcomeReasons'),
    },
  };
}
