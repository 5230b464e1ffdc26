import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useFieldError } from '../../lib/formErrors';
import { EMPTY_LISTING, type CaseOutput, type CaseValues } from './caseForm';
import { ListingFieldset } from './ListingFieldset';

/** The new case's listings: one or more, each in its own fieldset. */
export function ListingsFields({ form }: { form: UseFormReturn<CaseValues, unknown, CaseOutput> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'listings' });
  const errorOf = useFieldError(form.formState);
  const listError = errorOf('listings');

  return (
    <Stack gap="md">
      {fields.map((field, i) => (
        <ListingFieldset key={field.id} form={form} index={i} onRemove={() => remove(i)} />
      ))}
      {listError && (
        <Text c="red" size="sm" role="alert">
          {listError}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => append(EMPTY_LISTING)}
        >
          {t('newCase.addListing')}
        </Button>
      </Group>
    </Stack>
  );
}
