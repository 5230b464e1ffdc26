import { useEffect, useRef } from 'react';
import { Box, Center, Loader, Paper, Text, VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../core/types';
import { CaseRow, rowGrid, ROW_HEIGHT } from './CaseRow';

interface Props {
  cases: CaseSummary[];
  /** The Archived view: rows offer Restore. */
  archived: boolean;
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  emptyText: string;
}

/** Load the next page when the user is this many rows from the end of what is loaded. */
const PREFETCH_ROWS = 20;

/**
 * The case list as an ARIA table whose rows are virtualised: only the rows in view are
 * in the DOM, and the next keyset page loads while the user scrolls towards the end,
 * so 100,000 cases cost no more than a screenful.
 */
export function CasesVirtualList({
  cases,
  archived,
  loading,
  hasMore,
  loadingMore,
  onLoadMore,
  emptyText,
}: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer re-renders this list itself on scroll; nothing here relies on memoisation.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: cases.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // jsdom and the first paint have no layout yet; assume a screenful.
    initialRect: { width: 1000, height: 600 },
  });
  const rows = virtualizer.getVirtualItems();
  const lastIndex = rows.length > 0 ? rows[rows.length - 1]!.index : -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= cases.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, cases.length, onLoadMore]);

  if (cases.length === 0) {
    return loading ? (
      <Center p="lg">
        <Loader aria-label={t('app.loading')} />
      </Center>
    ) : (
      <Paper withBorder p="lg" radius="md">
        <Text>{emptyText}</Text>
      </Paper>
    );
  }

  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <div
        role="table"
        aria-label={t('cases.listLabel')}
        aria-rowcount={hasMore ? -1 : cases.length + 1}
      >
        <div role="rowgroup">
          <Box
            role="row"
            aria-rowindex={1}
            px="md"
            py={8}
            bg="gray.0"
            style={{
              display: 'grid',
              gridTemplateColumns: rowGrid(archived),
              gap: 12,
              borderBottom: '1px solid var(--mantine-color-gray-3)',
            }}
          >
            {[
              t('cases.client'),
              t('cases.code'),
              t('stage.label'),
              t('cases.listings'),
              t('cases.assignee'),
              t('find.nextDue'),
              t('cases.updated'),
              ...(archived ? [t('find.actions')] : []),
            ].map((label) => (
              <Text key={label} role="columnheader" size="sm" fw={600}>
                {label}
              </Text>
            ))}
          </Box>
        </div>
        <div
          ref={scrollRef}
          role="rowgroup"
          style={{
            height: 'max(320px, calc(100dvh - 330px))',
            overflowY: 'auto',
            position: 'relative',
          }}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {rows.map((row) => (
              <CaseRow
                key={cases[row.index]!.id}
                item={cases[row.index]!}
                archived={archived}
                index={row.index}
                start={row.start}
              />
            ))}
          </div>
        </div>
      </div>
      <VisuallyHidden role="status">{t('cases.count', { count: cases.length })}</VisuallyHidden>
      {loadingMore && (
        <Center p={6}>
          <Text size="xs" c="dimmed">
            {t('cases.loadingMore')}
          </Text>
        </Center>
      )}
    </Paper>
  );
}
