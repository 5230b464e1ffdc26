import { useEffect, useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError } from '../../../api/contract';
import { settingsInput } from '../../../core/schemas';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { applyApiError, fieldsOf, useFieldError } from '../../lib/formErrors';

type Values = z.input<typeof settingsInput>;
type Output = z.output<typeof settingsInput>;

/** The user's name (the "who" of the history), validated with the settings schema. */
export function UserNameForm({ userName }: { userName: string }) {
  const { t } = useTranslation();
  const [defaults] = useState<Values>({ userName });
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(settingsInput),
    mode: 'onChange',
    defaultValues: defaults,
  });
  const errorOf = useFieldError(form.formState);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  // A name saved from another window replaces the text, unless the user is editing it.
  useEffect(() => {
    if (!form.formState.isDirty) form.reset({ userName });
  }, [userName, form]);

  const submit = form.handleSubmit(async (values) => {
    setApiError(null);
    setSaved(false);
    const result = await call('settings.update', { userName: values.userName });
    if (result.ok) {
      form.reset({ userName: result.value.userName });
      setSaved(true);
    } else setApiError(applyApiError(result.error, form.setError, fieldsOf(defaults)));
  });

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
