/**
 * The set-up every form that saves through the API shares, kept in one place so the forms
 * validate and report alike: the core schema as resolver, checked as the user types; the
 * first defaults kept (they tell `fieldsOf` which fields the form has, so a later change of
 * props cannot move a backend error off its field); and a refused save shown on the field it
 * names, or in the form's alert.
 */
import { useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError, Result } from '../../api/contract';
import { applyApiError, fieldsOf, useFieldError } from './formErrors';

export function useApiForm<In extends FieldValues, Out extends FieldValues>(
  schema: z.ZodType<Out, In>,
  initial: In | (() => In),
) {
  const [defaults] = useState<In>(initial);
  const form = useForm<In, unknown, Out>({
    resolver: zodResolver(schema),
    mode: 'onChange',
    defaultValues: defaults as DefaultValues<In>,
  });
  const errorOf = useFieldError(form.formState);
  const [apiError, setApiError] = useState<ApiError | null>(null);

  /** Shows a refused save: on the field it names when the form has it, else in the alert. */
  const fail = (error: ApiError) =>
    setApiError(applyApiError(error, form.setError, fieldsOf(defaults)));

  /**
   * A submit handler for the common case: validate, clear the last error, send, then hand
   * the saved value (and the values sent) on, or show why the save was refused.
   */
  const submitWith = <T>(
    send: (values: Out) => Promise<Result<T>>,
    onSaved: (value: T, values: Out) => void,
  ) =>
    form.handleSubmit(async (values) => {
      setApiError(null);
      const result = await send(values);
      if (result.ok) onSaved(result.value, values);
      else fail(result.error);
    });

  return { form, errorOf, apiError, setApiError, fail, submitWith };
}
