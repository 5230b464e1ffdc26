import { DEFAULT_TIME_ZONE, setTimeZone } from '../../core/today';
import type { Settings } from '../../core/types';
import type { HandlerContext, HandlerTable } from './context';

const view = (ctx: HandlerContext): Settings => ({
  ...ctx.repos.settings.get(),
  dataDir: ctx.dataDir,
  readOnly: ctx.readOnly,
});

/**
 * Makes the saved zone the zone of today(). A zone saved by a runtime that knew it but
 * unknown to this one (a renamed zone) falls back to China Standard Time, logged.
 */
export function applyTimeZone(zone: string, log: (line: Record<string, unknown>) => void): void {
  try {
    setTimeZone(zone);
  } catch {
    log({ level: 'warn', message: `unknown time zone "${zone}", using ${DEFAULT_TIME_ZONE}` });
    setTimeZone(DEFAULT_TIME_ZONE);
  }
}

export const settingsHandlers: HandlerTable<'settings.get' | 'settings.update'> = {
  'settings.get': (_input, ctx) => view(ctx),
  'settings.update': (patch, ctx) => {
    ctx.repos.settings.set(patch);
    // Validated by the schema against the runtime's zones, so this cannot fall back.
    if (patch.timeZone !== undefined) applyTimeZone(patch.timeZone, ctx.log);
    return view(ctx);
  },
};
