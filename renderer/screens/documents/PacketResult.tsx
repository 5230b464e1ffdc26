import { Alert, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import type { PacketRecord } from '../../../core/types';
import { FieldList } from '../../components/FieldList';
import { PacketDownloadButton } from './PacketDownloadButton';
import { NotEnclosedList } from './PacketPreflight';

/**
 * A finished export: "Packet exported" only when nothing was left out; otherwise how many
 * items were not enclosed, which, and the reason the user gave. Then its file, pages and SHA-256.
 */
export function PacketResult({
  packet,
  onError,
}: {
  packet: PacketRecord;
  onError: (error: ApiError | null) => void;
}) {
  const { t } = useTranslation();
  const leftOut = packet.notEnclosed.filter((n) => n.kind !== 'paperOriginal');
  const partial = leftOut.length > 0;
  return (
    <Alert
      color={partial ? 'yellow' : 'teal'}
      variant="light"
      title={partial ? t('packetResult.partial', { count: leftOut.length }) : t('packets.done')}
      role="status"
    >
      <Stack gap="xs">
        {packet.notEnclosed.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {t('packetResult.leftOut')}
            </Text>
            <NotEnclosedList items={packet.notEnclosed} label={t('packetResult.leftOut')} />
            {packet.overrideReason && (
              <Text size="sm">{t('packetResult.reason', { reason: packet.overrideReason })}</Text>
            )}
          </Stack>
        )}
        <FieldList
          cols={1}
          items={[
            { label: t('packets.filename'), value: packet.filename },
            { label: t('packets.pages'), value: String(packet.pageCount) },
            {
              label: t('packets.sha256'),
              value: (
                <Code
                  data-testid="packet-sha256"
                  style={{ wordBreak: 'break-all', userSelect: 'text' }}
                >
                  {packet.sha256}
                </Code>
              ),
            },
          ]}
        />
        <div>
          <PacketDownloadButton packet={packet} onError={onError} />
        </div>
      </Stack>
    </Alert>
  );
}
