import type { z } from 'zod';
import type { caseCreateInput } from '../../../core/schemas';
import type { ListingValues } from '../../../core/listing-values';

export { listingValues, type ListingValues } from '../../../core/listing-values';

export type CaseValues = z.input<typeof caseCreateInput>;
export type CaseOutput = z.output<typeof caseCreateInput>;

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
