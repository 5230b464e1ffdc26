/** Simplified Chinese strings of search, sorting, archive and restore (RULES.md §6 terms). */
import type { Messages } from './en';

// Widen the Pick to the top-level keys en.find.ts adds, e.g. Pick<Messages, 'x' | 'y'>.
export const zhFind: Partial<Pick<Messages, never>> = {};
