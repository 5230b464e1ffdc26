/**
 * What the harness knows was written: every write the server acknowledged (an `ok: true`
 * answer, or a packet's `job.done`), and the writes still in flight when it was killed,
 * which may or may not have landed. After each restart the data must hold every
 * acknowledged value, or a later one that was in flight; what it holds then becomes the
 * new baseline (it was committed, so it must stay).
 */

/** One value of the data: the last acknowledged one and those sent but never answered. */
export interface Cell<T> {
  acked: T;
  pending: T[];
}

export const cell = <T>(acked: T): Cell<T> => ({ acked, pending: [] });

export interface DocState {
  status: string;
  note: string;
}

export interface ListingModel {
  id: number;
  caseId: number;
  /** The fields a correction sends back unchanged (everything but the reason). */
  fields: Record<string, unknown>;
  reason: Cell<string>;
}

export interface FileModel {
  id: number;
  caseId: number;
  sha256: string;
  embeddable: boolean;
  removed: Cell<boolean>;
}

export interface CaseModel {
  id: number;
  clientId: number;
  listingIds: number[];
  /** The checklist's item keys (documentId), as the last answer listed them. */
  checklist: string[];
  notes: Cell<string>;
  documents: Map<string, Cell<DocState>>;
  /** Acknowledged event ids; how many steps of the event flow are done. */
  events: number[];
  flowStep: number;
  /** No more events: the flow ended, or the case refused the next one. */
  flowDone: boolean;
  /** An event, upload or packet in flight at the kill (it may have landed). */
  eventInFlight: boolean;
  uploadsInFlight: string[];
  packetInFlight: boolean;
  files: Map<number, FileModel>;
  packets: Map<number, string>;
}

/** A case as cases.create acknowledged it, before its answer is taken in (syncCase). */
export function newCase(id: number, clientId: number, notes: string): CaseModel {
  return {
    id,
    clientId,
    listingIds: [],
    checklist: [],
    notes: cell(notes),
    documents: new Map(),
    events: [],
    flowStep: 0,
    flowDone: false,
    eventInFlight: false,
    uploadsInFlight: [],
    packetInFlight: false,
    files: new Map(),
    packets: new Map(),
  };
}

export interface ClientModel {
  id: number;
  fields: Record<string, unknown>;
  name: Cell<string>;
}

/** A history entry that must exist because a write was acknowledged. */
export interface HistorySig {
  entity: string;
  entityId: number;
  action: string;
  field?:
    | 'name'
    | 'notes'
    | 'reason'
    | 'documentNote'
    | 'eventId'
    | 'fileId'
    | 'packetId'
    | 'removedFileId';
  value?: string | number;
  /** What was acknowledged, for the report. */
  write: string;
}

export class Model {
  clients = new Map<number, ClientModel>();
  cases = new Map<number, CaseModel>();
  listings = new Map<number, ListingModel>();
  history: HistorySig[] = [];
  /** Acknowledged writes so far (each one is checked after every later restart). */
  acked = 0;
  /** Cases a worker is writing to: one writer per case, so a value in flight is known. */
  private claimed = new Set<string>();

  ack(...sigs: HistorySig[]): void {
    this.acked += 1;
    this.history.push(...sigs);
  }

  claim(key: string): boolean {
    if (this.claimed.has(key)) return false;
    this.claimed.add(key);
    return true;
  }

  release(key: string): void {
    this.claimed.delete(key);
  }

  releaseAll(): void {
    this.claimed.clear();
  }
}
