import { useState } from 'react';
import { Button, Center, Grid, Group, Loader, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import type { DateRange } from '../../../core/agenda';
import { timeZone } from '../../../core/today';
import { ExportMenu } from '../../components/ExportMenu';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScreenHeader } from '../../components/ScreenHeader';
import { call } from '../../lib/api';
import { usePagedList } from '../../lib/usePagedList';
import { AgendaFilters, type AgendaFilter } from './AgendaFilters';
import { AgendaList } from './AgendaList';
import { AgendaRangeForm } from './AgendaRangeForm';
import { download } from './download';
import { MonthGrid } from './MonthGrid';

/** Dates a page: more than a screenful, few enough to be on screen at once. */
const PAGE = 50;

const monthOf = (date: string) => `${date.slice(0, 7)}-01`;

/**
 * Every date of the open cases in a range, marked (overdue, due today, upcoming, done,
 * past), as a list beside a month grid; a day chosen in the grid narrows the list. The
 * list comes a page at a time (however many dates the range holds); the grid counts
 * the month it shows. The same selection (range and filters) exports as .ics.
 */
export function CalendarScreen() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AgendaFilter & Partial<DateRange>>({});
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [day, setDay] = useState<string | null>(null);
  const [month, setMonth] = useState<string | null>(null);
  const input = { ...filter, ...(day ? { day } : {}), limit: PAGE };
  const agenda = usePagedList('agenda.list', input);
  const value = agenda.first;
  const listed = agenda.items.length;

  const exportIcs = async () => {
    setExporting(true);
    setError(null);
    const result = await call('agenda.ics', filter);
    setExporting(false);
    if (result.ok) download(result.value.filename, result.value.content, 'text/calendar');
    else setError(result.error);
  };

  const applyRange = (range: Partial<DateRange>) => {
    setFilter(({ from: _from, to: _to, ...rest }) => ({ ...rest, ...range }));
    setDay(null);
    setMonth(range.from ? monthOf(range.from) : null);
  };

  const inRange = (d: string) => !!value && d >= value.from && d <= value.to;
  const shownMonth =
    month ?? (value ? monthOf(inRange(value.today) ? value.today : value.from) : null);

  return (
    <Stack gap="md">
      <ScreenHeader title={t('agenda.title')}>
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={exporting}
          onClick={() => void exportIcs()}
        >
          {t('agenda.export')}
        </Button>
      </ScreenHeader>
      <Text c="dimmed" size="sm" mt={-8}>
        {t('agenda.hint')}{' '}
        {value && t('agendaRange.today', { date: value.today, zone: timeZone() })}
      </Text>
      <Group gap="lg" align="flex-start" wrap="wrap">
        <AgendaFilters
          value={filter}
          onChange={(f) => {
            setFilter((old) => ({ ...f, from: old.from, to: old.to }));
            setDay(null);
          }}
          assignees={value?.assignees ?? []}
          authorities={value?.authorities ?? []}
        />
        {value && (
          // Keyed: after each answer the fields show the range the backend used.
          <AgendaRangeForm
            key={`${value.from}|${value.to}`}
            value={{ from: value.from, to: value.to }}
            onApply={applyRange}
          />
        )}
      </Group>
      <ExportMenu
        request={{ list: 'agenda', filter: input }}
        empty={!agenda.loading && agenda.items.length === 0}
      />
      <ErrorAlert error={agenda.error ?? error} />
      {!value && agenda.loading && <Loader aria-label={t('app.loading')} />}
      {value && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
            <Stack gap="sm">
              <Group gap="sm">
                <Text size="sm" c="dimmed" role="status">
                  {agenda.hasMore
                    ? t('agendaRange.loaded', { count: listed })
                    : t('agenda.count', { count: listed })}
                  {day && ` · ${t('monthGrid.selected', { date: day })}`}
                </Text>
                {day && (
                  <Button size="compact-sm" variant="subtle" onClick={() => setDay(null)}>
                    {t('monthGrid.showAll')}
                  </Button>
                )}
              </Group>
              {listed === 0 && !agenda.loading && (
                <Text c="dimmed">
                  {day ? t('monthGrid.emptyDay', { date: day }) : t('agenda.empty')}
                </Text>
              )}
              <AgendaList items={agenda.items} />
              {agenda.hasMore && (
                <Center>
                  <Button variant="default" loading={agenda.loadingMore} onClick={agenda.loadMore}>
                    {t('common.loadMore')}
                  </Button>
                </Center>
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
            {shownMonth && (
              <MonthGrid
                filter={filter}
                today={value.today}
                from={value.from}
                to={value.to}
                month={shownMonth}
                onMonthChange={setMonth}
                selected={day}
                onSelect={setDay}
              />
            )}
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
