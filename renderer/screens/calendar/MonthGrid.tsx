import { useMemo } from 'react';
import { Indicator, Paper, Stack, Text, Title } from '@mantine/core';
import { Calendar, DatesProvider } from '@mantine/dates';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import type { DateRange } from '../../../core/agenda';
import { useLanguage } from '../../i18n/LanguageProvider';
import { useApiValue } from '../../lib/useApiValue';
import type { AgendaFilter } from './AgendaFilters';
import { STATUS_COLOR } from './agendaStatus';

interface Props extends DateRange {
  /** The selection's filters (assignee, regime, authority): the grid counts what the list shows. */
  filter: AgendaFilter;
  today: string;
  /** The first day of the month shown. */
  month: string;
  onMonthChange: (month: string) => void;
  /** The day the list is narrowed to, or null for the whole range. */
  selected: string | null;
  onSelect: (day: string | null) => void;
}

/**
 * A month of the agenda as a grid (Mantine's Calendar: a table of day buttons, arrow keys
 * move between days): each day with dates carries a marker in the colour of its most
 * urgent one and says in its name how many and how many are overdue (counted by the
 * backend for the month shown). Choosing a day
 * narrows the list to it; choosing it again shows the whole range.
 */
export function MonthGrid(p: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  // The month's counts, not the list's loaded pages: the grid is whole however far the
  // list has been loaded. The last month's marks stay until the next month's arrive.
  const summary = useApiValue('agenda.summary', {
    ...p.filter,
    from: p.from,
    to: p.to,
    month: p.month,
  });
  const found = summary.value?.days;
  const days = useMemo(() => new Map((found ?? []).map((d) => [d.date, d])), [found]);
  const sep = t('monthGrid.separator');

  const nameOf = (date: string) => {
    const day = days.get(date);
    const parts = [date];
    if (date === p.today) parts.push(t('monthGrid.today'));
    if (day) parts.push(t('monthGrid.dates', { count: day.count }));
    if (day?.overdue) parts.push(t('monthGrid.overdue', { count: day.overdue }));
    return parts.join(sep);
  };

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="month-grid-title">
      <Stack gap="xs" align="center">
        <Title order={2} size="h5" id="month-grid-title" style={{ alignSelf: 'flex-start' }}>
          {t('monthGrid.label')}
        </Title>
        {/* No weekend colouring: make-up working days (调休) fall on weekends. */}
        <DatesProvider
          settings={{ locale: lang === 'zh' ? 'zh-cn' : 'en', firstDayOfWeek: 1, weekendDays: [] }}
        >
          <Calendar
            date={p.month}
            onDateChange={p.onMonthChange}
            minDate={p.from}
            maxDate={p.to}
            maxLevel="month"
            monthLabelFormat={lang === 'zh' ? 'YYYY年M月' : 'MMMM YYYY'}
            ariaLabels={{ previousMonth: t('monthGrid.previous'), nextMonth: t('monthGrid.next') }}
            getDayAriaLabel={nameOf}
            getDayProps={(date) => ({
              selected: date === p.selected,
              'aria-pressed': date === p.selected,
              onClick: () => p.onSelect(date === p.selected ? null : date),
              style: {
                fontWeight: days.has(date) ? 700 : undefined,
                // Today in the zone of Settings (Mantine's own mark would use the machine's).
                ...(date === p.today
                  ? { outline: '1px solid var(--mantine-color-teal-6)', outlineOffset: -1 }
                  : {}),
              },
            })}
            renderDay={(date) => {
              const day = days.get(date);
              return (
                <Indicator
                  size={7}
                  offset={-3}
                  color={day ? STATUS_COLOR[day.status] : undefined}
                  disabled={!day}
                  aria-hidden
                >
                  <span>{Number(date.slice(8))}</span>
                </Indicator>
              );
            }}
          />
        </DatesProvider>
        <Text size="xs" c="dimmed">
          {t('monthGrid.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}
