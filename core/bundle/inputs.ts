/** Inputs of the case bundle channels (api/handlers/bundles*.ts). */
import { z } from 'zod';
import { encodeMessage as m } from '../messages';
import { idParam } from '../schemas';

/** A selection of the Cases list: enough for a handover, small enough to gather at once. */
export const MAX_BUNDLE_CASES = 200;

const uuid = z.string().regex(/^[0-9a-f-]{36}$/, m('field.invalid'));

export const bundleExportInput = z.object({
  caseIds: z
    .array(idParam)
    .min(1, m('bundle.noCases'))
    .max(MAX_BUNDLE_CASES, m('bundle.tooManyCases', { max: MAX_BUNDLE_CASES })),
});
export const bundleVerifyInput = z.object({ uploadId: uuid });
export const bundleImportInput = z.object({ verifyId: uuid });

/** What the check of a bundle found, shown before the user confirms the import. */
export interface BundleSummary {
  verifyId: string;
  filename: string;
  sha256: string;
  createdAt: string;
  appVersion: string;
  cases: {
    sourceId: number;
    clientName: string;
    listings: number;
    files: number;
    /** 'new': added on import; 'imported': already here (nothing is added or changed). */
    status: 'new' | 'imported';
    localCaseId?: number;
    importedAt?: string;
    /** The bundle was exported after the one imported before (its changes are not merged). */
    newer?: boolean;
  }[];
  clients: {
    name: string;
    /** Masked for a person. */
    idNumber: string;
    match: 'existing' | 'new';
    localClientId?: number;
  }[];
}

export interface BundleImported {
  added: number[];
  alreadyHere: number[];
}
