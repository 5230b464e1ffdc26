import { useDebouncedValue } from '@mantine/hooks';

/**
 * How long typing must pause before a search is sent: long enough to send one search
 * for a burst of keys, short enough for the answer (a few ms from the FTS index at 100k
 * cases) to be on screen within 200 ms of the last key (issue 10). Answers to an older
 * text are dropped (usePagedList), so a search sent mid-word costs nothing visible.
 */
export const SEARCH_DEBOUNCE_MS = 100;

/** The search text once the user has paused typing. */
export function useDebouncedSearch(text: string): string {
  const [debounced] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  return debounced;
}
