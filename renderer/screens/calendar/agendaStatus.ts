import type { MantineColor } from '@mantine/core';
import type { AgendaStatus } from '../../../core/agenda';

/** How each status looks, in the list's badges and the month grid's markers alike. */
export const STATUS_COLOR: Record<AgendaStatus, MantineColor> = {
  overdue: 'red',
  dueToday: 'orange',
  upcoming: 'teal',
  done: 'gray',
  past: 'gray',
};
