/** The zones a user may choose for "today" and timestamps: the runtime's IANA zones. */
import { DEFAULT_TIME_ZONE } from './today';

let cached: readonly string[] | null = null;

/**
 * Every IANA zone the runtime knows (Intl.supportedValuesOf), sorted, with the default
 * and UTC always present (some runtimes list UTC only under its Etc/ alias).
 */
export function timeZones(): readonly string[] {
  cached ??= [...new Set([...Intl.supportedValuesOf('timeZone'), DEFAULT_TIME_ZONE, 'UTC'])].sort();
  return cached;
}

export function isTimeZone(value: string): boolean {
  return timeZones().includes(value);
}
