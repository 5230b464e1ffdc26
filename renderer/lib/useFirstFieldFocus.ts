import { useCallback } from 'react';

/** The fields a person fills in, in the order they are shown. */
const FIELDS =
  'input:not([type=hidden]):not([disabled]):not([readonly]), textarea:not([disabled]), select:not([disabled])';

/**
 * A ref for a form in a dialog: marks its first field `data-autofocus`, so the dialog's
 * focus trap starts there rather than on the close button. A field marked already (a
 * form that knows better) is left to win. Marked as the form mounts, before Mantine's
 * trap (which waits a tick) looks for it.
 */
export function useFirstFieldFocus<T extends HTMLElement>() {
  return useCallback((node: T | null) => {
    if (!node || node.querySelector('[data-autofocus]')) return;
    node.querySelector(FIELDS)?.setAttribute('data-autofocus', 'true');
  }, []);
}
