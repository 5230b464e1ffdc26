/**
 * Each report's answer as what the screen shows of it: a chart, and the table with the
 * same figures (the table is the chart's accessible twin, copied and exported with it).
 */
import type { ReactNode } from 'react';
import { BarChart } from '@mantine/charts';
import type { TFunction } from 'i18next';
import type { Lang } from '../../../core/messages';
import { REGIMES, type RegimeId } from '../../../core/regimes';
import { APPLICATION_STAGES, type ReportResult, type Rate } from '../../../core/reports';
import type { Stage } from '../../../core/stages';
import type { Messages } from '../../i18n/en';
import type { LegendItem } from './chartImage';

type R = Messages['reports'];

export interface ReportView {
  id: string;
  title: string;
  note: string;
  empty: boolean;
  emptyText: string;
  columns: string[];
  rows: string[][];
  chart: ReactNode;
  legend: LegendItem[];
}

export const STAGE_COLORS: Record<Stage, string> = {
  intake: '#adb5bd',
  waiting: '#868e96',
  preparing: '#fab005',
  ready: '#7950f2',
  filed: '#228be6',
  accepted: '#15aabf',
  supplement: '#fd7e14',
  repaired: '#40c057',
  refused: '#fa5252',
  closed: '#495057',
  withdrawn: '#ced4da',
};
const RATE = '#228be6';
const MEDIAN = '#15aabf';
const P90 = '#7950f2';
const LEGAL = '#adb5bd';
const OVERDUE = '#fa5252';
const ELIGIBLE = '#40c057';

/** The legend in the series' own order (the lifecycle's), not recharts' alphabetical one. */
const IN_ORDER = { itemSorter: null };

const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
export const regimeName = (id: string, lang: Lang) => REGIMES[id as RegimeId]?.name[lang] ?? id;

/** Horizontal bars, one per named row: long Chinese names read best on the left. */
function barsByName(
  data: Record<string, string | number | null>[],
  series: { name: string; label: string; color: string }[],
  opts: { unit?: string; stacked?: boolean; max?: number } = {},
) {
  return (
    <BarChart
      h={Math.max(140, data.length * 34 + 60)}
      data={data}
      dataKey="name"
      orientation="vertical"
      type={opts.stacked ? 'stacked' : 'default'}
      series={series}
      // Not `unit`: with horizontal bars Mantine would append it to the names too.
      valueFormatter={opts.unit ? (v) => `${v}${opts.unit}` : undefined}
      withLegend={series.length > 1}
      legendProps={IN_ORDER}
      yAxisProps={{ width: 210 }}
      xAxisProps={{ allowDecimals: false, ...(opts.max ? { domain: [0, opts.max] } : {}) }}
      tooltipAnimationDuration={0}
      barProps={{ isAnimationActive: false }}
    />
  );
}

function rateView(
  id: 'approvalRegime' | 'approvalAuthority',
  rates: Rate[],
  nameOf: (key: string) => string,
  t: TFunction,
): ReportView {
  const rate = t('reports.approval.rate');
  return {
    id,
    title: t(`reports.${id}.title`),
    note: t(`reports.${id}.note`),
    empty: rates.length === 0,
    emptyText: t(`reports.${id}.empty`),
    columns: [
      t(id === 'approvalRegime' ? 'reports.regime' : 'reports.authority'),
      t('reports.approval.decided'),
      t('reports.approval.approved'),
      rate,
    ],
    rows: rates.map((r) => [
      nameOf(r.key),
      String(r.decided),
      String(r.approved),
      r.rate === null ? t('reports.none') : t('reports.percent', { n: pct(r.rate) }),
    ]),
    chart: barsByName(
      rates.map((r) => ({ name: nameOf(r.key), rate: pct(r.rate) })),
      [{ name: 'rate', label: rate, color: RATE }],
      { unit: '%', max: 100 },
    ),
    legend: [{ label: rate, color: RATE }],
  };
}

export function viewsOf(result: ReportResult, t: TFunction, lang: Lang): ReportView[] {
  const stageLabel = (s: Stage) => t(`stage.${s}`);
  switch (result.report) {
    case 'stages': {
      const months = result.data.months;
      const series = APPLICATION_STAGES.map((s) => ({
        name: s,
        label: stageLabel(s),
        color: STAGE_COLORS[s],
      }));
      return [
        {
          id: 'stages',
          title: t('reports.stages.title'),
          note: t('reports.stages.note'),
          empty: months.every((m) => APPLICATION_STAGES.every((s) => m[s] === 0)),
          emptyText: t('reports.stages.empty'),
          columns: [t('reports.stages.month'), ...APPLICATION_STAGES.map(stageLabel)],
          rows: months.map((m) => [m.month, ...APPLICATION_STAGES.map((s) => String(m[s]))]),
          chart: (
            <BarChart
              h={280}
              data={months}
              dataKey="month"
              type="stacked"
              series={series}
              withLegend
              legendProps={IN_ORDER}
              yAxisProps={{ allowDecimals: false }}
              tooltipAnimationDuration={0}
              barProps={{ isAnimationActive: false }}
            />
          ),
          legend: series.map((s) => ({ label: s.label, color: s.color })),
        },
      ];
    }
    case 'approval':
      return [
        rateView('approvalRegime', result.data.byRegime, (k) => regimeName(k, lang), t),
        rateView('approvalAuthority', result.data.byAuthority, (k) => k, t),
      ];
    case 'decisionTime':
      return [decisionTimeView(result.data.rows, t, lang)];
    case 'overdue':
      return [overdueView(result.data, t)];
    case 'eligible':
      return [eligibleView(result.data.weeks, t)];
    case 'workload':
      return [workloadView(result.data, t)];
  }
}

