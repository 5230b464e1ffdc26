import { useState } from 'react';
import { Anchor, Button, Group, List, NumberInput, Stack, Text } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RetentionView } from '../../../core/personal/retention';
import { MAX_RETENTION_YEARS } from '../../../core/personal/retention';
import { retentionInput } from '../../../core/personal/schemas';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SettingsPanel } from '../../components/SettingsPanel';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { call } from '../../lib/api';
import { clientNameOf } from '../../lib/clientName';
import { useApiForm } from '../../lib/useApiForm';
import { useApiValue } from '../../lib/useApiValue';

function RetentionForm({ years, onSaved }: { years: number | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const { form, errorOf, apiError, submitWith } = useApiForm(retentionInput, { years });
  const [saved, setSaved] = useState(false);
  useUnsavedChanges(form.formState.isDirty);
  const submit = submitWith(
    (values) => {
      setSaved(false);
      return call('retention.set', values);
    },
    (value) => {
      form.reset({ years: value.years });
      setSaved(true);
      onSaved();
    },
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="xs">
        <Controller
          control={form.control}
          name="years"
          render={({ field }) => (
            <NumberInput
              label={t('personal.retention.years')}
              description={t('personal.retention.yearsHint', { max: MAX_RETENTION_YEARS })}
              min={1}
              max={MAX_RETENTION_YEARS}
              allowDecimal={false}
              allowNegative={false}
              maw={320}
              value={field.value ?? ''}
              // An emptied field turns retention off.
              onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errorOf('years')}
            />
          )}
        />
        <ErrorAlert error={apiError} />
        <Group>
          <Button type="submit" variant="default" loading={form.formState.isSubmitting}>
            {t('personal.retention.save')}
          </Button>
          {saved && !form.formState.isDirty && (
            <Text size="sm" c="teal" role="status">
              {t('personal.retention.saved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function DueList({ view }: { view: RetentionView }) {
  const { t } = useTranslation();
  if (view.years === null) return <Text size="sm">{t('personal.retention.off')}</Text>;
  if (view.due.length === 0)
    return <Text size="sm">{t('personal.retention.noneDue', { cutoff: view.cutoff })}</Text>;
  return (
    <Stack gap={4}>
      <Text size="sm">
        {t('personal.retention.due', { count: view.due.length, cutoff: view.cutoff })}
      </Text>
      <List size="sm" aria-label={t('personal.retention.dueList')}>
        {view.due.map((c) => (
          <List.Item key={c.id}>
            <Anchor component={Link} to={`/clients/${c.id}`}>
              {clientNameOf(c.name, t)}
            </Anchor>{' '}
            <Text span size="sm" c="dimmed">
              {t('personal.retention.lastEnded', { date: c.lastEnded, count: c.cases })}
            </Text>
          </List.Item>
        ))}
      </List>
      {view.more && (
        <Text size="sm" c="dimmed">
          {t('personal.retention.more')}
        </Text>
      )}
    </Stack>
  );
}

/** Settings › Personal data: how long it is kept, and the clients now due for erasure. */
export function PersonalRetention() {
  const { t } = useTranslation();
  const view = useApiValue('retention.get', {});
  return (
    <SettingsPanel
      id="retention"
      title={t('personal.retention.title')}
      hint={t('personal.retention.hint')}
    >
      <ErrorAlert error={view.error} />
      {view.value && (
        <>
          <RetentionForm years={view.value.years} onSaved={view.reload} />
          <DueList view={view.value} />
        </>
      )}
    </SettingsPanel>
  );
}
