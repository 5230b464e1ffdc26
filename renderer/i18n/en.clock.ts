/** English strings of time zone, timestamps, agenda range, month grid, calendar export, unsaved changes. Add top-level keys here; zh.clock.ts mirrors them. */
export const enClock = {};
