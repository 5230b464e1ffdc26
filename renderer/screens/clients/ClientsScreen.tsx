import { useState } from 'react';
import { Button, Center, Loader, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NavButton } from '../../components/NavButton';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useDebouncedSearch } from '../../lib/useDebounced';
import { usePagedList } from '../../lib/usePagedList';
import { ClientsTable } from './ClientsTable';

/** Every client, searchable by name or identifier, a page at a time. */
export function ClientsScreen() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useDebouncedSearch(text);
  const list = usePagedList('clients.list', { search, limit: 50 });

  return (
    <Stack gap="md">
      <ScreenHeader title={t('clients.title')}>
        <NavButton to="/clients/new" leftSection={<IconPlus size={16} />}>
          {t('common.newClient')}
        </NavButton>
      </ScreenHeader>
      <TextInput
        label={t('clients.search')}
        placeholder={t('clients.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        maw={420}
        type="search"
      />
      <ErrorAlert error={list.error} />
      {list.loading && list.items.length === 0 ? (
        <Center p="lg">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : list.items.length === 0 ? (
        <Text c="dimmed">{search ? t('clients.noMatch', { search }) : t('clients.empty')}</Text>
      ) : (
        <ClientsTable clients={list.items} />
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
