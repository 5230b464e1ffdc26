/** Simplified Chinese strings of documents checked on attach, paper originals, packet pre-flight (RULES.md §6 terms). */
import type { Messages } from './en';

// Widen the Pick to the top-level keys en.checks.ts adds, e.g. Pick<Messages, 'x' | 'y'>.
export const zhChecks: Partial<Pick<Messages, never>> = {};
