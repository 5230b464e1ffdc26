/** Simplified Chinese strings of authority events checked against the case (RULES.md §6 terms). */
import type { Messages } from './en';

// Widen the Pick to the top-level keys en.events.ts adds, e.g. Pick<Messages, 'x' | 'y'>.
export const zhEvents: Partial<Pick<Messages, never>> = {};
