import type { ReactNode } from 'react';
import { SimpleGrid, Text } from '@mantine/core';

export interface FieldItem {
  label: string;
  value: ReactNode;
}

/** Read-only label/value pairs, as a description list (read in pairs by screen readers). */
export function FieldList({ items, cols = 2 }: { items: FieldItem[]; cols?: number }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: cols }} spacing="xs" verticalSpacing="xs" m={0}>
      {items.map((item) => (
        <div key={item.label}>
          <Text component="dt" size="xs" c="dimmed" tt="none">
            {item.label}
          </Text>
          <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
            {item.value === '' || item.value === null || item.value === undefined
              ? '—'
              : item.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
