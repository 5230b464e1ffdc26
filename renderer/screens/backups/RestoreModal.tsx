import type { ReactNode } from 'react';
import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import type { BackupSummary, DataFacts } from '../../../core/backups';
import { instantDateTime } from '../../../core/instant';
import { FileSize } from '../documents/FileSize';
import { RestorePassphrase } from '../security/RestorePassphrase';
import { backupDate, notRestorable } from './backupText';

interface Props {
  backup: BackupSummary | null;
  /** What the data folder holds now; null when its data file cannot be read (recovery). */
  current: DataFacts | null;
  onClose: () => void;
  /** Starts the restore; a refused passphrase comes back (shown on its field). */
  onConfirm: (b: BackupSummary, passphrase?: string) => Promise<ApiError | null>;
}

/**
 * Before a restore: what the backup holds beside what is there now, what is replaced,
 * that a safety copy is taken first, and the one button that restores.
 */
export function RestoreModal({ backup, current, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  const date = backup ? backupDate(backup, t) : '';
  return (
    <Modal
      opened={backup !== null}
      onClose={onClose}
      title={t('restoreDialog.title', { date })}
      size="lg"
      centered
    >
      {backup && (
        <RestoreFacts backup={backup} current={current} date={date}>
          {backup.needsPassphrase && notRestorable(backup, t) === null ? (
            <RestorePassphrase backup={backup} onCancel={onClose} onConfirm={onConfirm} />
          ) : (
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} data-autofocus>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                disabled={notRestorable(backup, t) !== null}
                onClick={() => void onConfirm(backup)}
              >
                {t('restoreDialog.confirm')}
              </Button>
            </Group>
          )}
        </RestoreFacts>
      )}
    </Modal>
  );
}

function RestoreFacts({
  backup,
  current,
  date,
  children,
}: {
  backup: BackupSummary;
  current: DataFacts | null;
  date: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const why = notRestorable(backup, t);
  const none = t('restoreDialog.never');
  const nowOr = (value: ReactNode) => (current ? value : t('restoreDialog.unreadable'));
  const rows: [string, ReactNode, ReactNode][] = [
    [t('restoreDialog.made'), date, nowOr(t('common.none'))],
    [t('restoreDialog.clients'), backup.counts?.clients ?? none, nowOr(current?.counts.clients)],
    [t('restoreDialog.cases'), backup.counts?.cases ?? none, nowOr(current?.counts.cases)],
    [t('restoreDialog.files'), backup.counts?.files ?? none, nowOr(current?.counts.files)],
    [
      t('restoreDialog.filesSize'),
      <FileSize key="b" size={backup.filesSize} />,
      nowOr(<FileSize size={current?.filesSize ?? 0} />),
    ],
    [
      t('restoreDialog.lastChange'),
      backup.newestChange ? instantDateTime(backup.newestChange) : none,
      nowOr(current?.newestChange ? instantDateTime(current.newestChange) : none),
    ],
  ];
  return (
    <Stack gap="md">
      <Table withTableBorder withColumnBorders captionSide="top">
        <Table.Caption>{t('restoreDialog.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('restoreDialog.what')}</Table.Th>
            <Table.Th>{t('restoreDialog.backup')}</Table.Th>
            <Table.Th>{t('restoreDialog.now')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([what, then, now]) => (
            <Table.Tr key={what}>
              <Table.Th scope="row">{what}</Table.Th>
              <Table.Td>{then}</Table.Td>
              <Table.Td>{now}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {why ? (
        <Alert color="red" role="alert">
          {why}
        </Alert>
      ) : (
        <Stack gap={4}>
          <Text size="sm">{t('restoreDialog.replaces', { date })}</Text>
          <Text size="sm">{t(current ? 'restoreDialog.safety' : 'restoreDialog.safetyRaw')}</Text>
          {backup.status.state === 'unchecked' && (
            <Text size="sm">{t('restoreDialog.unchecked')}</Text>
          )}
        </Stack>
      )}
      {children}
    </Stack>
  );
}
