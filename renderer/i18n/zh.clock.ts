/** Simplified Chinese strings of time zone, timestamps, agenda range, month grid, calendar export, unsaved changes (RULES.md §6 terms). */
import type { Messages } from './en';

// Widen the Pick to the top-level keys en.clock.ts adds, e.g. Pick<Messages, 'x' | 'y'>.
export const zhClock: Partial<Pick<Messages, never>> = {};
