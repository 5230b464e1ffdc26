import { useState } from 'react';
import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeader } from '../../components/ScreenHeader';
import { call } from '../../lib/api';
import { useApiValue } from '../../lib/useApiValue';
import { AgendaFilters, type AgendaFilter } from './AgendaFilters';
import { AgendaList } from './AgendaList';
import { download } from './download';

/** Every date still ahead, by day, with filters; the same selection exports as .ics. */
export function CalendarScreen() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AgendaFilter>({});
  const agenda = useApiValue('agenda.list', filter);
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const value = agenda.value;

  const exportIcs = async () => {
    setExporting(true);
    setError(null);
    const result = await call('agenda.ics', filter);
    setExporting(false);
    if (result.ok) download(result.value.filename, result.value.content, 'text/calendar');
    else setError(result.error);
  };

  return (
    <Stack gap="md">
      <ScreenHeader title={t('agenda.title')}>
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={exporting}
          onClick={() => void exportIcs()}
        >
          {t('agenda.export')}
        </Button>
      </ScreenHeader>
      <Text c="dimmed" size="sm" mt={-8}>
        {t('agenda.hint')}
      </Text>
      <Group justify="space-between" align="flex-end">
        <AgendaFilters
          value={filter}
          onChange={setFilter}
          assignees={value?.assignees ?? []}
          authorities={value?.authorities ?? []}
        />
        {value && (
          <Text size="sm" c="dimmed" role="status">
            {t('agenda.count', { count: value.items.length })}
          </Text>
        )}
      </Group>
      <ErrorAlert error={agenda.error ?? error} />
      {!value && agenda.loading && <Loader aria-label={t('app.loading')} />}
      {value && value.items.length === 0 && <Text c="dimmed">{t('agenda.empty')}</Text>}
      {value && <AgendaList items={value.items} />}
    </Stack>
  );
}
