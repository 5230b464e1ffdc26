import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Reminder } from '../lib/useReminders';

interface Props {
  reminders: Reminder[];
  onDismiss: (key: string) => void;
}

/** In-app reminders where system notifications are denied or missing: a stack in a corner. */
export function ReminderStack({ reminders, onDismiss }: Props) {
  const { t } = useTranslation();
  return (
    <Stack
      gap="xs"
      role="region"
      aria-label={t('reminders.region')}
      aria-live="polite"
      pos="fixed"
      bottom={16}
      right={16}
      w={380}
      maw="calc(100vw - 32px)"
      style={{ zIndex: 300, pointerEvents: reminders.length ? undefined : 'none' }}
    >
      {reminders.map((r) => (
        <Alert
          key={r.key}
          color={r.overdue ? 'red' : 'orange'}
          variant="filled"
          icon={<IconBell size={18} aria-hidden />}
          title={r.title}
          withCloseButton
          closeButtonLabel={t('reminders.dismiss')}
          onClose={() => onDismiss(r.key)}
          radius="md"
          style={{ boxShadow: 'var(--mantine-shadow-md)' }}
        >
          <Text size="sm">{r.body}</Text>
          <Anchor
            component={Link}
            to={`/cases/${r.caseId}`}
            size="sm"
            c="white"
            td="underline"
            onClick={() => onDismiss(r.key)}
          >
            {t('reminders.open')}
          </Anchor>
        </Alert>
      ))}
    </Stack>
  );
}
