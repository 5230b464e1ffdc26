import { useEffect, useState } from 'react';
import { Button, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Temporal } from 'temporal-polyfill';
import { instantDateTime } from '../../../core/instant';
import { MAX_REMINDER_DAYS, settingsInput } from '../../../core/schemas';
import { isTimeZone, timeZones } from '../../../core/time-zones';
import type { Settings } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { call } from '../../lib/api';
import { applyTimeZone } from '../../lib/timeZone';
import { useApiForm } from '../../lib/useApiForm';

type Props = Pick<Settings, 'timeZone' | 'icsReminderDays'>;

/** The zone of "today" and of every time shown, and the .ics reminder; asks before leaving unsaved. */
export function ClockForm({ timeZone, icsReminderDays }: Props) {
  const { t } = useTranslation();
  const { form, errorOf, apiError, submitWith } = useApiForm(settingsInput, {
    timeZone,
    icsReminderDays,
  });
  const [saved, setSaved] = useState(false);
  useUnsavedChanges(form.formState.isDirty);
  const chosen = useWatch({ control: form.control, name: 'timeZone' });

  // Saved from another window: shown here, unless the user is editing.
  useEffect(() => {
    if (!form.formState.isDirty) form.reset({ timeZone, icsReminderDays });
  }, [timeZone, icsReminderDays, form]);

  const submit = submitWith(
    (values) => {
      setSaved(false);
      return call('settings.update', {
        timeZone: values.timeZone,
        icsReminderDays: values.icsReminderDays,
      });
    },
    (settings) => {
      applyTimeZone(settings.timeZone);
      form.reset({ timeZone: settings.timeZone, icsReminderDays: settings.icsReminderDays });
      setSaved(true);
    },
  );
  const now =
    chosen && isTimeZone(chosen)
      ? instantDateTime(Temporal.Now.instant().toString(), chosen)
      : null;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="clock-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="clock-title">
          {t('clock.title')}
        </Title>
        <Controller
          control={form.control}
          name="timeZone"
          render={({ field }) => (
            <Select
              label={t('clock.timeZone')}
              description={t('clock.timeZoneHint')}
              placeholder={t('clock.timeZoneSearch')}
              nothingFoundMessage={t('clock.noZone')}
              data={timeZones() as string[]}
              searchable
              allowDeselect={false}
              limit={50}
              value={field.value ?? null}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errorOf('timeZone')}
              maw={420}
            />
          )}
        />
        {now && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('clock.now', { now })}
          </Text>
        )}
        <Controller
          control={form.control}
          name="icsReminderDays"
          render={({ field }) => (
            <NumberInput
              label={t('clock.reminderDays')}
              description={t('clock.reminderHint')}
              min={0}
              max={MAX_REMINDER_DAYS}
              allowDecimal={false}
              allowNegative={false}
              value={field.value === undefined || Number.isNaN(field.value) ? '' : field.value}
              // An emptied field is not "unchanged": NaN makes the schema say what to enter.
              onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errorOf('icsReminderDays')}
              maw={420}
            />
          )}
        />
        <ErrorAlert error={apiError} />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('clock.save')}
          </Button>
          {saved && !form.formState.isDirty && (
            <Text size="sm" c="teal" role="status">
              {t('clock.saved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
