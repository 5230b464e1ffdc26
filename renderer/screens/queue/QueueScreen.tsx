import { Button, Center, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ExportMenu } from '../../components/ExportMenu';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrintButton } from '../../components/PrintButton';
import { ScreenHeader } from '../../components/ScreenHeader';
import { usePagedList } from '../../lib/usePagedList';
import { QueueTable } from './QueueTable';

/**
 * Rows a page: two screenfuls. Each row is a rich table row with its own button; 50 of
 * them took the queue past 200 ms to draw at 100k cases (issue 10). Load more gives the next.
 */
const PAGE = 25;

/**
 * The reviewer's list: every open application by its next authority deadline, a page at
 * a time (a logged event changes the data, and the list reloads from its first page).
 */
export function QueueScreen() {
  const { t } = useTranslation();
  const queue = usePagedList('queue.list', { limit: PAGE });
  return (
    <Stack gap="md" className="xiufu-print-landscape">
      <ScreenHeader title={t('queue.title')}>
        <PrintButton title={t('casePage.printQueue')} />
      </ScreenHeader>
      <Text c="dimmed" size="sm" mt={-8}>
        {t('queue.hint')}
      </Text>
      <ExportMenu
        request={{ list: 'queue', filter: { limit: PAGE } }}
        empty={!queue.loading && queue.items.length === 0}
      />
      <ErrorAlert error={queue.error} />
      {queue.loading && queue.items.length === 0 ? (
        <Loader aria-label={t('app.loading')} />
      ) : (
        <Paper withBorder radius="md" p="md">
          {queue.items.length === 0 ? (
            <Text c="dimmed">{t('queue.empty')}</Text>
          ) : (
            <QueueTable items={queue.items} />
          )}
        </Paper>
      )}
      {queue.hasMore && (
        <Center>
          <Button variant="default" loading={queue.loadingMore} onClick={queue.loadMore}>
            {t('common.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
