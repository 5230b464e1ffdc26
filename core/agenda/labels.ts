import type { Lang } from '../messages';
import type { DateKind } from '../rules';
import type { AgendaStatus } from './selection';

/** The names of computed dates, as the case page, agenda and calendar export show them. */
export const DATE_KIND_LABELS: Record<DateKind, Record<Lang, string>> = {
  mayApplyFrom: { en: 'May apply from', zh: '可申请修复日' },
  firstWorkingDayToFile: { en: 'First working day to file', zh: '首个可现场申请工作日' },
  automaticEnd: { en: 'Automatic end', zh: '自动停止公示日' },
  reapplicationBarredUntil: { en: 'Re-application barred until', zh: '禁止再次申请至' },
  acceptanceDue: { en: 'Acceptance due', zh: '受理期限' },
  decisionDue: { en: 'Decision due', zh: '决定期限' },
  publicityStopDue: { en: 'Publicity stops by', zh: '停止公示期限' },
};

/** How the calendar export marks a date (the renderer has the same words in its i18n). */
export const AGENDA_STATUS_LABELS: Record<AgendaStatus, Record<Lang, string>> = {
  overdue: { en: 'Overdue', zh: '已逾期' },
  dueToday: { en: 'Due today', zh: '今日到期' },
  upcoming: { en: 'Upcoming', zh: '未到期' },
  done: { en: 'Done', zh: '已完成' },
  past: { en: 'Past', zh: '已过' },
};
