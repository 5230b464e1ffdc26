/** What the import channels answer (api/contract.ts). */
import type { ImportCounts } from './plan';
import type { ImportSheet, Mapping, RowProblem } from './types';

export interface ImportOpened {
  sessionId: string;
  files: { name: string; sha256: string; sheets: number }[];
  sheets: ImportSheet[];
  /** Each header's target: the firm's remembered mapping for these headers, or recognised. */
  mapping: Mapping;
  remembered: boolean;
}

export interface ImportOutcome {
  mode: 'preview' | 'dryRun' | 'run' | 'undo';
  problems: RowProblem[];
  counts: ImportCounts | null;
  blocked: boolean;
  /** The batch a run wrote, or an undo removed. */
  batchId: number | null;
}

export interface ImportBatch {
  id: number;
  files: { name: string; sha256: string }[];
  counts: Partial<ImportCounts>;
  createdAt: string;
  createdBy: string;
  undoneAt: string | null;
}