function decisionTimeView(
  rows: Extract<ReportResult, { report: 'decisionTime' }>['data']['rows'],
  t: TFunction,
  lang: Lang,
): ReportView {
  const k = (key: keyof R['decisionTime']) => t(`reports.decisionTime.${key}` as const);
  const series = [
    { name: 'median', label: k('median'), color: MEDIAN },
    { name: 'p90', label: k('p90'), color: P90 },
    { name: 'legal', label: k('legal'), color: LEGAL },
  ];
  return {
    id: 'decisionTime',
    title: k('title'),
    note: k('note'),
    empty: rows.length === 0,
    emptyText: k('empty'),
    columns: [
      k('authority'),
      k('regime'),
      k('decisions'),
      k('median'),
      k('p90'),
      k('legal'),
      k('late'),
    ],
    rows: rows.map((r) => [
      r.authority,
      regimeName(r.regimeId, lang),
      String(r.decisions),
      t('reports.days', { n: r.median }),
      t('reports.days', { n: r.p90 }),
      r.legal
        ? t('reports.legalDays', { n: r.legal.n, unit: t(`reports.unit.${r.legal.unit}`) })
        : t('reports.noLegal'),
      String(r.late),
    ]),
    chart: barsByName(
      rows.map((r) => ({
        name: r.authority,
        median: r.median,
        p90: r.p90,
        // Only a working-day deadline is on the same scale as the bars.
        legal: r.legal?.unit === 'working' ? r.legal.n : null,
      })),
      series,
    ),
    legend: series.map(({ label, color }) => ({ label, color })),
  };
}

function overdueView(
  data: Extract<ReportResult, { report: 'overdue' }>['data'],
  t: TFunction,
): ReportView {
  const k = (key: keyof R['overdue']) => t(`reports.overdue.${key}` as const);
  const row = (name: string, r: { awaiting: number; overdue: number; rate: number | null }) => [
    name,
    String(r.awaiting),
    String(r.overdue),
    r.rate === null ? t('reports.none') : t('reports.percent', { n: pct(r.rate) }),
  ];
  return {
    id: 'overdue',
    title: k('title'),
    note: t('reports.overdue.note', { today: data.today }),
    empty: data.rows.length === 0,
    emptyText: k('empty'),
    columns: [t('reports.authority'), k('awaiting'), k('overdue'), k('rate')],
    rows: [...data.rows.map((r) => row(r.authority, r)), row(t('reports.total'), data.total)],
    chart: barsByName(
      data.rows.map((r) => ({ name: r.authority, rate: pct(r.rate) })),
      [{ name: 'rate', label: k('rate'), color: OVERDUE }],
      { unit: '%', max: 100 },
    ),
    legend: [{ label: k('rate'), color: OVERDUE }],
  };
}

function eligibleView(
  weeks: Extract<ReportResult, { report: 'eligible' }>['data']['weeks'],
  t: TFunction,
): ReportView {
  const k = (key: keyof R['eligible']) => t(`reports.eligible.${key}` as const);
  const label = (i: number) => t('reports.weekOf', { n: i + 1 });
  return {
    id: 'eligible',
    title: k('title'),
    note: k('note'),
    empty: weeks.every((w) => w.cases === 0),
    emptyText: k('empty'),
    columns: [k('week'), k('fromTo'), k('cases')],
    rows: weeks.map((w, i) => [label(i), `${w.from} – ${w.to}`, String(w.cases)]),
    chart: (
      <BarChart
        h={260}
        data={weeks.map((w, i) => ({ week: `${label(i)}`, cases: w.cases }))}
        dataKey="week"
        series={[{ name: 'cases', label: k('cases'), color: ELIGIBLE }]}
        yAxisProps={{ allowDecimals: false }}
        tooltipAnimationDuration={0}
        barProps={{ isAnimationActive: false }}
      />
    ),
    legend: [{ label: k('cases'), color: ELIGIBLE }],
  };
}

function workloadView(
  data: Extract<ReportResult, { report: 'workload' }>['data'],
  t: TFunction,
): ReportView {
  const k = (key: keyof R['workload']) => t(`reports.workload.${key}` as const);
  const name = (a: string) => a || t('reports.unassigned');
  const series = data.stages.map((s) => ({
    name: s,
    label: t(`stage.${s}`),
    color: STAGE_COLORS[s],
  }));
  return {
    id: 'workload',
    title: k('title'),
    note: k('note'),
    empty: data.rows.length === 0,
    emptyText: k('empty'),
    columns: [k('assignee'), ...series.map((s) => s.label), k('total')],
    rows: data.rows.map((r) => [
      name(r.assignee),
      ...data.stages.map((s) => String(r.byStage[s] ?? 0)),
      String(r.total),
    ]),
    chart: barsByName(
      data.rows.map((r) => ({ name: name(r.assignee), ...r.byStage })),
      series,
      { stacked: true },
    ),
    legend: series.map(({ label, color }) => ({ label, color })),
  };
}
