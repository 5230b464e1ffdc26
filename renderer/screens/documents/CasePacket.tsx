import { useState } from 'react';
import { Alert, Button, Code, Group, Progress, Select, Stack, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import type { Lang } from '../../../core/messages';
import type { CaseDetail } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { useLanguage } from '../../i18n/LanguageProvider';
import { PacketDownloadButton } from './PacketDownloadButton';
import { PacketList } from './PacketList';
import { usePacketJob } from './usePacketJob';

/**
 * The submission packet: export in a chosen language with progress and Cancel, the new
 * packet's SHA-256 in full, and every packet exported so far.
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
  const [lang, setLang] = useState<Lang>(uiLang);
  const { job, start, cancel } = usePacketJob(detail.id, onChanged);
  const [error, setError] = useState<ApiError | null>(null);
  const running = job.state === 'running';

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('packets.hint')}
      </Text>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('packets.language')}
          data={[
            { value: 'en', label: t('letters.english') },
            { value: 'zh', label: t('letters.chinese') },
          ]}
          value={lang}
          allowDeselect={false}
          onChange={(v) => v && setLang(v as Lang)}
          disabled={running}
          w={160}
        />
        <Button
          leftSection={<IconFileExport size={16} aria-hidden />}
          disabled={disabled || running}
          onClick={() => void start(lang)}
        >
          {t('packets.export')}
        </Button>
      </Group>
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
      {job.state === 'done' && (
        <Alert color="teal" variant="light" title={t('packets.done')} role="status">
          <Stack gap="xs">
            <FieldList
              cols={1}
              items={[
                { label: t('packets.filename'), value: job.packet.filename },
                { label: t('packets.pages'), value: String(job.packet.pageCount) },
                {
                  label: t('packets.sha256'),
                  value: (
                    <Code
                      data-testid="packet-sha256"
                      style={{ wordBreak: 'break-all', userSelect: 'text' }}
                    >
                      {job.packet.sha256}
                    </Code>
                  ),
                },
              ]}
            />
            <div>
              <PacketDownloadButton packet={job.packet} onError={setError} />
            </div>
          </Stack>
        </Alert>
      )}
      <ErrorAlert error={error} />
      <PacketList packets={detail.packets} />
    </Stack>
  );
}
