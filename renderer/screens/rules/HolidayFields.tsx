import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { UserYear } from '../../../core/dates';
import { FieldsetList } from '../../components/FieldsetList';
import { useFieldError } from '../../lib/formErrors';
import { requiredLabel } from '../../lib/requiredLabel';
import { EMPTY_HOLIDAY, type YearValues } from './yearForm';

/** The notice's holidays: a name and a first and last day each. */
export function HolidayFields({ form }: { form: UseFormReturn<YearValues, unknown, UserYear> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'holidays' });
  const errorOf = useFieldError(form.formState, form.getValues);
  const date = { placeholder: 'YYYY-MM-DD', autoComplete: 'off', spellCheck: false } as const;

  return (
    <FieldsetList
      heading={t('yearForm.holidays')}
      rows={fields}
      legend={(n) => t('yearForm.holidayLegend', { n })}
      cols={3}
      removeLabel={t('yearForm.removeHoliday')}
      addLabel={t('yearForm.addHoliday')}
      onRemove={remove}
      onAdd={() => append(EMPTY_HOLIDAY)}
    >
      {(i) => (
        <>
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
        </>
      )}
    </FieldsetList>
  );
}
