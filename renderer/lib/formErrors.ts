/**
 * The one helper for form errors: schema messages arrive as core/messages keys and are
 * translated where they are shown; backend errors that name a field go on that field.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  get,
  type FieldValues,
  type FormState,
  type Path,
  type UseFormSetError,
} from 'react-hook-form';
import type { ApiError } from '../../api/contract';
import { translateMessage } from '../../core/messages';

/**
 * Returns `errorOf(name)`: the translated error text of a field (or of a list's own rule).
 * A field's error shows once the user has typed in it or left it, or after a submit;
 * backend errors always show. A row added to a list (a contact) counts as changed from the
 * start (it was not in the defaults, and react-hook-form validates it as it is added), so
 * its fields show their errors once something is typed in them or they are left, not the
 * instant the row appears. `getValues` (the form's) tells what was typed.
 */
export function useFieldError<T extends FieldValues>(
  formState: FormState<T>,
  getValues?: (name: Path<T>) => unknown,
) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'zh' ? 'zh' : 'en';
  // Read here, during render, so react-hook-form re-renders this form when they change.
  const { errors, isSubmitted, touchedFields, dirtyFields, defaultValues } = formState;
  return useCallback(
    (name: string): string | undefined => {
      const error = get(errors, name) as
        { message?: string; type?: string; root?: { message?: string } } | undefined;
      const message = error?.message ?? error?.root?.message;
      if (!message) return undefined;
      const engaged =
        isSubmitted ||
        error?.type === 'server' ||
        Boolean(get(touchedFields, name)) ||
        (Boolean(get(dirtyFields, name)) &&
          (get(defaultValues, name) !== undefined || typedIn(getValues?.(name as Path<T>))));
      return engaged ? translateMessage(message, lang) : undefined;
    },
    [errors, isSubmitted, touchedFields, dirtyFields, defaultValues, getValues, lang],
  );
}

/** A value the user put in: text typed, a choice made (an untouched new row holds ''). */
const typedIn = (value: unknown) => value !== undefined && value !== '' && value !== null;

/**
 * Puts a backend error on the field it names when the form has that field (e.g.
 * `listings.0.decisionDate`); returns the error for an Alert otherwise.
 */
export function applyApiError<T extends FieldValues>(
  error: ApiError,
  setError: UseFormSetError<T>,
  hasField: (name: string) => boolean,
): ApiError | null {
  if (error.field && hasField(error.field)) {
    setError(
      error.field as Path<T>,
      { type: 'server', message: error.message },
      // The form focuses its first field in error itself (useApiForm), in the order shown.
      { shouldFocus: false },
    );
    return null;
  }
  return error;
}

/** A `hasField` for applyApiError: the form has the field when its top-level key is one of the form's. */
export function fieldsOf(values: object): (name: string) => boolean {
  const keys = new Set(Object.keys(values));
  return (name) => keys.has(name.split('.')[0] ?? '');
}
