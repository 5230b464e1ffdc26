/** The details of a logged event as one line of text in the UI language. */
import type { TFunction } from 'i18next';
import type { CaseEventRecord } from '../../../core/lifecycle';

export function eventDetails(e: CaseEventRecord, t: TFunction): string {
  const parts: string[] = [];
  switch (e.type) {
    case 'filed':
      parts.push(t(`lifecycle.channels.${e.channel}`));
      if (e.reference) parts.push(`${t('lifecycle.reference')}: ${e.reference}`);
      break;
    case 'refusedToAccept':
    case 'withdrawn':
      if (e.reason) parts.push(e.reason);
      break;
    case 'supplementRequested':
      parts.push(e.what);
      break;
    case 'extension':
      parts.push(t('lifecycle.detailWorkingDays', { count: e.workingDays }), e.reason);
      break;
    case 'decided':
      parts.push(t(`lifecycle.outcomes.${e.outcome}`));
      // Decisions logged before the number was asked have none.
      parts.push(
        e.decisionNo
          ? t('events.decisionNoDetail', { no: e.decisionNo })
          : t('events.noDecisionNo'),
      );
      if (e.reasons) parts.push(e.reasons);
      break;
    case 'closed':
      if (e.note) parts.push(e.note);
      break;
    default:
      break;
  }
  return parts.join(' · ');
}
