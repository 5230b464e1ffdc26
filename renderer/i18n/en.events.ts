/** English strings of authority events checked against the case. Add top-level keys here; zh.events.ts mirrors them. */
export const enEvents = {};
