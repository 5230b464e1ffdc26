/** English strings of documents checked on attach, paper originals, packet pre-flight. Add top-level keys here; zh.checks.ts mirrors them. */
export const enChecks = {};
