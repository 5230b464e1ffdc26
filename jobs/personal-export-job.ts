/** What the server thread sends the archive worker (personal data, case bundles), and what comes back. */

/** One entry of the archive: a text written as it is, or a stored file read by its hash. */
export type ExportEntry = { path: string; text: string } | { path: string; sha256: string };

export interface ExportJob {
  dataDir: string;
  entries: ExportEntry[];
  /**
   * When given (a case bundle), `manifest.json` is added: these fields and every entry's
   * path, size and SHA-256, hashed from the bytes as they are written.
   */
  manifest?: Record<string, unknown>;
}

export interface ExportJobResult {
  bytes: Uint8Array;
}
