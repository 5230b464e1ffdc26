/**
 * One asynchronous mutex per key (a SHA-256): work on the same content runs one at a time,
 * work on different content runs freely. Attaching (store and record the row) and removing
 * (check the references and delete the file) hold the same key, so neither can see the
 * other half done.
 */
export class HashLocks {
  /** The tail of each key's queue; a key without waiters has no entry. */
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `fn` once every earlier holder of `key` has finished, whether it succeeded or not. */
  run<T>(key: string, fn: () => T | Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(fn);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Whether anyone holds or waits for `key` (for tests and diagnostics). */
  busy(key: string): boolean {
    return this.tails.has(key);
  }
}
