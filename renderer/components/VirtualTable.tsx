import { useEffect, useRef, type Key, type ReactNode } from 'react';
import { Box, Center, Loader, Paper, Text, VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The table's accessible name. */
  label: string;
  columns: string[];
  /** The CSS grid columns of the header and every row. */
  grid: string;
  count: number;
  rowKey: (index: number) => Key;
  /** The cells of one row. */
  cells: (index: number) => ReactNode;
  /** Every row this high (px); without it each row is measured (rows of different heights). */
  rowHeight?: number;
  /** A row's height before it is measured. */
  estimate?: number;
  /** CSS height of the scrolling rows. */
  height: string;
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  emptyText: string;
  /** Said to screen readers: how many rows are loaded. */
  statusText: string;
  loadingMoreText: string;
}

/** Load the next page when the user is this many rows from the end of what is loaded. */
const PREFETCH_ROWS = 20;

/**
 * A keyset-paged list as an ARIA table whose rows are virtualised: only the rows in view
 * are in the DOM, and the next page loads while the user scrolls towards the end, so
 * 100,000 rows cost no more than a screenful. An empty list says what to do instead.
 */
export function VirtualTable(p: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const fixed = p.rowHeight !== undefined;
  // The virtualizer re-renders this list itself on scroll; nothing here relies on memoisation.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: p.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => p.rowHeight ?? p.estimate ?? 48,
    overscan: 10,
    getItemKey: p.rowKey,
    // jsdom and the first paint have no layout yet; assume a screenful.
    initialRect: { width: 1000, height: 600 },
  });
  const rows = virtualizer.getVirtualItems();
  const lastIndex = rows.length > 0 ? rows[rows.length - 1]!.index : -1;
  const { hasMore, loadingMore, count, onLoadMore } = p;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= count - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, count, onLoadMore]);

  if (p.count === 0) {
    return p.loading ? (
      <Center p="lg">
        <Loader aria-label={t('app.loading')} />
      </Center>
    ) : (
      <Paper withBorder p="lg" radius="md">
        <Text>{p.emptyText}</Text>
      </Paper>
    );
  }

  const line = '1px solid var(--mantine-color-gray-2)';
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <div role="table" aria-label={p.label} aria-rowcount={p.hasMore ? -1 : p.count + 1}>
        <div role="rowgroup">
          <Box
            role="row"
            aria-rowindex={1}
            px="md"
            py={8}
            bg="gray.0"
            style={{
              display: 'grid',
              gridTemplateColumns: p.grid,
              gap: 12,
              borderBottom: '1px solid var(--mantine-color-gray-3)',
            }}
          >
            {p.columns.map((label) => (
              <Text key={label} role="columnheader" size="sm" fw={600}>
                {label}
              </Text>
            ))}
          </Box>
        </div>
        <div
          ref={scrollRef}
          role="rowgroup"
          style={{ height: p.height, overflowY: 'auto', position: 'relative' }}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {rows.map((row) => (
              <div
                key={row.key}
                ref={fixed ? undefined : virtualizer.measureElement}
                data-index={row.index}
                role="row"
                aria-rowindex={row.index + 2}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: p.rowHeight,
                  transform: `translateY(${row.start}px)`,
                  display: 'grid',
                  gridTemplateColumns: p.grid,
                  gap: 12,
                  alignItems: fixed ? 'center' : 'start',
                  padding: fixed ? '0 var(--mantine-spacing-md)' : '8px var(--mantine-spacing-md)',
                  borderBottom: line,
                }}
              >
                {p.cells(row.index)}
              </div>
            ))}
          </div>
        </div>
      </div>
      <VisuallyHidden role="status">{p.statusText}</VisuallyHidden>
      {p.loadingMore && (
        <Center p={6}>
          <Text size="xs" c="dimmed">
            {p.loadingMoreText}
          </Text>
        </Center>
      )}
    </Paper>
  );
}
