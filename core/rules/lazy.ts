/**
 * Texts only a reader needs (explanations, citations, notices in two languages) are
 * built on first read: recomputing thousands of cases never reads them, while JSON and
 * structured clone read them like any property. Each object declares them as accessors
 * in its literal (`get text() { return settle(n, 'text', make()); }` with a matching
 * setter), which costs far less per object than defining the property afterwards.
 */

/** Replaces a lazy accessor of `target` by its plain value, once read or set; returns it. */
export function settle<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): T[K] {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true });
  return value;
}
