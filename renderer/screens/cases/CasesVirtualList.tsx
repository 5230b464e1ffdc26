import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../core/types';
import { VirtualTable } from '../../components/VirtualTable';
import { CaseCells, rowGrid, ROW_HEIGHT } from './CaseCells';

interface Props {
  cases: CaseSummary[];
  /** The Archived view: rows offer Restore. */
  archived: boolean;
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  emptyText: string;
  /** The rows chosen for a bundle. */
  selected: ReadonlySet<number>;
  onSelect: (id: number, selected: boolean) => void;
}

/** The case list: a virtualised table, loaded page by page as the user scrolls. */
export function CasesVirtualList({ cases, archived, selected, onSelect, ...list }: Props) {
  const { t } = useTranslation();
  return (
    <VirtualTable
      {...list}
      label={t('cases.listLabel')}
      columns={[
        t('cases.client'),
        t('cases.code'),
        t('stage.label'),
        t('cases.listings'),
        t('cases.assignee'),
        t('find.nextDue'),
        t('cases.updated'),
        ...(archived ? [t('find.actions')] : []),
        t('bundle.selectColumn'),
      ]}
      grid={rowGrid(archived)}
      count={cases.length}
      rowKey={(i) => cases[i]!.id}
      cells={(i) => (
        <CaseCells
          item={cases[i]!}
          archived={archived}
          selected={selected.has(cases[i]!.id)}
          onSelect={onSelect}
        />
      )}
      rowHeight={ROW_HEIGHT}
      height="max(320px, calc(100dvh - 330px))"
      statusText={t('cases.count', { count: cases.length })}
      loadingMoreText={t('cases.loadingMore')}
    />
  );
}
