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
 * A field's error shows as soon as what is typed in it is wrong, and for an empty field only
 * after a submit (or once the user has emptied a field that had a value): no "This field is
 * required." for a field merely passed through, nor on a row just added to a list (which
 * react-hook-form counts as changed and validates as it appears). An error that appeared on
 * leaving an empty field would also push the Save button down under the pointer. Backend
 * errors always show. `getValues` (the form's) tells what was typed.
 */
export function useFieldError<T extends FieldValues>(
  formState: FormState<T>,
  getValues: (name: Path<T>) => unknown,
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
      const changed = Boolean(get(dirtyFields, name));
      const engaged =
        isSubmitted ||
        error?.type === 'server' ||
        (typedIn(getValues(name as Path<T>)) && (changed || Boolean(get(touchedFields, name)))) ||
        (changed && get(defaultValues, name) !== undefined && get(defaultValues, name) !== '');
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
