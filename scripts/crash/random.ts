/** A seeded generator, so that a failing run is repeated exactly with `--seed`. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A short token that makes a written value recognisable (and unique) later. */
  nonce(): string;
}

export function seededRandom(seed: number): Random {
  // mulberry32: tiny, fast and well enough distributed for choosing test steps.
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let counter = 0;
  const self: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
    nonce: () => `${(counter++).toString(36)}-${Math.floor(next() * 36 ** 6).toString(36)}`,
  };
  return self;
}
