import type { z } from 'zod';
import type { caseCreateInput, listingInput } from '../../../core/schemas';

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
