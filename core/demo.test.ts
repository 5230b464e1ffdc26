import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { demoCases } from './demo';
import { clientInput, listingInput } from './schemas';
import { eventFields } from './lifecycle';
import { today } from './today';

describe('demoCases', () => {
  it('is valid typed input today', () => {
    for (const demo of demoCases(today())) {
      expect(clientInput.safeParse(demo.client).success).toBe(true);
      for (const l of demo.listings) expect(listingInput.safeParse(l).success).toBe(true);
      for (const e of demo.events) expect(eventFields.safeParse(e).success).toBe(true);
    }
  });

  // Month ends and a leap day: "n months ago" must land on a real date every day of the year.
  it.each(['2026-12-01', '2027-03-31', '2028-02-29', '2029-01-01'])(
    'counts back from %s: real dates, in order, none ahead, numbers of their year',
    (now) => {
      for (const demo of demoCases(now)) {
        const listed = demo.listings.map((l) => l.decisionDate).sort();
        for (const l of demo.listings) {
          for (const d of [l.decisionDate, l.listingDate, l.publicationDate].filter(Boolean)) {
            expect(Temporal.PlainDate.from(d).toString()).toBe(d);
            expect(d < now).toBe(true);
          }
          expect(l.decisionNo).toContain(l.decisionDate.slice(0, 4));
        }
        const dates = demo.events.map((e) => e.date);
        expect(dates).toEqual([...dates].sort());
        expect(dates.every((d) => d < now && d > listed.at(-1)!)).toBe(true);
      }
    },
  );
});
