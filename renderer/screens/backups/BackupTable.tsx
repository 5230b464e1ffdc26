import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupList, BackupSummary } from '../../../core/backups';
import { instantDateTime } from '../../../core/instant';
import { FileSize } from '../documents/FileSize';
import { backupDate, countsText, notRestorable } from './backupText';

const STATE_COLOR = { verified: 'teal', damaged: 'red', raw: 'gray', unchecked: 'yellow' } as const;

interface Props {
  list: BackupList;
  /** A job runs: nothing else can start. */
  busy: boolean;
  onVerify: (b: BackupSummary) => void;
  onRestore: (b: BackupSummary) => void;
}

/**
 * Every backup of every location, newest first: when, why, what it holds, its size, its
 * status and where it is; Verify and Restore each (Restore disabled, saying why, for a
 * backup that cannot be restored).
 */
export function BackupTable({ list, busy, onVerify, onRestore }: Props) {
  const { t } = useTranslation();
  const reachable = new Map(list.locations.map((l) => [l.path, l]));
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="xs" aria-label={t('backups.listLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('backups.made')}</Table.Th>
            <Table.Th>{t('backups.kind')}</Table.Th>
            <Table.Th>{t('backups.holds')}</Table.Th>
            <Table.Th>{t('backups.size')}</Table.Th>
            <Table.Th>{t('backups.status')}</Table.Th>
            <Table.Th>{t('backups.where')}</Table.Th>
            <Table.Th>{t('backups.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.backups.map((b) => {
            const date = backupDate(b, t);
            const why = notRestorable(b, t);
            const location = reachable.get(b.location);
            const reasonId = `backup-${b.id}-reason`;
            return (
              <Table.Tr key={`${b.location}|${b.id}`}>
                <Table.Td>{date}</Table.Td>
                <Table.Td>{t(`backups.kinds.${b.kind ?? 'unknown'}`)}</Table.Td>
                <Table.Td>
                  {b.counts ? countsText(b.counts, t) : t('common.none')}
                  {b.missing > 0 && (
                    <Text size="xs" c="orange.8">
                      {t('backups.missing', { count: b.missing })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <FileSize size={b.size} />
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Badge color={STATE_COLOR[b.status.state]} variant="light">
                      {t(`backups.state.${b.status.state}`)}
                    </Badge>
                    {'checkedAt' in b.status && b.status.checkedAt && (
                      <Text size="xs" c="dimmed">
                        {t('backups.checkedAt', { at: instantDateTime(b.status.checkedAt) })}
                      </Text>
                    )}
                    {why && (
                      <Text size="xs" c="red.8" id={reasonId}>
                        {why}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                    {location?.own ? t('backups.here') : b.location}
                  </Text>
                  {location && !location.reachable && (
                    <Text size="xs" c="orange.8">
                      {t('backups.unreachable')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="default"
                      disabled={busy || b.status.state === 'raw'}
                      aria-label={t('backups.verifyLabel', { date })}
                      onClick={() => onVerify(b)}
                    >
                      {t('backups.verify')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="light"
                      color="red"
                      disabled={busy || why !== null}
                      aria-label={t('backups.restoreLabel', { date })}
                      aria-describedby={why ? reasonId : undefined}
                      onClick={() => onRestore(b)}
                    >
                      {t('backups.restore')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
