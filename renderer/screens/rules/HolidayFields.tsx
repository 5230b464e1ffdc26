import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { UserYear } from '../../../core/dates';
import { DateField } from '../../components/DateField';
import { FieldsetList } from '../../components/FieldsetList';
import { useFieldError } from '../../lib/formErrors';
import { requiredLabel } from '../../lib/requiredLabel';
import { EMPTY_HOLIDAY, type YearValues } from './yearForm';

/** The notice's holidays: a name and a first and last day each. */
export function HolidayFields({ form }: { form: UseFormReturn<YearValues, unknown, UserYear> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'holidays' });
  const errorOf = useFieldError(form.formState, form.getValues);

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
          <DateField
            {...requiredLabel(t('yearForm.start'))}
            control={form.control}
            name={`holidays.${i}.start`}
            error={errorOf(`holidays.${i}.start`)}
          />
          <DateField
            {...requiredLabel(t('yearForm.end'))}
            control={form.control}
            name={`holidays.${i}.end`}
            error={errorOf(`holidays.${i}.end`)}
          />
        </>
      )}
    </FieldsetList>
  );
}
