import { useId, useState } from 'react';
import { Badge, Box, Button, Group, List, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseDate, DateStatus } from '../../../core/rules';
import { useLanguage } from '../../i18n/LanguageProvider';
import { ProvisionalWarning } from './ProvisionalWarning';

const STATUS_COLOR: Record<DateStatus, string> = {
  upcoming: 'blue',
  dueToday: 'orange',
  overdue: 'red',
  done: 'gray',
};

/**
 * One computed date: label, value, status and, on demand, the counting steps and the
 * article they rest on. A labelled group, so the value can be found by its label.
 */
export function CaseDateItem({ date }: { date: CaseDate }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const [open, setOpen] = useState(false);
  const explanationId = useId();
  const label = t(`dateKind.${date.kind}`);

  return (
    <Box
      role="group"
      aria-label={label}
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Group justify="space-between" wrap="nowrap" gap="sm" align="center">
        {/* A fixed label width keeps the dates in one column, in half the page too. */}
        <Group gap="sm" wrap="wrap" align="center">
          <Text size="sm" c="dimmed" w={165}>
            {label}
          </Text>
          <Text ff="monospace" fw={600}>
            {date.date}
          </Text>
          <Badge color={STATUS_COLOR[date.status]} variant="light" tt="none">
            {t(`dateStatus.${date.status}`)}
          </Badge>
        </Group>
        <Button
          variant="subtle"
          size="xs"
          style={{ flexShrink: 0 }}
          aria-expanded={open}
          aria-controls={open ? explanationId : undefined}
          aria-label={t('timeline.explainLabel', { label })}
          rightSection={
            <IconChevronDown
              size={14}
              aria-hidden
              style={{ transform: open ? 'rotate(180deg)' : undefined }}
            />
          }
          onClick={() => setOpen((o) => !o)}
        >
          {t('timeline.explain')}
        </Button>
      </Group>
      {date.provisional && <ProvisionalWarning years={date.missingYears} />}
      {/* Rendered only when open: the steps are long and would crowd the page. */}
      {open && (
        <Box id={explanationId} mt="xs" pl="md">
          <List size="sm" spacing={2}>
            {date.explanation[lang].map((line, i) => (
              <List.Item key={i}>{line}</List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed" mt={6}>
            {t('timeline.source', { citation: date.citation[lang] })}
          </Text>
        </Box>
      )}
    </Box>
  );
}
