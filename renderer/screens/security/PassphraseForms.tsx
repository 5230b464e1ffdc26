import { Button, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { changeInput, disableInput, enableInput, PASSPHRASE_MIN } from '../../../core/crypt';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/useApiForm';

interface FormProps {
  /** A re-key runs: the forms wait. */
  busy: boolean;
  onStarted(jobId: string): void;
}

type NewField = 'passphrase' | 'confirm';

/** The new passphrase, typed twice (turning encryption on, changing the passphrase). */
function NewPassphraseFields({
  register,
  errorOf,
  label,
}: {
  register: (name: NewField) => UseFormRegisterReturn<NewField>;
  errorOf: (name: NewField) => string | undefined;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordInput
        label={label}
        description={t('security.passphraseHint', { min: PASSPHRASE_MIN })}
        autoComplete="new-password"
        {...register('passphrase')}
        error={errorOf('passphrase')}
      />
      <PasswordInput
        label={t('security.confirm')}
        autoComplete="new-password"
        {...register('confirm')}
        error={errorOf('confirm')}
      />
    </>
  );
}

export function EnableForm({ busy, onStarted }: FormProps) {
  const { t } = useTranslation();
  const { form, errorOf, apiError, submitWith } = useApiForm(enableInput, {
    passphrase: '',
    confirm: '',
  });
  const submit = submitWith(
    (values) => call('security.enable', values),
    ({ jobId }) => {
      form.reset();
      onStarted(jobId);
    },
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('security.enableTitle')}>
      <Stack gap="sm" maw={420}>
        <Title order={3} size="h5">
          {t('security.enableTitle')}
        </Title>
        <NewPassphraseFields
          register={(name) => form.register(name)}
          errorOf={errorOf}
          label={t('security.passphrase')}
        />
        <ErrorAlert error={apiError} />
        <Group>
          <Button type="submit" disabled={busy} loading={form.formState.isSubmitting}>
            {t('security.enable')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ChangeForm({ busy, onStarted }: FormProps) {
  const { t } = useTranslation();
  const { form, errorOf, apiError, submitWith } = useApiForm(changeInput, {
    current: '',
    passphrase: '',
    confirm: '',
  });
  const submit = submitWith(
    (values) => call('security.change', values),
    ({ jobId }) => {
      form.reset();
      onStarted(jobId);
    },
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('security.changeTitle')}>
      <Stack gap="sm" maw={420}>
        <Title order={3} size="h5">
          {t('security.changeTitle')}
        </Title>
        <PasswordInput
          label={t('security.current')}
          autoComplete="current-password"
          {...form.register('current')}
          error={errorOf('current')}
        />
        <NewPassphraseFields
          register={(name) => form.register(name)}
          errorOf={errorOf}
          label={t('security.newPassphrase')}
        />
        <ErrorAlert error={apiError} />
        <Group>
          <Button type="submit" disabled={busy} loading={form.formState.isSubmitting}>
            {t('security.change')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function DisableForm({ busy, onStarted }: FormProps) {
  const { t } = useTranslation();
  const { form, errorOf, apiError, submitWith } = useApiForm(disableInput, { passphrase: '' });
  const submit = submitWith(
    (values) => call('security.disable', values),
    ({ jobId }) => {
      form.reset();
      onStarted(jobId);
    },
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('security.disableTitle')}>
      <Stack gap="sm" maw={420}>
        <Title order={3} size="h5">
          {t('security.disableTitle')}
        </Title>
        <Text size="sm">{t('security.disableHint')}</Text>
        <PasswordInput
          label={t('security.current')}
          autoComplete="current-password"
          {...form.register('passphrase')}
          error={errorOf('passphrase')}
        />
        <ErrorAlert error={apiError} />
        <Group>
          <Button
            type="submit"
            color="red"
            variant="light"
            disabled={busy}
            loading={form.formState.isSubmitting}
          >
            {t('security.disable')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
