import { useState } from 'react';
import { Button, Divider, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Controller, useWatch } from 'react-hook-form';
import type { ApiError } from '../../../api/contract';
import type { UserYear } from '../../../core/dates';
import type { CalendarChange } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/useApiForm';
import { requiredLabel } from '../../lib/requiredLabel';
import { HolidayFields } from './HolidayFields';
import { MakeupFields } from './MakeupFields';
import { YearCheckProgress } from './YearCheckProgress';
import { YearPreview } from './YearPreview';
import { useYearCheck } from './useYearCheck';
import { formField, initialValues, yearResolver } from './yearForm';

interface Props {
  /** Prefilled year of a new entry (e.g. from a provisional date's "Add 2027"). */
  year?: number;
  /** The typed-in year to edit; its year cannot change. */
  saved?: UserYear;
  onSaved: (result: { year: number; changes: CalendarChange[] }) => void;
  onCancel: () => void;
}

/** Types in one year's State Council holiday notice, previews what it moves, and saves it. */
export function YearForm({ year, saved, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { form, errorOf, apiError, setApiError, fail, handleSubmit } = useApiForm(
    { resolver: yearResolver },
    () => initialValues(year, saved),
  );
  const { control, formState } = form;
  const unsaved = useUnsavedChanges(formState.isDirty);
  const [preview, setPreview] = useState<{ of: string; changes: CalendarChange[] } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  // Both run in a worker thread on the backend; the screen shows how far they got.
  const { check, follow, stop } = useYearCheck();
  // A preview describes the values it was made from; after any edit it is not shown.
  const current = JSON.stringify(useWatch({ control }));
  const shownPreview = preview && preview.of === current ? preview.changes : null;

  const failed = (error: ApiError) => {
    const onField = { ...error, field: error.field && formField(error.field) };
    fail(onField);
  };

  const runPreview = handleSubmit(async (values) => {
    setApiError(null);
    setPreviewing(true);
    const of = JSON.stringify(form.getValues());
    const result = await follow('preview', values.year, () => call('calendars.preview', values));
    setPreviewing(false);
    if (result.ok) setPreview({ of, changes: result.value.changes });
    else failed(result.error);
  });

  const save = handleSubmit(async (values) => {
    setApiError(null);
    const result = await follow('save', values.year, () => call('calendars.save', values));
    if (result.ok) {
      unsaved.release();
      onSaved(result.value);
    } else failed(result.error);
  });

  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('yearForm.hint')}
        </Text>
        <Controller
          control={control}
          name="year"
          render={({ field }) => (
            <NumberInput
              {...requiredLabel(t('yearForm.year'))}
              value={field.value ?? ''}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
              onBlur={field.onBlur}
              ref={field.ref}
              allowDecimal={false}
              allowNegative={false}
              hideControls
              readOnly={Boolean(saved)}
              maw={160}
              error={errorOf('year')}
            />
          )}
        />
        <HolidayFields form={form} />
        <MakeupFields form={form} />
        {check && <YearCheckProgress check={check} onStop={stop} />}
        <ErrorAlert error={apiError} />
        {shownPreview && (
          <>
            <Divider />
            <YearPreview changes={shownPreview} />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button variant="light" loading={previewing} onClick={() => void runPreview()}>
            {t('yearForm.preview')}
          </Button>
          <Button type="submit" loading={formState.isSubmitting && !previewing}>
            {t('yearForm.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
