import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { UserYear } from '../../../core/dates';
import { useFieldError } from '../../lib/formErrors';
import { requiredLabel } from '../../lib/requiredLabel';
import { EMPTY_HOLIDAY, type YearValues } from './yearForm';

/** The notice's holidays: a name and a first and last day each. */
export function HolidayFields({ form }: { form: UseFormReturn<YearValues, unknown, UserYear> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'holidays' });
  const errorOf = useFieldError(form.formState);
  const date = { placeholder: 'YYYY-MM-DD', autoComplete: 'off', spellCheck: false } as const;

  return (
    <Stack gap="sm">
      <Text fw={600}>{t('yearForm.holidays')}</Text>
      {fields.map((field, i) => (
        <Fieldset key={field.id} legend={t('yearForm.holidayLegend', { n: i + 1 })}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              {...requiredLabel(t('yearForm.name'))}
              {...form.register(`holidays.${i}.name`)}
              error={errorOf(`holidays.${i}.name`)}
            />
            <TextInput
              {...requiredLabel(t('yearForm.start'))}
              {...date}
              {...form.register(`holidays.${i}.start`)}
              error={errorOf(`holidays.${i}.start`)}
            />
            <TextInput
              {...requiredLabel(t('yearForm.end'))}
              {...date}
              {...form.register(`holidays.${i}.end`)}
              error={errorOf(`holidays.${i}.end`)}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button
              variant="subtle"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} />}
              onClick={() => remove(i)}
            >
              {t('yearForm.removeHoliday')}
            </Button>
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => append(EMPTY_HOLIDAY)}
        >
          {t('yearForm.addHoliday')}
        </Button>
      </Group>
    </Stack>
  );
}
