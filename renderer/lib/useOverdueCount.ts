import { useEffect } from 'react';
import { useApiValue } from './useApiValue';

const MINUTE = 60_000;

/**
 * How many dates are overdue now: reloaded when data changes and every minute (a date
 * becomes overdue at midnight without any write).
 */
export function useOverdueCount(): number {
  const summary = useApiValue('dashboard.summary', {});
  const { reload } = summary;
  useEffect(() => {
    const timer = setInterval(reload, MINUTE);
    return () => clearInterval(timer);
  }, [reload]);
  return summary.value?.overdueCount ?? 0;
}
