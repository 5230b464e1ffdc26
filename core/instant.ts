/**
 * Instants (UTC ISO strings, e.g. a history entry's time) as the user reads them: in the
 * zone of Settings, never the machine's, with the zone named.
 */
import { Temporal } from 'temporal-polyfill';
import { timeZone } from './today';

export interface ZonedInstant {
  /** YYYY-MM-DD in the zone. */
  date: string;
  /** HH:mm in the zone. */
  time: string;
  zone: string;
}

/** The date and time of an instant in a zone; null for text that is not an instant. */
export function inZone(iso: string, zone: string = timeZone()): ZonedInstant | null {
  let instant: Temporal.Instant;
  try {
    instant = Temporal.Instant.from(iso);
  } catch {
    return null;
  }
  const at = instant.toZonedDateTimeISO(zone);
  const time = at.toPlainTime().toString({ smallestUnit: 'minute' });
  return { date: at.toPlainDate().toString(), time, zone };
}

/** The calendar date of an instant in the zone, YYYY-MM-DD (the text itself if not an instant). */
export function instantDate(iso: string, zone: string = timeZone()): string {
  return inZone(iso, zone)?.date ?? iso;
}

/** "2026-12-01 00:38 (Asia/Shanghai)": date and time in the zone, the zone named. */
export function instantDateTime(iso: string, zone: string = timeZone()): string {
  const z = inZone(iso, zone);
  return z ? `${z.date} ${z.time} (${z.zone})` : iso;
}

/**
 * The first instant of a day in the zone, as a UTC ISO string with milliseconds: the form
 * history times are stored in, so the two compare as text.
 */
export function dayStartIso(date: string, zone: string = timeZone()): string {
  return Temporal.PlainDate.from(date)
    .toZonedDateTime({ timeZone: zone })
    .toInstant()
    .toString({ fractionalSecondDigits: 3 });
}

/** The first instant of the day after `date` in the zone: the end (excluded) of a range of days. */
export function dayEndIso(date: string, zone: string = timeZone()): string {
  return dayStartIso(Temporal.PlainDate.from(date).add({ days: 1 }).toString(), zone);
}
