import type { ReactNode } from 'react';
import { Paper, Stack, Text, Title } from '@mantine/core';

/**
 * A group of Settings that explains itself: a region named by its h2, a one-line hint,
 * then its controls.
 */
export function SettingsPanel({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" radius="md" maw={640} component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}
