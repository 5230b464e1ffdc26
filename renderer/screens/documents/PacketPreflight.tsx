import { Alert, List, Loader, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import {
  describeNotEnclosed,
  type NotEnclosed,
  type PreflightSummary,
} from '../../../core/documents';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/LanguageProvider';

/** One line per item, as the packet's index will say it. */
export function NotEnclosedList({ items, label }: { items: NotEnclosed[]; label: string }) {
  const { lang } = useLanguage();
  return (
    <List size="sm" spacing={2} aria-label={label}>
      {items.map((n, i) => (
        <List.Item key={`${n.itemKey}-${n.kind}-${n.file?.id ?? i}`}>
          {describeNotEnclosed(n, lang)}
        </List.Item>
      ))}
    </List>
  );
}

/**
 * What an export would leave out, checked against the stored files before anything is
 * built: nothing (green), or each item with why (yellow), and the paper originals.
 */
export function PacketPreflight({
  value,
  loading,
  error,
}: {
  value: PreflightSummary | undefined;
  loading: boolean;
  error: ApiError | undefined;
}) {
  const { t } = useTranslation();
  if (error) return <ErrorAlert error={error} />;
  if (!value)
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">{t('preflight.checking')}</Text>
      </Group>
    );
  const { problems, paper, enclosed } = value;
  const paperList = paper.length > 0 && (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {t('preflight.paper')}
      </Text>
      <NotEnclosedList items={paper} label={t('preflight.paper')} />
    </Stack>
  );
  if (problems.length === 0)
    return (
      <Alert
        color="teal"
        variant="light"
        role="status"
        aria-busy={loading}
        title={t('preflight.title')}
        icon={<IconCircleCheck size={18} aria-hidden />}
      >
        <Stack gap="xs">
          <Text size="sm">{t('preflight.allClear', { count: enclosed })}</Text>
          {paperList}
        </Stack>
      </Alert>
    );
  const title = t('preflight.problems', { count: problems.length });
  return (
    <Alert
      color="yellow"
      variant="light"
      role="status"
      aria-busy={loading}
      title={title}
      icon={<IconAlertTriangle size={18} aria-hidden />}
    >
      <Stack gap="xs">
        <NotEnclosedList items={problems} label={title} />
        <Text size="sm">{t('preflight.fix')}</Text>
        {paperList}
      </Stack>
    </Alert>
  );
}
