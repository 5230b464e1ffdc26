import { useState } from 'react';
import { Alert, Button, Code, Container, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import type { RecoveryStatus } from '../../../core/backups';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { call } from '../../lib/api';
import { useApiValue } from '../../lib/useApiValue';
import { BackupJobStatus } from '../backups/BackupJobStatus';
import { BackupTable } from '../backups/BackupTable';
import { backupDate, countsText } from '../backups/backupText';
import { RestoreModal } from '../backups/RestoreModal';
import { useBackupJob } from '../backups/useBackupJob';
import { useRestoreChoice } from '../backups/useRestoreChoice';
import { LanguageSelect } from '../settings/LanguageSelect';
import { OtherFolder } from './OtherFolder';

type Recovery = Extract<RecoveryStatus, { mode: 'recovery' }>;

/**
 * The whole window while the data file cannot be opened: what is wrong (with the path),
 * and the ways on: restore the latest verified backup or another one (after the same
 * comparison as in Settings), open another folder, or quit. Nothing here needs the data.
 */
export function RecoveryScreen({ status }: { status: Recovery }) {
  const { t } = useTranslation();
  const list = useApiValue('backups.list', {});
  const job = useBackupJob(list.value?.running, list.reload);
  const restore = useRestoreChoice(job);
  const [quit, setQuit] = useState<'no' | 'done'>('no');
  const [quitError, setQuitError] = useState<ApiError | null>(null);
  const busy = job.running !== null;
  const { latest } = status;

  const doQuit = async () => {
    const r = await call('recovery.quit', {});
    if (r.ok) setQuit('done');
    else setQuitError(r.error);
  };

  if (quit === 'done') {
    return (
      <Container size="sm" py="xl">
        <Text role="status">{t('recovery.quitted')}</Text>
      </Container>
    );
  }

  return (
    <Container size="lg" py="xl" component="main">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start">
          <Title order={1} size="h2">
            {t('recovery.title')}
          </Title>
          <LanguageSelect save={false} />
        </Group>
        <Alert color="red" icon={<IconAlertTriangle />} title={t('recovery.what')}>
          <Stack gap={4}>
            <Text size="sm">{status.message}</Text>
            <Text size="sm">
              {t('recovery.folder')}: <Code>{status.dataDir}</Code>
            </Text>
          </Stack>
        </Alert>
        <BackupJobStatus job={job} />

        <Section title={t('recovery.latestTitle')}>
          {latest ? (
            <Stack gap="sm">
              <Text>
                {t('recovery.latestFacts', {
                  date: backupDate(latest, t),
                  counts: latest.counts ? countsText(latest.counts, t) : t('common.none'),
                })}
              </Text>
              <Group>
                <Button color="red" disabled={busy} onClick={() => restore.choose(latest)}>
                  {t('recovery.restoreLatest')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Text>{t('recovery.noLatest')}</Text>
          )}
        </Section>

        {(list.value?.backups.length ?? 0) > 0 && (
          <Section title={t('recovery.othersTitle')}>
            <BackupTable
              list={list.value!}
              busy={busy}
              onVerify={restore.verify}
              onRestore={restore.choose}
            />
          </Section>
        )}
        {!list.value && list.loading && <Loader size="sm" aria-label={t('backups.loading')} />}
        <ErrorAlert error={list.error} />

        <Section title={t('recovery.folderTitle')}>
          <OtherFolder canSwitch={status.canSwitchFolder} busy={busy} />
        </Section>

        <Section title={t('recovery.quitTitle')}>
          <Stack gap="sm">
            <Text size="sm">{t('recovery.quitHint', { command: 'npm run restore -- PATH' })}</Text>
            <ErrorAlert error={quitError} />
            <Group>
              <Button variant="default" disabled={busy} onClick={() => void doQuit()}>
                {t('recovery.quit')}
              </Button>
            </Group>
          </Stack>
        </Section>
      </Stack>
      <RestoreModal
        backup={restore.chosen}
        current={null}
        onClose={restore.close}
        onConfirm={restore.confirm}
      />
    </Container>
  );
}
