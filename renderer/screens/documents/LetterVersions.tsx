import { useId } from 'react';
import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LetterVersion } from '../../../core/documents';
import { instantDateTime } from '../../lib/dates';

/** The saved versions of a letter, newest first, each of which can be opened in the editor. */
export function LetterVersions({
  versions,
  current,
  onOpen,
}: {
  versions: LetterVersion[];
  /** The version the editor was loaded from, if any. */
  current: number | null;
  onOpen: (version: LetterVersion) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack gap={4} component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t('letterEditor.versions')}
      </Title>
      {versions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('letterEditor.noVersions')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420} mah={170} type="native">
          <Table striped verticalSpacing={4} aria-labelledby={headingId} stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('letterEditor.version')}</Table.Th>
                <Table.Th>{t('letterEditor.savedAt')}</Table.Th>
                <Table.Th>{t('letterEditor.savedBy')}</Table.Th>
                <Table.Th>{t('letterEditor.language')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.map((v) => (
                <Table.Tr key={v.id} aria-current={v.version === current ? 'true' : undefined}>
                  <Table.Td fw={v.version === current ? 700 : undefined}>{v.version}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{instantDateTime(v.savedAt)}</Table.Td>
                  <Table.Td>{v.savedBy}</Table.Td>
                  <Table.Td>
                    {v.lang === 'zh' ? t('letters.chinese') : t('letters.english')}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="light"
                      aria-label={t('letterEditor.openVersion', { version: v.version })}
                      onClick={() => onOpen(v)}
                    >
                      {t('letterEditor.open')}
                    </Button>
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
