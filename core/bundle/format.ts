/**
 * The case bundle (`*.xiufu`, issue 13): one zip that hands cases to a colleague. Its
 * entries are the records as JSON, the attachment files and packet PDFs, the history of
 * those records, and `manifest.json` naming every other entry with its size and SHA-256.
 * Records keep the ids of the folder they came from; an import gives them new ones.
 * The bundle is plain (unencrypted) even when its folder is encrypted: files are decrypted
 * into it, and the UI says so before it is made.
 */
import { z } from 'zod';
import { CLIENT_KINDS } from '../schemas';
import { REGIME_IDS } from '../regimes';
import { DOC_STATUSES } from '../documents/checklist';

export const BUNDLE_FORMAT = 'xiufu-case-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_EXTENSION = '.xiufu';
export const MANIFEST_PATH = 'manifest.json';
export const CLIENTS_PATH = 'clients.json';
export const casePath = (caseId: number) => `cases/${caseId}/case.json`;
export const historyPath = (caseId: number) => `cases/${caseId}/history.json`;

const id = z.number().int().positive();
const text = z.string();
const instant = z.string().min(1);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  appVersion: text,
  createdAt: instant,
  sourceFolderId: z.string().regex(/^[0-9a-f]{32}$/),
  cases: z.array(z.object({ id, clientName: text })).min(1),
  entries: z.array(z.object({ path: text.min(1), size: z.number().int().min(0), sha256 })),
});
export type BundleManifest = z.infer<typeof manifestSchema>;

export const bundleClient = z.object({
  id,
  kind: z.enum(CLIENT_KINDS),
  name: text,
  idNumber: text,
  address: text,
  legalRep: text,
  contacts: z.array(z.object({ name: text, role: text, phone: text, email: text })),
  createdAt: instant,
  updatedAt: instant,
  archivedAt: instant.nullable(),
});
export type BundleClient = z.infer<typeof bundleClient>;

const listing = z.object({
  id,
  clientId: id,
  regimeId: z.enum(REGIME_IDS),
  authority: text,
  decisionNo: text,
  decisionDate: text,
  listingDate: text,
  publicationDate: text,
  reason: text,
  penaltyFen: z.number().int().min(0).nullable(),
  penaltyPaid: z.boolean(),
  createdAt: instant,
  updatedAt: instant,
  archivedAt: instant.nullable(),
});

const file = z.object({
  id,
  itemKey: text.min(1),
  sha256,
  filename: text,
  mime: text,
  size: z.number().int().min(0),
  addedAt: instant,
  addedBy: text,
  notEmbeddable: z.enum(['type', 'encrypted']).nullable(),
  /** Where its bytes are in the bundle. */
  path: text.min(1),
});

/** One case with everything that is its own; its client is in clients.json. */
export const bundleCase = z.object({
  case: z.object({
    id,
    clientId: id,
    stage: text,
    assignee: text,
    notes: text,
    catalogueVersion: text.min(1),
    createdAt: instant,
    updatedAt: instant,
    archivedAt: instant.nullable(),
  }),
  listings: z.array(listing),
  events: z.array(
    z.object({
      id,
      type: text,
      date: text,
      data: z.record(z.string(), z.unknown()),
      createdAt: instant,
      createdBy: text,
    }),
  ),
  documents: z.array(
    z.object({
      documentId: text.min(1),
      status: z.enum(DOC_STATUSES),
      note: text,
      validUntil: text,
      updatedAt: instant,
      updatedBy: text,
    }),
  ),
  customItems: z.array(z.object({ id, name: text, required: z.boolean() })),
  files: z.array(file),
  packets: z.array(
    z.object({
      id,
      sha256,
      filename: text,
      pageCount: z.number().int().min(0),
      lang: text,
      createdAt: instant,
      createdBy: text,
      notEnclosed: z.array(z.unknown()),
      overrideReason: text,
      path: text.min(1),
    }),
  ),
  letters: z.array(
    z.object({
      id,
      kind: z.enum(['commitment', 'application']),
      lang: z.enum(['en', 'zh']),
      version: id,
      doc: z.unknown(),
      savedAt: instant,
      savedBy: text,
      fileId: id,
    }),
  ),
  /** The dates the rules engine computed where it was exported (checked again on import). */
  dates: z.array(z.object({ listingId: id, kind: text, date: text })),
});
export type BundleCase = z.infer<typeof bundleCase>;

/** The source's history of a case, its listings and its client: kept as content, never chained. */
export const bundleHistory = z.array(
  z.object({
    id,
    at: instant,
    actor: text,
    entity: text,
    entityId: id,
    action: text,
    before: z.unknown(),
    after: z.unknown(),
  }),
);
export type BundleHistory = z.infer<typeof bundleHistory>;
