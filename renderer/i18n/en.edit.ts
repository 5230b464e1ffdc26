/** English strings of correcting clients, listings and cases after creation. Add top-level keys here; zh.edit.ts mirrors them. */
export const enEdit = {};
