import { useEffect, useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { settingsInput } from '../../../core/schemas';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/useApiForm';

/** The user's name (the "who" of the history), validated with the settings schema. */
export function UserNameForm({ userName }: { userName: string }) {
  const { t } = useTranslation();
  const { form, errorOf, apiError, submitWith } = useApiForm(settingsInput, { userName });
  const [saved, setSaved] = useState(false);
  useUnsavedChanges(form.formState.isDirty);

  // A name saved from another window replaces the text, unless the user is editing it.
  useEffect(() => {
    if (!form.formState.isDirty) form.reset({ userName });
  }, [userName, form]);

  const submit = submitWith(
    (values) => {
      setSaved(false);
      return call('settings.update', { userName: values.userName });
    },
    (settings) => {
      form.reset({ userName: settings.userName });
      setSaved(true);
    },
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('settings.userName')}
          description={t('settings.userNameHint')}
          {...form.register('userName')}
          error={errorOf('userName')}
          maw={360}
        />
        <ErrorAlert error={apiError} />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('settings.save')}
          </Button>
          {saved && !form.formState.isDirty && (
            <Text size="sm" c="teal" role="status">
              {t('settings.saved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
