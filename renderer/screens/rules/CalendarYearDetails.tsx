import { Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { YearRow } from './ruleFormat';

/** One year's holiday ranges and make-up working days, as in the State Council notice. */
export function CalendarYearDetails({ row }: { row: YearRow }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" py="xs">
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('rules.holidays')}
        </Text>
        {row.holidays.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('rules.noHolidays')}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {row.holidays.map((h) => (
              <List.Item key={h.start}>
                <Group gap="xs" wrap="nowrap">
                  <Text span size="sm" miw={90}>
                    {h.name}
                  </Text>
                  <Text span size="sm" ff="monospace">
                    {h.start === h.end ? h.start : `${h.start} – ${h.end}`}
                  </Text>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('rules.makeupDays')}
        </Text>
        {row.makeupWorkdays.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('rules.noMakeups')}
          </Text>
        ) : (
          <Text size="sm" ff="monospace">
            {row.makeupWorkdays.join(', ')}
          </Text>
        )}
      </Stack>
    </SimpleGrid>
  );
}
