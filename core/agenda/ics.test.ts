import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { agendaToIcs, icsUid } from './ics';

const entry = {
  caseId: 7,
  listingId: 3,
  kind: 'decisionDue',
  date: '2025-06-06',
  title: 'Decision due — 杭州青禾食品有限公司',
  description: '15 working days from acceptance (SAMR Order No. 44)',
};

describe('agenda as .ics', () => {
  it('parses back as one all-day event per date, with the text intact', () => {
    const parsed = new ICAL.Component(
      ICAL.parse(agendaToIcs([entry, { ...entry, kind: 'acceptanceDue', date: '2025-12-31' }])),
    );
    const events = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(
      events.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString(), e.summary]),
    ).toEqual([
      [icsUid(entry), '2025-06-06', '2025-06-07', entry.title],
      [icsUid({ ...entry, kind: 'acceptanceDue' }), '2025-12-31', '2026-01-01', entry.title],
    ]);
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[0]!.description).toBe(entry.description);
  });

  it('gives the same UID on every export, so a re-import updates', () => {
    const uid = (ics: string) =>
      new ICAL.Component(ICAL.parse(ics))
        .getFirstSubcomponent('vevent')!
        .getFirstPropertyValue('uid');
    expect(uid(agendaToIcs([entry]))).toBe(uid(agendaToIcs([{ ...entry, date: '2025-06-09' }])));
  });

  it('exports an empty agenda as a valid calendar', () => {
    expect(new ICAL.Component(ICAL.parse(agendaToIcs([]))).getAllSubcomponents('vevent')).toEqual(
      [],
    );
  });
});
