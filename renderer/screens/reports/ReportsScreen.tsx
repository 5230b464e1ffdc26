import { Alert, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REPORT_KINDS, resolveFilters, type ReportKind } from '../../../core/reports';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useLanguage } from '../../i18n/LanguageProvider';
import { useApiValue } from '../../lib/useApiValue';
import { ReportFiltersForm } from './ReportFiltersForm';
import { ReportPanel } from './ReportPanel';
import { useReportFilters, type Filters } from './useReportFilters';
import { regimeName, viewsOf } from './views';

/** One report, loaded on its own so a slow one does not hold the others back. */
function ReportSection({ kind, filters }: { kind: ReportKind; filters: Filters }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const report = useApiValue('reports.get', { ...filters, report: kind });
  if (report.error) return <ErrorAlert error={report.error} />;
  if (!report.value) return <Loader size="sm" aria-label={t('app.loading')} />;
  const r = report.value;
  // What the exported page was counted over, so a PDF read later says it too.
  const selection = [
    t('reports.range', { from: r.from, to: r.to }),
    ...(filters.regimeId ? [`${t('reports.regime')}: ${regimeName(filters.regimeId, lang)}`] : []),
    ...(filters.authority ? [`${t('reports.authority')}: ${filters.authority}`] : []),
    ...(filters.assignee ? [`${t('reports.assignee')}: ${filters.assignee}`] : []),
  ].join(' ');
  return (
    <>
      {viewsOf(r, t, lang).map((view) => (
        <ReportPanel
          key={view.id}
          view={view}
          selection={selection}
          fileBase={`xiufu-${r.from}-${r.to}`}
        />
      ))}
    </>
  );
}

/** Charts of how the practice is doing, each with its table, filtered through the URL. */
export function ReportsScreen() {
  const { t } = useTranslation();
  const { filters, setFilters, refusedUrl } = useReportFilters();
  const choices = useApiValue('reportFilters.list', {});
  // The days the reports count, as the backend fills them in: the last twelve months by default.
  const range = resolveFilters(filters);

  return (
    <Stack gap="md">
      <ScreenHeader title={t('reports.title')} />
      <Text c="dimmed" size="sm">
        {t('reports.intro')}
      </Text>
      <ReportFiltersForm
        key={JSON.stringify(filters)}
        value={filters}
        authorities={choices.value?.authorities ?? []}
        assignees={choices.value?.assignees ?? []}
        onApply={setFilters}
      />
      {refusedUrl && <Alert color="yellow">{t('reports.badUrl')}</Alert>}
      <Text size="sm" fw={500} aria-live="polite">
        {t('reports.range', { from: range.from, to: range.to })}
      </Text>
      {REPORT_KINDS.map((kind) => (
        <ReportSection key={kind} kind={kind} filters={filters} />
      ))}
    </Stack>
  );
}
