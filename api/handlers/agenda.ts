import {
  AGENDA_STATUS_LABELS,
  AGENDA_VISIBILITY,
  addDays,
  agendaRange,
  agendaStatus,
  agendaToIcs,
  DATE_KIND_LABELS,
  DEADLINE_KINDS,
  needsReminder,
  type AgendaItem,
} from '../../core/agenda';
import { caseLink } from '../../core/deep-link';
import type { Lang } from '../../core/messages';
import { REGIMES } from '../../core/regimes';
import { today } from '../../core/today';
import type { DueQuery } from '../../db/repositories/case-dates';
import type { Parsed } from '../contract';
import type { HandlerContext, HandlerTable } from './context';
import { refreshStale } from './refresh';

/** The most dates one answer carries; a wider selection says it was cut. */
export const AGENDA_LIMIT = 5000;

/** The dates of the selection in its range, each marked, and the range used. */
function select(ctx: HandlerContext, filter: Parsed<'agenda.list'>) {
  refreshStale(ctx);
  const now = today();
  const { from: givenFrom, to: givenTo, ...facets } = filter;
  const shown: DueQuery = {
    ...facets,
    hideStages: AGENDA_VISIBILITY.hiddenStages,
    onlyKinds: AGENDA_VISIBILITY.onlyKinds,
  };
  const oldestOverdue = givenFrom
    ? null
    : ctx.repos.caseDates.earliest({
        ...shown,
        kinds: DEADLINE_KINDS,
        openOnly: true,
        to: addDays(now, -1),
      });
  const range = agendaRange(now, { from: givenFrom, to: givenTo }, oldestOverdue);
  const rows = ctx.repos.caseDates.due({ ...shown, ...range, limit: AGENDA_LIMIT + 1 });
  const items: AgendaItem[] = rows
    .slice(0, AGENDA_LIMIT)
    .map((d) => ({ ...d, status: agendaStatus(d, now) }));
  return { today: now, ...range, items, truncated: rows.length > AGENDA_LIMIT };
}

function icsEntry(d: AgendaItem, lang: Lang, now: string, remindDays: number) {
  const what = `${DATE_KIND_LABELS[d.kind][lang]} — ${d.clientName}`;
  // Overdue is what must catch the eye in a calendar; the other statuses are in the text.
  const colon = lang === 'zh' ? '：' : ': ';
  const title =
    d.status === 'overdue' ? `${AGENDA_STATUS_LABELS.overdue[lang]}${colon}${what}` : what;
  const link = caseLink(d.caseId);
  const status =
    lang === 'zh'
      ? `状态（截至 ${now}）：${AGENDA_STATUS_LABELS[d.status].zh}`
      : `Status on ${now}: ${AGENDA_STATUS_LABELS[d.status].en}`;
  return {
    caseId: d.caseId,
    listingId: d.listingId,
    kind: d.kind,
    date: d.date,
    title,
    description: [
      status,
      REGIMES[d.regimeId].name[lang],
      d.authority,
      d.decisionNo,
      d.provisional ? (lang === 'zh' ? '暂定日期' : 'provisional date') : '',
      lang === 'zh' ? `在修复中打开：${link}` : `Open in Xiufu: ${link}`,
    ]
      .filter(Boolean)
      .join('\n'),
    url: link,
    remindDaysBefore: needsReminder(d.status) ? remindDays : 0,
    reminderText: what,
  };
}

export const agendaHandlers: HandlerTable<'agenda.list' | 'agenda.ics'> = {
  'agenda.list': (filter, ctx) => ({ ...select(ctx, filter), ...ctx.repos.caseDates.facets() }),

  'agenda.ics': (filter, ctx) => {
    const { today: now, from, to, items } = select(ctx, filter);
    const remindDays = ctx.repos.settings.get().icsReminderDays;
    const content = agendaToIcs(items.map((d) => icsEntry(d, ctx.lang, now, remindDays)));
    return { filename: `xiufu-agenda-${from}-${to}.ics`, content };
  },
};
