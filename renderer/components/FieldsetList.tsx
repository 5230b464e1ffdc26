import type { ReactNode } from 'react';
import { Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';

/** The button under a list of rows that appends an empty one. */
export function AddRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Group>
      <Button variant="light" leftSection={<IconPlus size={16} />} onClick={onClick}>
        {label}
      </Button>
    </Group>
  );
}

interface Props {
  heading: string;
  /** The field array's rows (useFieldArray's `fields`); only their ids are read, as keys. */
  rows: { id: string }[];
  /** The legend of row n (1-based), which names the row for screen readers. */
  legend: (n: number) => string;
  cols: number;
  removeLabel: string;
  addLabel: string;
  onRemove: (index: number) => void;
  onAdd: () => void;
  /** The inputs of the row at this index. */
  children: (index: number) => ReactNode;
}

/**
 * A form's list of like rows (a client's contacts, a year's holidays): each row a numbered
 * fieldset of inputs with its own remove button, and an add button below. The field array
 * stays with the caller, which knows the list's name and its empty row.
 */
export function FieldsetList({
  heading,
  rows,
  legend,
  cols,
  removeLabel,
  addLabel,
  onRemove,
  onAdd,
  children,
}: Props) {
  return (
    <Stack gap="sm">
      <Text fw={600}>{heading}</Text>
      {rows.map((row, i) => (
        <Fieldset key={row.id} legend={legend(i + 1)}>
          <SimpleGrid cols={{ base: 1, sm: cols }} spacing="sm">
            {children(i)}
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button
              variant="subtle"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} />}
              onClick={() => onRemove(i)}
            >
              {removeLabel}
            </Button>
          </Group>
        </Fieldset>
      ))}
      <AddRowButton label={addLabel} onClick={onAdd} />
    </Stack>
  );
}
