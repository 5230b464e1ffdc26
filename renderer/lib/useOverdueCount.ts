import { useEffect } from 'react';
import { useApiValue } from './useApiValue';

const MINUTE = 60_000;

/**
 * How many dates are overdue now: reloaded when data changes and every minute (a date
 * becomes overdue at midnight without any write).
 */
export function useOverdueCount(): number {
  // Its own one-count channel: the dashboard's summary (lists of dates) would cost every
  // screen a large answer, every minute.
  const badge = useApiValue('badge.get', {});
  const { reload } = badge;
  useEffect(() => {
    const timer = setInterval(reload, MINUTE);
    return () => clearInterval(timer);
  }, [reload]);
  return badge.value?.overdueCount ?? 0;
}
