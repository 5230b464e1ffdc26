/**
 * A packet export as the server thread hands it to its worker (jobs/packet-worker.ts):
 * plain data only, so it crosses the thread boundary as it is.
 */
import type { BuildPacketInput, PacketEntry } from '../core/pdf';

/**
 * What a packet worker does: render a packet, check the stored files a packet would
 * enclose, or check a new file as the packet will use it before it is stored.
 */
export type PacketWork = PacketJob | HealthJob | CheckJob;

export interface PacketJob {
  op: 'render';
  /** The data folder: the worker reads the enclosed files from its store. */
  dataDir: string;
  /** Read from the store by hash, checked against it, enclosed in this order. */
  entries: Omit<PacketEntry, 'bytes'>[];
  build: Omit<BuildPacketInput, 'entries' | 'signal' | 'onProgress'>;
}

export interface PacketJobResult {
  bytes: Uint8Array;
  sha256: string;
  pageCount: number;
}

/** The pre-flight's reading of stored files: each re-hashed and decoded (db/attachments/content.ts). */
export interface HealthJob {
  op: 'health';
  dataDir: string;
  files: { sha256: string; mime: string }[];
}

/** Each file's health by its hash. */
export type HealthJobResult = Record<string, import('../core/documents').FileHealth>;

/** A file about to be attached, checked as a document (db/attachments/content.ts checkFile). */
export interface CheckJob {
  op: 'check';
  path: string;
  filename: string;
  mime: string;
}
