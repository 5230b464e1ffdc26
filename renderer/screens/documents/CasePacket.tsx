import { useState } from 'react';
import { Alert, Button, Group, Progress, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { packetStartInput } from '../../../core/documents';
import type { Lang } from '../../../core/messages';
import type { CaseDetail } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/LanguageProvider';
import { requiredLabel } from '../../lib/requiredLabel';
import { useApiForm } from '../../lib/useApiForm';
import { useApiValue } from '../../lib/useApiValue';
import { PacketList } from './PacketList';
import { PacketPreflight } from './PacketPreflight';
import { PacketResult } from './PacketResult';
import { usePacketJob } from './usePacketJob';

/**
 * The submission packet: a check of what it would leave out, shown before exporting; an
 * export in a chosen language, with a written reason when anything would be left out,
 * with progress and Cancel; the new packet's SHA-256 in full; every packet exported so far.
 */
export function CasePacket({
  detail,
  disabled,
  onChanged,
}: {
  detail: Pick<CaseDetail, 'id' | 'packets'>;
  disabled?: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { lang: uiLang } = useLanguage();
  const check = useApiValue('packets.preflight', { caseId: detail.id });
  const { job, start, cancel } = usePacketJob(detail.id, onChanged);
  const [error, setError] = useState<ApiError | null>(null);
  const { form, errorOf, apiError, fail, handleSubmit } = useApiForm(packetStartInput, {
    caseId: detail.id,
    lang: uiLang,
    reason: '',
  });
  const running = job.state === 'running';
  const lang = form.watch('lang');
  const problems = check.value?.problems.length ?? 0;

  const submit = handleSubmit(async (values) => {
    // The backend refuses the same (needs_override); asking here saves a round trip.
    if (problems > 0 && values.reason === '') {
      form.setError('reason', { type: 'server', message: t('preflight.reasonRequired') });
      return;
    }
    const refused = await start(values.lang, problems > 0 ? values.reason : '');
    if (refused) fail(refused);
    else form.resetField('reason');
  });

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('packets.hint')}
      </Text>
      <PacketPreflight value={check.value} loading={check.loading} error={check.error} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          {problems > 0 && (
            <Textarea
              {...requiredLabel(t('preflight.reason'))}
              description={t('preflight.reasonHint')}
              autosize
              minRows={2}
              disabled={disabled || running}
              {...form.register('reason')}
              error={errorOf('reason')}
            />
          )}
          <Group align="flex-end" gap="sm">
            <Select
              label={t('packets.language')}
              data={[
                { value: 'en', label: t('letters.english') },
                { value: 'zh', label: t('letters.chinese') },
              ]}
              value={lang}
              allowDeselect={false}
              onChange={(v) => v && form.setValue('lang', v as Lang)}
              disabled={running}
              w={160}
            />
            <Button
              type="submit"
              color={problems > 0 ? 'orange' : undefined}
              leftSection={<IconFileExport size={16} aria-hidden />}
              disabled={disabled || running || !check.value}
            >
              {problems > 0 ? t('preflight.exportAnyway') : t('packets.export')}
            </Button>
          </Group>
          <ErrorAlert error={apiError} />
        </Stack>
      </form>
      {running && (
        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="sm" role="status">
              {job.total > 0
                ? t('packets.progressText', { done: job.done, count: job.total })
                : t('packets.progressStarting')}
            </Text>
            <Button
              size="compact-sm"
              variant="default"
              disabled={!job.jobId}
              onClick={() => void cancel()}
            >
              {t('packets.cancel')}
            </Button>
          </Group>
          <Progress
            aria-label={t('packets.progress')}
            value={job.total ? Math.round((job.done / job.total) * 100) : 0}
            animated
          />
        </Stack>
      )}
      {job.state === 'cancelled' && (
        <Alert color="gray" variant="light" role="status">
          <Text size="sm">{t('packets.cancelled')}</Text>
        </Alert>
      )}
      {job.state === 'failed' && <ErrorAlert error={job.error} />}
      {job.state === 'done' && <PacketResult packet={job.packet} onError={setError} />}
      <ErrorAlert error={error} />
      <PacketList packets={detail.packets} />
    </Stack>
  );
}
