import { Temporal } from 'temporal-polyfill';

/** China Standard Time: "today" for every deadline unless the user picks another zone. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Today's plain date in the given zone, as YYYY-MM-DD. */
export function today(timeZone: string = DEFAULT_TIME_ZONE): string {
  return Temporal.Now.plainDateISO(timeZone).toString();
}
