import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiValue } from '../../lib/useApiValue';

/** The imports made in this data folder, newest first, each with "Undo" while it stands. */
export function ImportBatches({ onUndo, busy }: { onUndo: (id: number) => void; busy: boolean }) {
  const { t } = useTranslation();
  const batches = useApiValue('import.list', {});
  const list = batches.value?.batches ?? [];
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('imports.pastTitle')}
        </Title>
        <ErrorAlert error={batches.error} />
        {list.length === 0 ? (
          <Text c="dimmed">{t('imports.pastEmpty')}</Text>
        ) : (
          <Table aria-label={t('imports.pastTable')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.when')}</Table.Th>
                <Table.Th>{t('imports.who')}</Table.Th>
                <Table.Th>{t('imports.what')}</Table.Th>
                <Table.Th>{t('imports.added')}</Table.Th>
                <Table.Th>{t('imports.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{b.createdAt.slice(0, 16).replace('T', ' ')}</Table.Td>
                  <Table.Td>{b.createdBy}</Table.Td>
                  <Table.Td>
                    {b.files.map((f) => (
                      <Text key={f.sha256 + f.name} size="sm" title={`SHA-256 ${f.sha256}`}>
                        {f.name}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    {t('imports.addedText', {
                      cases: b.counts.cases ?? 0,
                      listings: b.counts.listings ?? 0,
                    })}
                  </Table.Td>
                  <Table.Td>
                    {b.undoneAt ? (
                      t('imports.stateUndone', { at: b.undoneAt.slice(0, 10) })
                    ) : (
                      <ConfirmButton
                        size="xs"
                        variant="light"
                        color="red"
                        label={t('imports.undo')}
                        aria-label={t('imports.undoBatch', { id: b.id })}
                        title={t('imports.undoTitle')}
                        text={t('imports.undoText')}
                        confirmLabel={t('imports.undo')}
                        disabled={busy}
                        onConfirm={() => onUndo(b.id)}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
