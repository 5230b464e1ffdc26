/** "2 working days left", "due today", "overdue by 3 working days" — counted as the authority counts. */
import type { TFunction } from 'i18next';
import type { QueueItem } from '../../../core/types';

export function daysLeftText(
  item: Pick<QueueItem, 'daysLeft' | 'unit' | 'status'>,
  t: TFunction,
): string {
  if (item.status === 'stopped') return t('queue.clockStopped');
  const working = item.unit === 'working';
  if (item.daysLeft === 0) return t('queue.dueToday');
  if (item.daysLeft > 0)
    return working
      ? t('queue.workingLeft', { count: item.daysLeft })
      : t('queue.calendarLeft', { count: item.daysLeft });
  const count = -item.daysLeft;
  return working ? t('queue.workingOverdue', { count }) : t('queue.calendarOverdue', { count });
}
