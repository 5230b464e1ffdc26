/**
 * Texts only a reader needs (explanations, citations, notices in two languages) are
 * built on first read: recomputing thousands of cases never reads them, while JSON and
 * structured clone read them like any property.
 */

/** An enumerable property computed on its first read, then kept as a plain value. */
export function lazy<T extends object, K extends keyof T>(
  target: T,
  key: K,
  make: () => T[K],
): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get(): T[K] {
      const value = make();
      Object.defineProperty(target, key, { value, enumerable: true, writable: true });
      return value;
    },
    set(value: T[K]) {
      Object.defineProperty(target, key, { value, enumerable: true, writable: true });
    },
  });
}
