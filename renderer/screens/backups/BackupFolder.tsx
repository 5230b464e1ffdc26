import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { backupFolderForm } from '../../../core/backups';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/api';
import { useApiForm } from '../../lib/useApiForm';
import type { BackupJobApi } from './useBackupJob';

/**
 * Back up to another drive. The desktop app asks its folder dialog; the browser cannot
 * open one, so there the full path is typed, checked by the same schema as the backend
 * (which also checks that the folder exists and can be written).
 */
export function BackupFolder({ job, canPick }: { job: BackupJobApi; canPick: boolean }) {
  const { t } = useTranslation();
  const busy = job.running !== null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('backups.folder.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('backups.folder.hint')}
      </Text>
      {canPick ? <PickFolder job={job} busy={busy} /> : <TypeFolder job={job} busy={busy} />}
    </Stack>
  );
}

function PickFolder({ job, busy }: { job: BackupJobApi; busy: boolean }) {
  const { t } = useTranslation();
  const pick = async () => {
    const picked = await call('folders.pick', {});
    if (!picked.ok) return job.start('create', () => Promise.resolve(picked));
    const to = picked.value.path;
    // Closed without choosing: nothing to do.
    if (to !== null) await job.start('create', () => call('backups.create', { to }));
  };
  return (
    <Group>
      <Button variant="default" disabled={busy} onClick={() => void pick()}>
        {t('backups.folder.pick')}
      </Button>
    </Group>
  );
}

function TypeFolder({ job, busy }: { job: BackupJobApi; busy: boolean }) {
  const { t } = useTranslation();
  const { form, errorOf, apiError, setApiError, fail, handleSubmit } = useApiForm(
    backupFolderForm,
    { to: '' },
  );
  const submit = handleSubmit(async ({ to }) => {
    setApiError(null);
    await job.start(
      'create',
      () => call('backups.create', { to }),
      (error) => {
        fail(error);
        return true;
      },
    );
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('backups.folder.title')}>
      <Stack gap="xs">
        <TextInput
          label={t('backups.folder.path')}
          description={t('backups.folder.pathHint')}
          error={errorOf('to')}
          styles={{ input: { fontFamily: 'monospace' } }}
          maw={560}
          {...form.register('to')}
        />
        <ErrorAlert error={apiError} />
        <Group>
          <Button type="submit" variant="default" disabled={busy}>
            {t('backups.folder.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
