import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../core/audit';
import { VirtualTable } from '../../components/VirtualTable';
import { AUDIT_GRID, AuditCells } from './AuditCells';

interface Props {
  entries: AuditEntry[];
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  emptyText: string;
}

/**
 * The audit log: a virtualised table whose older entries load a page at a time as the
 * user scrolls. Rows differ in height (a change can take lines), so each is measured.
 */
export function AuditList({ entries, ...list }: Props) {
  const { t } = useTranslation();
  return (
    <VirtualTable
      {...list}
      label={t('audit.listLabel')}
      columns={[t('audit.when'), t('audit.who'), t('audit.what'), t('audit.about')]}
      grid={AUDIT_GRID}
      count={entries.length}
      rowKey={(i) => entries[i]!.id}
      cells={(i) => <AuditCells entry={entries[i]!} />}
      estimate={58}
      height="max(320px, calc(100dvh - 400px))"
      statusText={t('audit.shown', { count: entries.length })}
      loadingMoreText={t('audit.loadingMore')}
    />
  );
}
