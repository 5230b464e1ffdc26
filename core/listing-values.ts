import type { z } from 'zod';
import { fenToYuan, type listingInput } from './schemas';
import type { Listing } from './types';

export type ListingValues = z.input<typeof listingInput>;

/**
 * A stored listing as the listing input it was typed as (the penalty back in yuan): what
 * the edit form starts from, and what a case bundle's listing is checked as.
 */
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
