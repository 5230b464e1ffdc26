/** Simplified Chinese strings of long lists shown in part (issue 10). */
import type { Messages } from './en';

export const zhScreens: Pick<Messages, 'dueMore'> = {
  dueMore: {
    all_other: '显示全部 {{count}} 个日期',
    fewer_other: '只显示前 {{count}} 个',
  },
};
