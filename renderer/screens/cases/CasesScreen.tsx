import { useCallback, useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { STAGES, type Stage } from '../../../core/stages';
import { ExportMenu } from '../../components/ExportMenu';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NavButton } from '../../components/NavButton';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useDebouncedSearch } from '../../lib/useDebounced';
import { usePagedList } from '../../lib/usePagedList';
import { CaseFilters, type CaseFilterValues } from './CaseFilters';
import { CasesVirtualList } from './CasesVirtualList';
import { ExportBundleButton } from '../bundles/ExportBundleButton';
import { ImportBundleButton } from '../bundles/ImportBundleButton';

const PAGE_SIZE = 100;

function stageParam(value: string | null): Stage | null {
  return STAGES.includes(value as Stage) ? (value as Stage) : null;
}

/** All cases, or the archived ones: searchable, filterable, sortable, fast however many. */
export function CasesScreen() {
  const { t } = useTranslation();
  // Stage and view live in the URL so the dashboard's stage tiles (and Back) can link here.
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<Omit<CaseFilterValues, 'stage' | 'archived'>>({
    text: '',
    sort: 'updated',
    direction: 'desc',
  });
  // Rows chosen for a bundle; they stay chosen while the filters change.
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const onSelect = useCallback(
    (id: number, on: boolean) =>
      setSelected((s) => {
        const next = new Set(s);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const stage = stageParam(params.get('stage'));
  const archived = params.get('view') === 'archived';
  const search = useDebouncedSearch(filters.text);
  const input = {
    search,
    ...(stage ? { stage } : {}),
    archived,
    sort: filters.sort,
    direction: filters.direction,
    limit: PAGE_SIZE,
  };
  const list = usePagedList('cases.list', input);

  const onChange = ({ stage: nextStage, archived: nextArchived, ...rest }: CaseFilterValues) => {
    setFilters(rest);
    if (nextStage !== stage || nextArchived !== archived) {
      const next: Record<string, string> = {};
      if (nextStage) next.stage = nextStage;
      if (nextArchived) next.view = 'archived';
      setParams(next, { replace: true });
    }
  };

  const emptyText = archived
    ? search
      ? t('find.noArchivedMatch', { search })
      : t('find.noArchivedCases')
    : search
      ? t('cases.noMatch', { search })
      : stage
        ? t('cases.noMatchStage')
        : t('cases.empty');

  return (
    <Stack gap="md">
      <ScreenHeader title={t('cases.title')}>
        <NavButton to="/import" variant="default" leftSection={<IconFileImport size={16} />}>
          {t('imports.open')}
        </NavButton>
        {selected.size > 0 && (
          <>
            <Button variant="subtle" onClick={() => setSelected(new Set())}>
              {t('bundle.clearSelection')}
            </Button>
            <ExportBundleButton
              caseIds={[...selected]}
              label={t('bundle.exportSelected', { count: selected.size })}
            />
          </>
        )}
        <ImportBundleButton />
        <NavButton to="/cases/new" leftSection={<IconPlus size={16} />}>
          {t('common.newCase')}
        </NavButton>
      </ScreenHeader>
      <CaseFilters values={{ ...filters, stage, archived }} onChange={onChange} />
      <ExportMenu
        request={{ list: 'cases', filter: input }}
        empty={!list.loading && list.items.length === 0}
      />
      <ErrorAlert error={list.error} />
      <CasesVirtualList
        cases={list.items}
        archived={archived}
        loading={list.loading}
        hasMore={list.hasMore}
        loadingMore={list.loadingMore}
        onLoadMore={list.loadMore}
        emptyText={emptyText}
        selected={selected}
        onSelect={onSelect}
      />
    </Stack>
  );
}
