/**
 * The agenda as an iCalendar file (RFC 5545) a calendar app imports: one all-day event
 * per date, with a UID that stays the same across exports so a re-import updates the
 * event instead of duplicating it, the case's deep link, and an optional reminder.
 */
import { createEvents, type EventAttributes } from 'ics';
import { Temporal } from 'temporal-polyfill';

export interface AgendaEntry {
  /** Stable parts of the UID: the same case, listing and kind always give the same UID. */
  caseId: number;
  listingId: number;
  kind: string;
  date: string;
  title: string;
  description: string;
  /** Opens the case in the app (xiufu://cases/<id>). */
  url?: string;
  /** Days before the date that the calendar app reminds; absent or 0: no reminder. */
  remindDaysBefore?: number;
  /** The reminder's text (the event's title when absent). */
  reminderText?: string;
}

export const icsUid = (e: Pick<AgendaEntry, 'caseId' | 'listingId' | 'kind'>): string =>
  `xiufu-case${e.caseId}-listing${e.listingId}-${e.kind}@xiufu.local`;

const parts = (d: Temporal.PlainDate): [number, number, number] => [d.year, d.month, d.day];

function toEvent(e: AgendaEntry): EventAttributes {
  const day = Temporal.PlainDate.from(e.date);
  const days = e.remindDaysBefore ?? 0;
  return {
    uid: icsUid(e),
    start: parts(day),
    end: parts(day.add({ days: 1 })),
    title: e.title,
    description: e.description,
    ...(e.url ? { url: e.url } : {}),
    // Relative to the start of the all-day event: midnight of the date in the user's calendar.
    ...(days > 0
      ? {
          alarms: [
            {
              action: 'display' as const,
              description: e.reminderText ?? e.title,
              trigger: { days, before: true },
            },
          ],
        }
      : {}),
    productId: 'xiufu/agenda',
    calName: 'Xiufu',
  };
}

export function agendaToIcs(entries: AgendaEntry[]): string {
  if (entries.length === 0) {
    // ics refuses an empty list; an empty calendar is still a valid file to import.
    return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:xiufu/agenda\r\nX-WR-CALNAME:Xiufu\r\nEND:VCALENDAR\r\n';
  }
  const { error, value } = createEvents(entries.map(toEvent));
  if (error || !value) throw error ?? new Error('could not build the calendar file');
  return strictDurations(value);
}

/**
 * The ics package writes every duration with a time designator ("-P3DT"), which RFC 5545
 * does not allow without a time part; strict importers refuse such a reminder. Lines are
 * short enough here never to be folded.
 */
function strictDurations(ics: string): string {
  return ics.replace(/^(TRIGGER:-?P(?:\d+W)?(?:\d+D)?)T\r$/gm, '$1\r');
}
