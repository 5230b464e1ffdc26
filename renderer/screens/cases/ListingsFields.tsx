import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { AddRowButton } from '../../components/FieldsetList';
import { useFieldError } from '../../lib/formErrors';
import { EMPTY_LISTING, type CaseOutput, type CaseValues } from './caseForm';
import { ListingFieldset } from './ListingFieldset';

/** The new case's listings: one or more, each in its own fieldset. */
export function ListingsFields({ form }: { form: UseFormReturn<CaseValues, unknown, CaseOutput> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'listings' });
  const errorOf = useFieldError(form.formState, form.getValues);
  const listError = errorOf('listings');

  return (
    <Stack gap="md">
      {fields.map((field, i) => (
        <ListingFieldset
          key={field.id}
          form={form}
          path={`listings.${i}`}
          legend={t('newCase.listingLegend', { n: i + 1 })}
          onRemove={() => remove(i)}
        />
      ))}
      {listError && (
        <Text c="red" size="sm" role="alert">
          {listError}
        </Text>
      )}
      <AddRowButton label={t('newCase.addListing')} onClick={() => append(EMPTY_LISTING)} />
    </Stack>
  );
}
