import { Badge, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ColumnTarget } from '../../../core/import/fields';
import { normaliseHeader, recogniseHeader } from '../../../core/import/headers';
import type { ImportSheet, Mapping } from '../../../core/import/types';

interface Props {
  sheets: ImportSheet[];
  mapping: Mapping;
  remembered: boolean;
  onChange: (mapping: Mapping) => void;
}

/** Every distinct header of the files once, by its normalised key, as first written. */
export function distinctHeaders(sheets: ImportSheet[]): { key: string; header: string }[] {
  const seen = new Map<string, string>();
  for (const s of sheets)
    for (const h of s.headers) {
      const key = normaliseHeader(h);
      if (key !== '' && !seen.has(key)) seen.set(key, h);
    }
  return [...seen].map(([key, header]) => ({ key, header }));
}

/** Each column's target field, changeable; the header it was recognised by shown beside it. */
export function ImportMapping({ sheets, mapping, remembered, onChange }: Props) {
  const { t } = useTranslation();
  const options = (['ignore', ...IMPORT_FIELDS] as ColumnTarget[]).map((f) => ({
    value: f,
    label: t(`imports.field.${f}`),
  }));
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('imports.mappingTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('imports.mappingIntro')}{' '}
          {remembered ? t('imports.remembered') : t('imports.recognised')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {distinctHeaders(sheets).map(({ key, header }) => (
            <Group key={key} gap="xs" align="end" wrap="nowrap">
              <Select
                style={{ flex: 1 }}
                label={t('imports.columnLabel', { header })}
                data={options}
                value={mapping[key] ?? 'ignore'}
                allowDeselect={false}
                onChange={(v) => v && onChange({ ...mapping, [key]: v as ColumnTarget })}
              />
              {recogniseHeader(header) !== null && recogniseHeader(header) === mapping[key] && (
                <Badge variant="light" color="teal" mb={6} aria-hidden>
                  ✓
                </Badge>
              )}
            </Group>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
