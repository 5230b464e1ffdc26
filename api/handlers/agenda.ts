import { agendaToIcs, DATE_KIND_LABELS } from '../../core/agenda';
import { REGIMES } from '../../core/regimes';
import { today } from '../../core/today';
import type { DueItem } from '../../core/types';
import type { HandlerContext, HandlerTable } from './context';
import { refreshStale } from './refresh';

type AgendaFilter = { assignee?: string; regimeId?: DueItem['regimeId']; authority?: string };

/** Every date still ahead across cases (deadlines not yet met, milestones not yet reached). */
function upcoming(ctx: HandlerContext, f: AgendaFilter): DueItem[] {
  refreshStale(ctx);
  return ctx.repos.caseDates.due({ ...f, from: today(), openOnly: true, limit: 5000 });
}

export const agendaHandlers: HandlerTable<'agenda.list' | 'agenda.ics'> = {
  'agenda.list': (filter, ctx) => ({
    today: today(),
    items: upcoming(ctx, filter),
    ...ctx.repos.caseDates.facets(),
  }),

  'agenda.ics': (filter, ctx) => {
    const lang = ctx.lang;
    const content = agendaToIcs(
      upcoming(ctx, filter).map((d) => ({
        caseId: d.caseId,
        listingId: d.listingId,
        kind: d.kind,
        date: d.date,
        title: `${DATE_KIND_LABELS[d.kind][lang]} — ${d.clientName}`,
        description: [
          REGIMES[d.regimeId].name[lang],
          d.authority,
          d.decisionNo,
          d.provisional ? (lang === 'zh' ? '暂定日期' : 'provisional date') : '',
        ]
          .filter(Boolean)
          .join('\n'),
      })),
    );
    return { filename: `xiufu-agenda-${today()}.ics`, content };
  },
};
