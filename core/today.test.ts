import { afterEach, describe, expect, it, vi } from 'vitest';
import { instantDate, instantDateTime, inZone } from './instant';
import { isTimeZone, timeZones } from './time-zones';
import { DEFAULT_TIME_ZONE, setTimeZone, timeZone, today } from './today';

/** The moment: 16:38 UTC on 30 November is already 1 December in China. */
const MOMENT = '2026-11-30T16:38:00Z';

afterEach(() => {
  vi.useRealTimers();
  setTimeZone(DEFAULT_TIME_ZONE);
});

const at = (iso: string) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
};

// scripts/test-core-tz.mjs runs this file under several TZ values: none of these may move.
describe('today follows the zone of Settings, not the machine', () => {
  it('is China’s date by default', () => {
    at(MOMENT);
    expect(timeZone()).toBe('Asia/Shanghai');
    expect(today()).toBe('2026-12-01');
  });

  it.each([
    ['UTC', '2026-11-30'],
    ['America/New_York', '2026-11-30'],
    ['Pacific/Auckland', '2026-12-01'],
    ['Pacific/Pago_Pago', '2026-11-30'],
    ['Asia/Shanghai', '2026-12-01'],
  ])('in %s it is %s', (zone, date) => {
    at(MOMENT);
    setTimeZone(zone);
    expect(today()).toBe(date);
  });

  it('still answers for an explicit zone', () => {
    at(MOMENT);
    setTimeZone('UTC');
    expect(today('Asia/Shanghai')).toBe('2026-12-01');
  });

  it('refuses a zone the runtime does not know, keeping the one it had', () => {
    setTimeZone('Europe/Paris');
    expect(() => setTimeZone('Mars/Olympus_Mons')).toThrow(RangeError);
    expect(timeZone()).toBe('Europe/Paris');
  });
});

describe('timestamps are shown in the zone, with the zone named', () => {
  it.each([
    ['Asia/Shanghai', '2026-12-01 00:38 (Asia/Shanghai)'],
    ['UTC', '2026-11-30 16:38 (UTC)'],
    ['America/New_York', '2026-11-30 11:38 (America/New_York)'],
    // Half-hour offsets and the southern summer: UTC+13:45 in Chatham.
    ['Pacific/Chatham', '2026-12-01 06:23 (Pacific/Chatham)'],
    ['Asia/Kolkata', '2026-11-30 22:08 (Asia/Kolkata)'],
  ])('%s', (zone, shown) => {
    setTimeZone(zone);
    expect(instantDateTime(MOMENT)).toBe(shown);
  });

  it('gives the zone’s date of an instant, across a daylight-saving change', () => {
    // 2026-03-08 07:30 UTC is 03:30 EDT, just after New York's clocks went forward.
    expect(inZone('2026-03-08T07:30:00Z', 'America/New_York')).toEqual({
      date: '2026-03-08',
      time: '03:30',
      zone: 'America/New_York',
    });
    expect(instantDate(MOMENT, 'Asia/Shanghai')).toBe('2026-12-01');
    expect(instantDate(MOMENT, 'UTC')).toBe('2026-11-30');
  });

  it('reads instants with an offset, and leaves text that is not one as it is', () => {
    expect(instantDateTime('2026-12-01T00:38:00+08:00', 'UTC')).toBe('2026-11-30 16:38 (UTC)');
    expect(instantDateTime('not a time', 'UTC')).toBe('not a time');
    expect(instantDate('', 'UTC')).toBe('');
  });
});

describe('the zones offered', () => {
  it('are the runtime’s IANA zones, sorted, with the default and UTC', () => {
    const zones = timeZones();
    expect(zones).toContain('Asia/Shanghai');
    expect(zones).toContain('UTC');
    expect(zones).toContain('Europe/Berlin');
    expect([...zones].sort()).toEqual(zones);
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('asia/shanghai')).toBe(false);
    expect(isTimeZone('GMT+8')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
