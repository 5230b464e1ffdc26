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

const vevents = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');

describe('agenda as .ics', () => {
  it('parses back as one all-day event per date, with the text intact', () => {
    const events = vevents(
      agendaToIcs([entry, { ...entry, kind: 'acceptanceDue', date: '2025-12-31' }]),
    ).map((v) => new ICAL.Event(v));
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
    const uid = (ics: string) => vevents(ics)[0]!.getFirstPropertyValue('uid');
    expect(uid(agendaToIcs([entry]))).toBe(uid(agendaToIcs([{ ...entry, date: '2025-06-09' }])));
  });

  it('carries the case link and a display reminder N days before', () => {
    const ics = agendaToIcs([
      { ...entry, url: 'xiufu://cases/7', remindDaysBefore: 3, reminderText: 'Decision due' },
    ]);
    const [event] = vevents(ics);
    expect(event!.getFirstPropertyValue('url')).toBe('xiufu://cases/7');
    const alarms = event!.getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarms[0]!.getFirstPropertyValue('description')).toBe('Decision due');
    const trigger = alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toString()).toBe('-P3D');
    // RFC 5545: no time designator without a time part (the ics package writes "-P3DT").
    expect(ics).toMatch(/^TRIGGER:-P3D\r$/m);
    expect(trigger.toSeconds()).toBe(-3 * 86_400);
  });

  it('has no reminder for 0 days, nor a link when none is given', () => {
    const [event] = vevents(agendaToIcs([{ ...entry, remindDaysBefore: 0 }]));
    expect(event!.getAllSubcomponents('valarm')).toEqual([]);
    expect(event!.getFirstPropertyValue('url')).toBeNull();
  });

  it('exports an empty agenda as a valid calendar', () => {
    expect(vevents(agendaToIcs([]))).toEqual([]);
  });
});
