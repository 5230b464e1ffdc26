import { Button, Divider, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { call } from '../../lib/api';
import { useApiValue } from '../../lib/useApiValue';
import { BackupFolder } from './BackupFolder';
import { BackupJobStatus } from './BackupJobStatus';
import { BackupTable } from './BackupTable';
import { RestoreModal } from './RestoreModal';
import { RetentionForm } from './RetentionForm';
import { useBackupJob } from './useBackupJob';
import { useRestoreChoice } from './useRestoreChoice';

/**
 * Settings › Backups: back up now (with progress, cancellable), every backup with its
 * status, Verify and Restore (after a comparison), a backup to another drive, retention.
 */
export function BackupsSection() {
  const { t } = useTranslation();
  const list = useApiValue('backups.list', {});
  const job = useBackupJob(list.value?.running, list.reload);
  const restore = useRestoreChoice(job);
  const value = list.value;
  const busy = job.running !== null;

  return (
    <Section
      title={t('backups.title')}
      actions={
        <Button
          disabled={busy || !value}
          onClick={() => void job.start('create', () => call('backups.create', {}))}
        >
          {t('backups.backUpNow')}
        </Button>
      }
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('backups.intro')}
        </Text>
        <BackupJobStatus job={job} />
        <ErrorAlert error={list.error} />
        {!value && list.loading && <Loader size="sm" aria-label={t('backups.loading')} />}
        {value && value.backups.length === 0 && <Text>{t('backups.empty')}</Text>}
        {value && value.backups.length > 0 && (
          <BackupTable
            list={value}
            busy={busy}
            onVerify={restore.verify}
            onRestore={restore.choose}
          />
        )}
        <RestoreModal
          backup={restore.chosen}
          current={value?.current ?? null}
          onClose={restore.close}
          onConfirm={restore.confirm}
        />
        {value && (
          <>
            <Divider />
            <BackupFolder job={job} canPick={value.canPickFolder} />
            <Divider />
            <RetentionForm retention={value.retention} />
          </>
        )}
      </Stack>
    </Section>
  );
}
