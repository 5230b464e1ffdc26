import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import type { BackupSummary } from '../../../core/backups';
import { restoreBackupInput } from '../../../core/crypt';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiForm } from '../../lib/useApiForm';
import { useApiValue } from '../../lib/useApiValue';

interface Props {
  backup: BackupSummary;
  onCancel: () => void;
  /** Starts the restore; the refusal when there was one (a wrong passphrase). */
  onConfirm: (b: BackupSummary, passphrase: string) => Promise<ApiError | null>;
}

/**
 * The restore dialog's last step for a backup made under another passphrase: that
 * passphrase (what the data had when the backup was made), and what the data opens with
 * afterwards — today's passphrase when the data is encrypted now, the backup's when not.
 */
export function RestorePassphrase({ backup, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  const status = useApiValue('security.status', {});
  const { form, errorOf, apiError, fail, handleSubmit } = useApiForm(restoreBackupInput, {
    id: backup.id,
    location: backup.location,
    passphrase: '',
  });
  const submit = handleSubmit(async (values) => {
    const refused = await onConfirm(backup, values.passphrase ?? '');
    if (refused) fail(refused);
  });
  const encrypted = status.value?.encrypted;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('security.restore.title')}>
      <Stack gap="sm">
        <PasswordInput
          label={t('security.restore.passphrase')}
          description={t('security.restore.hint')}
          autoComplete="off"
          data-autofocus
          {...form.register('passphrase')}
          error={errorOf('passphrase')}
        />
        {encrypted !== undefined && (
          <Text size="sm">
            {t(encrypted ? 'security.restore.keepsCurrent' : 'security.restore.takesBackup')}
          </Text>
        )}
        <ErrorAlert error={apiError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={form.formState.isSubmitting}>
            {t('restoreDialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
