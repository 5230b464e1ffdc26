import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../../../core/audit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportMenu } from '../../components/ExportMenu';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useApiValue } from '../../lib/useApiValue';
import { usePagedList } from '../../lib/usePagedList';
import { AuditFilters } from './AuditFilters';
import { AuditList } from './AuditList';

const PAGE_SIZE = 100;

/** The selection without its empty parts, so "no filter" reads as such. */
function given(filter: AuditFilter): AuditFilter {
  return Object.fromEntries(
    Object.entries(filter).filter(([, v]) => v !== undefined && v !== ''),
  ) as AuditFilter;
}

/** Every history entry across clients and cases, newest first, filtered; exportable to CSV and Excel. */
export function AuditScreen() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({});
  const actors = useApiValue('actors.list', {});
  const input = { ...filter, limit: PAGE_SIZE };
  const list = usePagedList('history.list', input);
  const filtered = Object.keys(filter).length > 0;

  return (
    <Stack gap="md">
      <ScreenHeader title={t('audit.title')} />
      <Text c="dimmed" size="sm">
        {t('audit.intro')}
      </Text>
      <AuditFilters actors={actors.value?.actors ?? []} onApply={(f) => setFilter(given(f))} />
      <ExportMenu
        request={{ list: 'audit', filter: input }}
        empty={!list.loading && list.items.length === 0}
      />
      <ErrorAlert error={list.error} />
      <AuditList
        entries={list.items}
        loading={list.loading}
        hasMore={list.hasMore}
        loadingMore={list.loadingMore}
        onLoadMore={list.loadMore}
        emptyText={filtered ? t('audit.noMatch') : t('audit.empty')}
      />
    </Stack>
  );
}
