/**
 * The set-up every form that saves through the API shares, kept in one place so the forms
 * validate and report alike: the core schema (or a resolver built on it) checked as the
 * user types; the first defaults kept (they tell `fieldsOf` which fields the form has, so a
 * later change of props cannot move a backend error off its field); a refused save shown on
 * the field it names, or in the form's alert; and after a failed submit the focus on the
 * first field in error as the form shows them, top to bottom.
 */
import { useEffect, useRef, useState, type BaseSyntheticEvent } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Resolver,
  type SubmitErrorHandler,
  type SubmitHandler,
} from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError, Result } from '../../api/contract';
import { applyApiError, fieldsOf, useFieldError } from './formErrors';

/** The form an event came from: a submit's own form, or the form around a clicked button. */
function formOf(e: BaseSyntheticEvent | undefined): HTMLFormElement | null {
  const target: unknown = e?.target;
  return target instanceof Element ? target.closest('form') : null;
}

export function useApiForm<In extends FieldValues, Out extends FieldValues>(
  /** The core schema, or a resolver that asks more of one (see clientResolver). */
  source: z.ZodType<Out, In> | { resolver: Resolver<In, unknown, Out> },
  initial: In | (() => In),
) {
  const [defaults] = useState<In>(initial);
  const form = useForm<In, unknown, Out>({
    resolver: 'resolver' in source ? source.resolver : zodResolver(source),
    mode: 'onChange',
    defaultValues: defaults as DefaultValues<In>,
    // react-hook-form focuses in the order fields were registered, which is not the order a
    // person reads them (a field shown conditionally registers last): see `handleSubmit`.
    shouldFocusError: false,
  });
  const errorOf = useFieldError(form.formState, form.getValues);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  /** Set when a refused save was put on one of the fields (see `fail`). */
  const onField = useRef(false);
  /** The form to focus in once the submit that failed is over (its count is past `after`). */
  const focusRequest = useRef<{ form: HTMLFormElement; after: number } | null>(null);
  const { submitCount } = form.formState;

  // After the render that ends the submit, the one that marks every field in error: the
  // first of them, in the DOM's order.
  useEffect(() => {
    const request = focusRequest.current;
    if (!request || submitCount <= request.after) return;
    focusRequest.current = null;
    request.form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [submitCount]);

  /**
   * react-hook-form's handleSubmit, and then the focus on the first invalid field (the
   * schema's, or the one a refused save named). A submit started from code (a filter applied
   * as it is chosen) has no event and moves no focus.
   */
  const handleSubmit =
    (onValid: SubmitHandler<Out>, onInvalid?: SubmitErrorHandler<In>) =>
    (e?: BaseSyntheticEvent) => {
      const target = formOf(e);
      const after = submitCount;
      const focusFirst = () => {
        if (target) focusRequest.current = { form: target, after };
      };
      return form.handleSubmit(
        async (values, ev) => {
          onField.current = false;
          await onValid(values, ev);
          if (onField.current) focusFirst();
        },
        async (errors, ev) => {
          focusFirst();
          await onInvalid?.(errors, ev);
        },
      )(e);
    };

  /** Shows a refused save: on the field it names when the form has it, else in the alert. */
  const fail = (error: ApiError) => {
    const unplaced = applyApiError(error, form.setError, fieldsOf(defaults));
    onField.current = unplaced === null;
    setApiError(unplaced);
  };

  /**
   * A submit handler for the common case: validate, clear the last error, send, then hand
   * the saved value (and the values sent) on, or show why the save was refused.
   */
  const submitWith = <T>(
    send: (values: Out) => Promise<Result<T>>,
    onSaved: (value: T, values: Out) => void,
  ) =>
    handleSubmit(async (values) => {
      setApiError(null);
      const result = await send(values);
      if (result.ok) onSaved(result.value, values);
      else fail(result.error);
    });

  return { form, errorOf, apiError, setApiError, fail, submitWith, handleSubmit };
}
