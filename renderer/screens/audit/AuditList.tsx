import { useEffect, useRef } from 'react';
import { Box, Center, Loader, Paper, Text, VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../core/audit';
import { AUDIT_GRID, AuditRow } from './AuditRow';

interface Props {
  entries: AuditEntry[];
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  emptyText: string;
}

/** A row's height before it is measured: one line of change under the action. */
const ESTIMATED_ROW = 58;
/** Load the next page when the user is this many rows from the end of what is loaded. */
const PREFETCH_ROWS = 20;

/**
 * The audit log as an ARIA table whose rows are virtualised: only the rows in view are in
 * the DOM, and older entries load a page at a time as the user scrolls towards the end.
 */
export function AuditList({
  entries,
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
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 8,
    getItemKey: (index) => entries[index]!.id,
    // jsdom and the first paint have no layout yet; assume a screenful.
    initialRect: { width: 1000, height: 600 },
  });
  const rows = virtualizer.getVirtualItems();
  const lastIndex = rows.length > 0 ? rows[rows.length - 1]!.index : -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= entries.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, entries.length, onLoadMore]);

  if (entries.length === 0) {
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
        aria-label={t('audit.listLabel')}
        aria-rowcount={hasMore ? -1 : entries.length + 1}
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
              gridTemplateColumns: AUDIT_GRID,
              gap: 12,
              borderBottom: '1px solid var(--mantine-color-gray-3)',
            }}
          >
            {[t('audit.when'), t('audit.who'), t('audit.what'), t('audit.about')].map((label) => (
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
            height: 'max(320px, calc(100dvh - 400px))',
            overflowY: 'auto',
            position: 'relative',
          }}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {rows.map((row) => (
              <AuditRow
                key={row.key}
                entry={entries[row.index]!}
                index={row.index}
                start={row.start}
                measure={virtualizer.measureElement}
              />
            ))}
          </div>
        </div>
      </div>
      <VisuallyHidden role="status">{t('audit.shown', { count: entries.length })}</VisuallyHidden>
      {loadingMore && (
        <Center p={6}>
          <Text size="xs" c="dimmed">
            {t('audit.loadingMore')}
          </Text>
        </Center>
      )}
    </Paper>
  );
}
