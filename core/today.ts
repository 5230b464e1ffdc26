/**
 * "Today" for every deadline, and the one zone the app shows instants in. The zone is a
 * setting: the backend sets it when it opens and whenever Settings change it, the renderer
 * when it loads the settings (its forms compute today too). Callers just call `today()`.
 */
import { Temporal } from 'temporal-polyfill';

/** China Standard Time: the authorities' own calendar, unless the user picks another zone. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

let current = DEFAULT_TIME_ZONE;

/** Makes `zone` the zone of today() and of every timestamp shown; refuses an unknown zone. */
export function setTimeZone(zone: string): void {
  // Throws a RangeError for a zone the runtime does not know, before anything uses it.
  Temporal.Now.plainDateISO(zone);
  current = zone;
}

/** The zone today() is taken in. */
export function timeZone(): string {
  return current;
}

/** Today's plain date in the given zone (the setting's by default), as YYYY-MM-DD. */
export function today(zone: string = current): string {
  return Temporal.Now.plainDateISO(zone).toString();
}
