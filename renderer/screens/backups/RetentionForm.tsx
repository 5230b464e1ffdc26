import { useEffect, useState } from 'react';
import { Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  MAX_KEEP_DAILY,
  MAX_KEEP_WEEKLY,
  retentionInput,
  type Retention,
} from '../../../core/backups';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/useApiForm';

const FIELDS = [
  { name: 'keepDaily', min: 1, max: MAX_KEEP_DAILY, label: 'daily', hint: 'dailyHint' },
  { name: 'keepWeekly', min: 0, max: MAX_KEEP_WEEKLY, label: 'weekly', hint: 'weeklyHint' },
] as const;

/** How many automatic backups are kept, checked by the same schema as backups.configure. */
export function RetentionForm({ retention }: { retention: Retention }) {
  const { t } = useTranslation();
  const { form, errorOf, apiError, submitWith } = useApiForm(retentionInput, retention);
  const [saved, setSaved] = useState(false);
  useUnsavedChanges(form.formState.isDirty);

  // Saved from another window: shown here, unless the user is editing.
  const { keepDaily, keepWeekly } = retention;
  useEffect(() => {
    if (!form.formState.isDirty) form.reset({ keepDaily, keepWeekly });
  }, [keepDaily, keepWeekly, form]);

  const submit = submitWith(
    (values) => {
      setSaved(false);
      return call('backups.configure', values);
    },
    (value) => {
      form.reset(value);
      setSaved(true);
    },
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="retention-title">
      <Stack gap="xs">
        <Title order={3} size="h5" id="retention-title">
          {t('backups.retention.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('backups.retention.hint')}
        </Text>
        <Group align="flex-start" grow maw={560}>
          {FIELDS.map(({ name, min, max, label, hint }) => (
            <Controller
              key={name}
              control={form.control}
              name={name}
              render={({ field }) => (
                <NumberInput
                  label={t(`backups.retention.${label}`)}
                  description={t(`backups.retention.${hint}`)}
                  min={min}
                  max={max}
                  allowDecimal={false}
                  allowNegative={false}
                  value={Number.isNaN(field.value) ? '' : field.value}
                  // An emptied field is not "unchanged": NaN makes the schema say what to enter.
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={errorOf(name)}
                />
              )}
            />
          ))}
        </Group>
        <ErrorAlert error={apiError} />
        <Group>
          <Button type="submit" variant="default" loading={form.formState.isSubmitting}>
            {t('backups.retention.save')}
          </Button>
          {saved && !form.formState.isDirty && (
            <Text size="sm" c="teal" role="status">
              {t('backups.retention.saved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
