import { useDebouncedValue } from '@mantine/hooks';

/** How long typing must pause before a search is sent. */
export const SEARCH_DEBOUNCE_MS = 250;

/** The search text once the user has paused typing. */
export function useDebouncedSearch(text: string): string {
  const [debounced] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  return debounced;
}
