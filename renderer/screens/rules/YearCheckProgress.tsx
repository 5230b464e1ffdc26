import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { YearCheck } from './useYearCheck';

/** How far a holiday year's check of the cases has got, with a way to stop it. */
export function YearCheckProgress({ check, onStop }: { check: YearCheck; onStop: () => void }) {
  const { t } = useTranslation();
  const known = check.total > 0;
  const text = known
    ? t('yearCheck.progress', { done: check.done, total: check.total })
    : t('yearCheck.starting');
  return (
    <Stack gap={4}>
      <Progress
        aria-label={t('yearCheck.label')}
        value={known ? (100 * check.done) / check.total : 0}
        animated={!known}
      />
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" role="status">
          {text}
        </Text>
        <Button
          size="xs"
          variant="subtle"
          disabled={!check.jobId}
          onClick={onStop}
          title={t('yearCheck.stopHint')}
        >
          {t('yearCheck.stop')}
        </Button>
      </Group>
    </Stack>
  );
}
