import { Alert, Anchor, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * A date counted without the holiday calendar of some year (RULES.md §2.7): say which
 * year is missing and offer to type it in, so the date stops being a guess.
 */
export function ProvisionalWarning({ years }: { years: number[] }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} p="xs" mt="xs">
      <Group gap="sm" wrap="wrap">
        <Text size="sm">
          {t('timeline.provisional', { years: years.join(t('timeline.yearSeparator')) })}
        </Text>
        {years.map((year) => (
          <Anchor
            key={year}
            component={Link}
            to={`/rules/calendars/new?year=${year}`}
            size="sm"
            fw={600}
          >
            {t('timeline.addYear', { year })}
          </Anchor>
        ))}
      </Group>
    </Alert>
  );
}
