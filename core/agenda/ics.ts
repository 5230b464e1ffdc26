/**
 * The agenda as an iCalendar file (RFC 5545) a calendar app imports: one all-day event
 * per date, with a UID that stays the same across exports so a re-import updates the
 * event instead of duplicating it.
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
}

export const icsUid = (e: Pick<AgendaEntry, 'caseId' | 'listingId' | 'kind'>): string =>
  `xiufu-case${e.caseId}-listing${e.listingId}-${e.kind}@xiufu.local`;

const parts = (d: Temporal.PlainDate): [number, number, number] => [d.year, d.month, d.day];

export function agendaToIcs(entries: AgendaEntry[]): string {
  const events: EventAttributes[] = entries.map((e) => {
    const day = Temporal.PlainDate.from(e.date);
    return {
      uid: icsUid(e),
      start: parts(day),
      end: parts(day.add({ days: 1 })),
      title: e.title,
      description: e.description,
      productId: 'xiufu/agenda',
      calName: 'Xiufu',
    };
  });
  if (events.length === 0) {
    // ics refuses an empty list; an empty calendar is still a valid file to import.
    return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:xiufu/agenda\r\nX-WR-CALNAME:Xiufu\r\nEND:VCALENDAR\r\n';
  }
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('could not build the calendar file');
  return value;
}
