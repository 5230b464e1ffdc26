import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { clientInput } from '../../../core/schemas';

export type ClientValues = z.input<typeof clientInput>;
export type ClientOutput = z.output<typeof clientInput>;

const base = zodResolver(clientInput);

/**
 * zodResolver(clientInput), plus one thing: the schema checks the identifier only once
 * every other field is valid (it is a transform of the whole object), but a typo in the
 * code should show while it is typed. So when the identifier has no error yet, the same
 * schema is asked again about the identifier alone, with placeholders for the rest.
 */
export const clientResolver: Resolver<ClientValues, unknown, ClientOutput> = async (
  values,
  context,
  options,
) => {
  const result = await base(values, context, options);
  if (Object.keys(result.errors).length === 0 || result.errors.idNumber) return result;
  const probe = clientInput.safeParse({
    kind: values.kind,
    idNumber: values.idNumber,
    name: '-',
    contacts: [],
  });
  const issue = probe.success
    ? undefined
    : probe.error.issues.find((i) => i.path[0] === 'idNumber');
  if (!issue) return result;
  return {
    values: {},
    errors: { ...result.errors, idNumber: { type: issue.code, message: issue.message } },
  };
};
