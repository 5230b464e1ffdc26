import { Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useApiValue } from '../../lib/useApiValue';
import { QueueTable } from './QueueTable';

/** The reviewer's list: every open application by its next authority deadline. */
export function QueueScreen() {
  const { t } = useTranslation();
  const queue = useApiValue('queue.list', {});
  const value = queue.value;
  return (
    <Stack gap="md">
      <ScreenHeader title={t('queue.title')} />
      <Text c="dimmed" size="sm" mt={-8}>
        {t('queue.hint')}
      </Text>
      <ErrorAlert error={queue.error} />
      {!value && queue.loading && <Loader aria-label={t('app.loading')} />}
      {value && (
        <Paper withBorder radius="md" p="md">
          {value.items.length === 0 ? (
            <Text c="dimmed">{t('queue.empty')}</Text>
          ) : (
            <QueueTable items={value.items} onLogged={queue.reload} />
          )}
        </Paper>
      )}
    </Stack>
  );
}
