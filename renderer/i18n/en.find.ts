/** English strings of search, sorting, archive and restore. Add top-level keys here; zh.find.ts mirrors them. */
export const enFind = {};
