/**
 * A packet export as the server thread hands it to its worker (jobs/packet-worker.ts):
 * plain data only, so it crosses the thread boundary as it is.
 */
import type { BuildPacketInput, PacketEntry } from '../core/pdf';

/**
 * What a packet worker does: render a packet, check the stored files a packet would
 * enclose, or check a new file as the packet will use it before it is stored.
 */
export type PacketWork = PacketJob | HealthJob | ChecksJob;

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

/**
 * Files about to be attached, checked as documents (db/attachments/content.ts checkFile)
 * by a thread that stays to check one after another (jobs/file-checker.ts), so a check
 * does not pay for loading the decoders each time: it takes CheckRequests and answers
 * each with a CheckAnswer of the same id.
 */
export interface ChecksJob {
  op: 'checks';
}
export interface CheckRequest {
  id: number;
  path: string;
  filename: string;
  mime: string;
  /** The keys held when it was asked (a sealed upload's may be newer than the thread). */
  keys: [string, Uint8Array][];
}
export type CheckAnswer =
  | { id: number; verdict: import('../core/files').FileVerdict }
  | { id: number; error: import('./messages').SerializedError };
