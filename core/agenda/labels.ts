import type { Lang } from '../messages';
import type { DateKind } from '../rules';

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
