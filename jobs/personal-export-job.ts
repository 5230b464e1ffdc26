/** What the server thread sends the personal-data export's worker, and what comes back. */

/** One entry of the archive: a text written as it is, or a stored file read by its hash. */
export type ExportEntry = { path: string; text: string } | { path: string; sha256: string };

export interface ExportJob {
  dataDir: string;
  entries: ExportEntry[];
}

export interface ExportJobResult {
  bytes: Uint8Array;
}
