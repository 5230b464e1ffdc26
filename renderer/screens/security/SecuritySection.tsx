import { useState } from 'react';
import { Alert, Button, Divider, Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { call } from '../../lib/api';
import { useApiValue } from '../../lib/useApiValue';
import { ChangeForm, DisableForm, EnableForm } from './PassphraseForms';
import { useRekeyJob } from './useRekeyJob';

/**
 * Settings › Security: whether the data is encrypted; turning encryption on (with the
 * warning that a lost passphrase means lost data), changing the passphrase, turning it
 * off; a running re-key with its step and Cancel; forgetting a key the desktop remembered.
 */
export function SecuritySection() {
  const { t } = useTranslation();
  const status = useApiValue('security.status', {});
  const job = useRekeyJob(status.value?.running, status.reload);
  const [forgotten, setForgotten] = useState(false);
  const s = status.value;
  const busy = job.running !== null;
  const { outcome } = job;

  const forget = async () => {
    const r = await call('security.forget', {});
    if (r.ok) setForgotten(true);
    status.reload();
  };

  return (
    <Section title={t('security.title')}>
      <Stack gap="md" maw={640}>
        <ErrorAlert error={status.error} />
        {!s && status.loading && <Loader aria-label={t('app.loading')} />}
        {s && <Text>{s.encrypted ? t('security.on') : t('security.off')}</Text>}
        {job.running && (
          <Stack gap={4} role="status">
            <Text size="sm">
              {t(`security.running.${job.running.step ?? 'waiting'}`, {
                done: job.running.done,
                total: job.running.total,
              })}{' '}
              {t('security.runningHint')}
            </Text>
            <Group>
              <Progress
                value={job.running.total ? (100 * job.running.done) / job.running.total : 0}
                style={{ flex: 1 }}
                aria-hidden
              />
              <Button variant="default" size="xs" onClick={() => void job.cancel()}>
                {t('security.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
        {outcome && (
          <Text role="status" c={outcome.ok ? 'teal' : outcome.cancelled ? undefined : 'red'}>
            {outcome.ok
              ? outcome.unfinished
                ? t('security.unfinished')
                : t(`security.done.${outcome.op}`)
              : outcome.cancelled
                ? t('security.cancelled')
                : outcome.message}
          </Text>
        )}
        {/* Standing advice, not news: a note, so screen readers do not announce it as an alert. */}
        <Alert
          role="note"
          color="yellow"
          icon={<IconAlertTriangle />}
          title={t('security.lossWarningTitle')}
        >
          <Stack gap={4}>
            <Text size="sm">{t('security.lossWarning')}</Text>
            <Text size="sm">{t('security.attachmentsNote')}</Text>
          </Stack>
        </Alert>
        {s && !s.encrypted && (
          <EnableForm busy={busy} onStarted={(id) => job.started('enable', id)} />
        )}
        {s?.encrypted && (
          <>
            {s.remembered && (
              <Group>
                <Text size="sm">{t('security.remembered')}</Text>
                <Button variant="default" size="xs" onClick={() => void forget()}>
                  {t('security.forget')}
                </Button>
              </Group>
            )}
            {forgotten && !s.remembered && (
              <Text size="sm" role="status">
                {t('security.forgotten')}
              </Text>
            )}
            <ChangeForm busy={busy} onStarted={(id) => job.started('change', id)} />
            <Divider />
            <DisableForm busy={busy} onStarted={(id) => job.started('disable', id)} />
          </>
        )}
      </Stack>
    </Section>
  );
}
