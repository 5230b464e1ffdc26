/** Inputs of the personal-data channels (PIPL): reveal, export, erase, retention. */
import { z } from 'zod';
import { byId, requiredText } from '../schemas';
import { encodeMessage as m } from '../messages';
import { MAX_RETENTION_YEARS } from './retention';

/** Why the full number is asked for: to read it on the client page, or to edit the client. */
export const REVEAL_PURPOSES = ['view', 'edit'] as const;
export type RevealPurpose = (typeof REVEAL_PURPOSES)[number];

export const revealInput = byId.extend({ purpose: z.enum(REVEAL_PURPOSES).default('view') });

/** Erasure: why (kept in its history entry), and the client's name or code typed as shown. */
export const eraseInput = byId.extend({ reason: requiredText(1000), confirm: requiredText(200) });

const yearsMessage = m('personal.retentionYears', { max: MAX_RETENTION_YEARS });

/** Years personal data is kept after a client's last case ended; null turns retention off. */
export const retentionInput = z.object({
  years: z
    .number({ error: yearsMessage })
    .int(yearsMessage)
    .min(1, yearsMessage)
    .max(MAX_RETENTION_YEARS, yearsMessage)
    .nullable(),
});
