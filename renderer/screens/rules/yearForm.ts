/**
 * The Add-a-year form's values and resolver. The form keeps make-up days as objects
 * ({ date }) because useFieldArray needs objects; the resolver is zodResolver with the
 * core userYearSchema, translating values to the schema's shape and errors back.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldError, FieldErrors, Resolver, ResolverOptions } from 'react-hook-form';
import type { z } from 'zod';
import { userYearSchema } from '../../../core/calendar';
import type { UserYear } from '../../../core/dates';

type SchemaInput = z.input<typeof userYearSchema>;

export interface YearValues {
  /** Undefined while the field is empty; the schema then says which years are allowed. */
  year: number | undefined;
  holidays: { name: string; start: string; end: string }[];
  makeupWorkdays: { date: string }[];
}

export const EMPTY_HOLIDAY = { name: '', start: '', end: '' };
export const EMPTY_MAKEUP = { date: '' };

export function initialValues(year: number | undefined, saved?: UserYear): YearValues {
  return {
    year: saved?.year ?? year,
    holidays: saved?.holidays.map((h) => ({ ...h })) ?? [EMPTY_HOLIDAY],
    makeupWorkdays: saved?.makeupWorkdays.map((date) => ({ date })) ?? [],
  };
}

export function toSchemaInput(values: YearValues): SchemaInput {
  return {
    year: values.year as number,
    holidays: values.holidays,
    makeupWorkdays: values.makeupWorkdays.map((m) => m.date),
  };
}

/** A schema (or backend) path of a make-up day, "makeupWorkdays.2", as the form names it. */
export function formField(path: string): string {
  return /^makeupWorkdays\.\d+$/.test(path) ? `${path}.date` : path;
}

const base = zodResolver(userYearSchema);

export const yearResolver: Resolver<YearValues, unknown, UserYear> = async (
  values,
  context,
  options,
) => {
  const result = await base(
    toSchemaInput(values),
    context,
    options as unknown as ResolverOptions<SchemaInput>,
  );
  if (Object.keys(result.errors).length === 0) {
    return { values: result.values as UserYear, errors: {} };
  }
  const { makeupWorkdays, ...rest } = result.errors;
  const errors = { ...rest } as FieldErrors<YearValues>;
  if (Array.isArray(makeupWorkdays)) {
    errors.makeupWorkdays = makeupWorkdays.map((e: FieldError | undefined) =>
      e ? { date: e } : undefined,
    ) as FieldErrors<YearValues>['makeupWorkdays'];
  }
  return { values: {}, errors };
};
