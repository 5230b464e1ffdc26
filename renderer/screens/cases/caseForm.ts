import type { z } from 'zod';
import { fenToYuan, type caseCreateInput, type listingInput } from '../../../core/schemas';
import type { Listing } from '../../../core/types';

export type CaseValues = z.input<typeof caseCreateInput>;
export type CaseOutput = z.output<typeof caseCreateInput>;
export type ListingValues = z.input<typeof listingInput>;

/** A blank listing; the regime starts unchosen so the user must pick one. */
export const EMPTY_LISTING = {
  regimeId: '',
  authority: '',
  decisionNo: '',
  decisionDate: '',
  listingDate: '',
  publicationDate: '',
  reason: '',
  penaltyAmount: '',
  penaltyPaid: false,
} as unknown as ListingValues;

/** A stored listing as the listing form's values (the penalty back in yuan). */
export function listingValues(l: Listing): ListingValues {
  return {
    regimeId: l.regimeId,
    authority: l.authority,
    decisionNo: l.decisionNo,
    decisionDate: l.decisionDate,
    listingDate: l.listingDate,
    publicationDate: l.publicationDate,
    reason: l.reason,
    penaltyAmount: fenToYuan(l.penaltyFen),
    penaltyPaid: l.penaltyPaid,
  };
}
