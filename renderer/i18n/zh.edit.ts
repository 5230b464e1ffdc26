/** Simplified Chinese strings of correcting clients, listings and cases after creation (RULES.md §6 terms). */
import type { Messages } from './en';

// Widen the Pick to the top-level keys en.edit.ts adds, e.g. Pick<Messages, 'x' | 'y'>.
export const zhEdit: Partial<Pick<Messages, never>> = {};
