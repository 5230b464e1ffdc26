import { useState } from 'react';
import { Button, Center, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ApiError } from '../../../api/contract';
import { ArchivedSwitch } from '../../components/ArchivedSwitch';
import { ExportMenu } from '../../components/ExportMenu';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NavButton } from '../../components/NavButton';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useDebouncedSearch } from '../../lib/useDebounced';
import { usePagedList } from '../../lib/usePagedList';
import { ClientsTable } from './ClientsTable';

/** Every client, or the archived ones, searchable by name or identifier, a page at a time. */
export function ClientsScreen() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [params, setParams] = useSearchParams();
  const archived = params.get('view') === 'archived';
  const [error, setError] = useState<ApiError | null>(null);
  const search = useDebouncedSearch(text);
  const input = { search, archived, limit: 50 };
  const list = usePagedList('clients.list', input);

  const emptyText = archived
    ? search
      ? t('find.noArchivedClientMatch', { search })
      : t('find.noArchivedClients')
    : search
      ? t('clients.noMatch', { search })
      : t('clients.empty');

  return (
    <Stack gap="md">
      <ScreenHeader title={t('clients.title')}>
        <NavButton to="/clients/new" leftSection={<IconPlus size={16} />}>
          {t('common.newClient')}
        </NavButton>
      </ScreenHeader>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('clients.search')}
          placeholder={t('clients.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={420}
          type="search"
        />
        <ArchivedSwitch
          archived={archived}
          onChange={(next) => {
            setError(null);
            setParams(next ? { view: 'archived' } : {}, { replace: true });
          }}
        />
      </Group>
      <ExportMenu
        request={{ list: 'clients', filter: input }}
        empty={!list.loading && list.items.length === 0}
      />
      <ErrorAlert error={error ?? list.error} />
      {list.loading && list.items.length === 0 ? (
        <Center p="lg">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : list.items.length === 0 ? (
        <Text c="dimmed">{emptyText}</Text>
      ) : (
        <ClientsTable clients={list.items} archived={archived} onError={setError} />
      )}
      {list.hasMore && (
        <Center>
          <Button variant="default" loading={list.loadingMore} onClick={list.loadMore}>
            {t('common.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
