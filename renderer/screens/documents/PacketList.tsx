import { useState } from 'react';
import { Code, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import type { PacketRecord } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { instantDateTime } from '../../lib/dates';
import { describeNotEnclosed } from '../../../core/documents';
import { useLanguage } from '../../i18n/LanguageProvider';
import { PacketDownloadButton } from './PacketDownloadButton';

/** What a packet did not enclose, and the reason given, under its file name. */
function LeftOut({ packet }: { packet: PacketRecord }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const leftOut = packet.notEnclosed.filter((n) => n.kind !== 'paperOriginal');
  if (leftOut.length === 0) return null;
  return (
    <Text size="xs" c="orange.9">
      {t('packetResult.listed', {
        count: leftOut.length,
        list: leftOut.map((n) => describeNotEnclosed(n, lang)).join(t('history.separator')),
      })}
      {packet.overrideReason && ` — ${t('packetResult.reason', { reason: packet.overrideReason })}`}
    </Text>
  );
}

/** Every packet exported for the case, newest first, each with its SHA-256 and what it left out. */
export function PacketList({ packets }: { packets: PacketRecord[] }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('packets.list')}
      </Title>
      <ErrorAlert error={error} />
      {packets.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('packets.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" aria-label={t('packets.list')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('packets.created')}</Table.Th>
                <Table.Th>{t('packets.filename')}</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('packets.pages')}</Table.Th>
                <Table.Th>{t('packets.sha256')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {packets.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{instantDateTime(p.createdAt)}</Text>
                    {p.createdBy && (
                      <Text size="xs" c="dimmed">
                        {p.createdBy}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.filename}</Text>
                    <LeftOut packet={p} />
                  </Table.Td>
                  <Table.Td>{p.pageCount}</Table.Td>
                  <Table.Td>
                    <Code fz="xs" style={{ wordBreak: 'break-all', userSelect: 'text' }}>
                      {p.sha256}
                    </Code>
                  </Table.Td>
                  <Table.Td>
                    <PacketDownloadButton packet={p} onError={setError} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
