/**
 * How long typing must pause before the letter's preview is asked for: one PDF per burst
 * of keys. A 2-page letter renders in about 20–100 ms on the backend once warm (measured
 * on a busy 2-core machine), so the preview follows the last key within about a second.
 */
export const PREVIEW_DEBOUNCE_MS = 400;
