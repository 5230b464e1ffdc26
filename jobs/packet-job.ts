/**
 * A packet export as the server thread hands it to its worker (jobs/packet-worker.ts):
 * plain data only, so it crosses the thread boundary as it is.
 */
import type { BuildPacketInput, PacketEntry } from '../core/pdf';

export interface PacketJob {
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
