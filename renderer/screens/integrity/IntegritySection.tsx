import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { call } from '../../lib/api';
import { instantDateTime } from '../../lib/dates';
import { useIntegrity } from '../../lib/useIntegrity';
import { CheckpointCard } from './CheckpointCard';
import { CheckpointCheckForm } from './CheckpointCheckForm';

/**
 * Settings › Integrity: whether the history chain holds (Verify now, with progress), its
 * head as a checkpoint to keep elsewhere, and a saved checkpoint checked against today's chain.
 */
export function IntegritySection() {
  const { t } = useTranslation();
  const status = useIntegrity();
  const [error, setError] = useState<ApiError | null>(null);
  const running = status?.running ?? null;
  const verdict = status?.verdict ?? null;
  const percent =
    running && running.total > 0
      ? Math.min(100, Math.round((running.done / running.total) * 100))
      : 0;

  const verify = async () => {
    setError(null);
    const r = await call('history.verify', {});
    if (!r.ok) setError(r.error);
  };

  return (
    <Section
      title={t('integrity.title')}
      actions={
        <Button variant="default" onClick={() => void verify()} loading={running !== null}>
          {t('integrity.verifyNow')}
        </Button>
      }
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('integrity.intro')}
        </Text>
        <ErrorAlert error={error} />
        {running ? (
          <Stack gap={4}>
            <Group justify="space-between">
              <Text size="sm" aria-live="polite">
                {t('integrity.verifying')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('integrity.percent', { percent })}
              </Text>
            </Group>
            <Progress value={percent} aria-label={t('integrity.verifying')} animated />
          </Stack>
        ) : (
          <Text
            size="sm"
            role="status"
            c={verdict?.state === 'broken' ? 'red' : undefined}
            fw={500}
          >
            {verdict === null
              ? t('integrity.notYet')
              : verdict.state === 'intact'
                ? t('integrity.intact', {
                    count: verdict.head.count,
                    time: instantDateTime(verdict.checkedAt),
                  })
                : t('integrity.brokenShort')}
          </Text>
        )}
        <CheckpointCard />
        <CheckpointCheckForm />
      </Stack>
    </Section>
  );
}
