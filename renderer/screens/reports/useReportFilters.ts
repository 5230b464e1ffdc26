/**
 * The Reports screen's filters live in the URL (#/reports?from=…&regimeId=…), so a report
 * can be reloaded, bookmarked or sent as it is. The URL is read with the backend's own
 * schema: a hand-edited value it refuses shows the unfiltered reports and says so.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import { reportFilters } from '../../../core/reports';

export type FilterValues = z.input<typeof reportFilters>;
export type Filters = z.output<typeof reportFilters>;

const KEYS = ['from', 'to', 'regimeId', 'authority', 'assignee'] as const;
export const NO_FILTERS: Filters = { from: '', to: '', regimeId: '', authority: '', assignee: '' };

export function useReportFilters() {
  const [params, setParams] = useSearchParams();
  const raw = Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? '']));
  const parsed = reportFilters.safeParse(raw);
  const filters: Filters = parsed.success ? { ...NO_FILTERS, ...parsed.data } : NO_FILTERS;
  const setFilters = useCallback(
    (f: Filters) => {
      const given = KEYS.filter((k) => f[k]).map((k) => [k, f[k] as string]);
      setParams(new URLSearchParams(given));
    },
    [setParams],
  );
  return { filters, setFilters, refusedUrl: !parsed.success };
}
