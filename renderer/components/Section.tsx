import type { ReactNode } from 'react';
import { Group, Paper, Title } from '@mantine/core';

/**
 * A titled part of a screen: an h2 for heading navigation. Deliberately not a labelled
 * region: "Notes" or "Stage" would then name both the section and the field inside it.
 */
export function Section({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper component="section" withBorder p="lg" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}
