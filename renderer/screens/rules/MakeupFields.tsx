import { Button, Group, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { UserYear } from '../../../core/dates';
import { DateField } from '../../components/DateField';
import { AddRowButton } from '../../components/FieldsetList';
import { useFieldError } from '../../lib/formErrors';
import { requiredLabel } from '../../lib/requiredLabel';
import { EMPTY_MAKEUP, type YearValues } from './yearForm';

/** The weekend days the notice turns into working days (调休上班日). */
export function MakeupFields({ form }: { form: UseFormReturn<YearValues, unknown, UserYear> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({
    control: form.control,
    name: 'makeupWorkdays',
  });
  const errorOf = useFieldError(form.formState, form.getValues);

  return (
    <Stack gap="sm">
      <Text fw={600}>{t('yearForm.makeups')}</Text>
      {fields.map((field, i) => (
        <Group key={field.id} align="flex-start" gap="sm" wrap="nowrap">
          <DateField
            {...requiredLabel(t('yearForm.makeupLabel', { n: i + 1 }))}
            control={form.control}
            name={`makeupWorkdays.${i}.date`}
            w={260}
            error={errorOf(`makeupWorkdays.${i}.date`)}
          />
          <Button
            variant="subtle"
            color="red"
            size="xs"
            mt={28}
            leftSection={<IconTrash size={14} />}
            aria-label={t('yearForm.removeMakeup', { n: i + 1 })}
            onClick={() => remove(i)}
          >
            {t('yearForm.remove')}
          </Button>
        </Group>
      ))}
      <AddRowButton label={t('yearForm.addMakeup')} onClick={() => append(EMPTY_MAKEUP)} />
    </Stack>
  );
}
