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
  summariseDays,
  type AgendaItem,
} from '../../core/agenda';
import { Temporal } from 'temporal-polyfill';
import { caseLink } from '../../core/deep-link';
import { unpaged } from '../../core/export';
import type { Lang } from '../../core/messages';
import { REGIMES } from '../../core/regimes';
import { today } from '../../core/today';
import type { DueItem } from '../../core/types';
import { decodeCursor, encodeCursor } from '../../db/keyset';
import type { DueKey, DueQuery } from '../../db/repositories/case-dates';
import type { Parsed } from '../contract';
import type { HandlerContext, HandlerTable } from './context';
import { refreshStale } from './refresh';

/** The most dates one .ics export carries. */
export const AGENDA_LIMIT = 5000;

/** The selection as the repository reads it, and its range: the one given or the default. */
function selection(ctx: HandlerContext, filter: Parsed<'agenda.ics'>) {
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
  return { now, shown, range: agendaRange(now, { from: givenFrom, to: givenTo }, oldestOverdue) };
}

const marked = (rows: DueItem[], now: string): AgendaItem[] =>
  rows.map((d) => ({ ...d, status: agendaStatus(d, now) }));

/** A cursor names the last date shown: its day, case, listing and kind. */
function readCursor(cursor: string | undefined): DueKey | null {
  const c = decodeCursor(cursor);
  const m = typeof c?.key === 'string' ? /^(\d{4}-\d{2}-\d{2})\|(\d+)\|(\w+)$/.exec(c.key) : null;
  return c && m ? { date: m[1]!, caseId: c.id, listingId: Number(m[2]), kind: m[3]! } : null;
}

/**
 * What the list shows: the selection, or one day of it (the month grid's choice), without
 * its page; the export reads the same query to the end.
 */
export function agendaQuery(ctx: HandlerContext, input: Parsed<'agenda.list'>) {
  const { day, ...filter } = unpaged(input);
  const { now, shown, range } = selection(ctx, filter);
  const query: DueQuery = { ...shown, ...(day ? { from: day, to: day } : range) };
  return { now, range, query };
}

/** A page of the list after the cursor. */
function listPage(ctx: HandlerContext, input: Parsed<'agenda.list'>) {
  const { now, range, query } = agendaQuery(ctx, input);
  const dates = ctx.repos.caseDates;
  const rows = dates.due({
    ...query,
    keyset: { after: readCursor(input.cursor) },
    limit: input.limit + 1,
  });
  const items = marked(rows.slice(0, input.limit), now);
  const last = rows.length > input.limit ? items.at(-1) : undefined;
  return {
    today: now,
    ...range,
    items,
    nextCursor: last
      ? encodeCursor(`${last.date}|${last.listingId}|${last.kind}`, last.caseId)
      : null,
    ...dates.facets(),
  };
}

/**
 * The month grid's days: one month of the selection counted by day. One month, not the
 * range: a range stretched back to an old overdue deadline holds years of dates, and
 * counting them all would cost seconds on every visit.
 */
function monthDays(ctx: HandlerContext, input: Parsed<'agenda.summary'>) {
  const { month, ...filter } = input;
  const { now, shown, range } = selection(ctx, filter);
  const first = `${month.slice(0, 7)}-01`;
  const last = Temporal.PlainDate.from(first).add({ months: 1 }).subtract({ days: 1 }).toString();
  const from = range.from > first ? range.from : first;
  const to = range.to < last ? range.to : last;
  const counts = from <= to ? ctx.repos.caseDates.dayCounts({ ...shown, from, to }) : [];
  return { days: summariseDays(counts, now) };
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

export const agendaHandlers: HandlerTable<'agenda.list' | 'agenda.summary' | 'agenda.ics'> = {
  'agenda.list': (input, ctx) => listPage(ctx, input),
  'agenda.summary': (input, ctx) => monthDays(ctx, input),

  'agenda.ics': (filter, ctx) => {
    const { now, shown, range } = selection(ctx, filter);
    const { from, to } = range;
    const items = marked(ctx.repos.caseDates.due({ ...shown, ...range, limit: AGENDA_LIMIT }), now);
    const remindDays = ctx.repos.settings.get().icsReminderDays;
    const content = agendaToIcs(items.map((d) => icsEntry(d, ctx.lang, now, remindDays)));
    return { filename: `xiufu-agenda-${from}-${to}.ics`, content };
  },
};
