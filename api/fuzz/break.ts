/**
 * Inputs that break a channel's schema: a value of the right shape with one part replaced
 * by something hostile (a wrong type, a huge or control-character string, a boundary or
 * non-finite number, an impossible date, an id that does not exist), a field taken away,
 * an unknown field added, or no object at all. Each input reaches dispatch either as is
 * (as Electron's IPC carries it, which keeps NaN and Infinity) or through JSON as the
 * browser shell carries it (NaN becomes null; 1e999 parses to Infinity).
 */
import fc from 'fast-check';

export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[2J',
  '\r\n\t',
  '\u202eevil',
  '\ud800',
  '\ufeff',
  '😀'.repeat(50),
  '../../etc/passwd',
  "'; DROP TABLE cases; --",
  '%s%n%x',
  '<script>alert(1)</script>',
  'x'.repeat(300),
  'x'.repeat(100_001),
  '中'.repeat(70_000),
  '2025-02-30',
  '2025-13-01',
  '0000-00-00',
  '9999-12-31',
  '2025-1-1',
  ' 2025-01-01 ',
  '2025-01-01T00:00:00Z',
  '２０２５-０１-０１',
  '00000000-0000-0000-0000-000000000000',
  '-'.repeat(36),
  'event-999999',
  'event-0',
  '__proto__',
  'constructor',
  'NaN',
  '1e999',
];

export const HOSTILE_NUMBERS = [
  0,
  -0,
  -1,
  -(2 ** 31),
  0.5,
  1.5,
  2 ** 31,
  2 ** 53,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  999_999,
  NaN,
  Infinity,
  -Infinity,
];

/** Something that does not belong where it is put. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(null, undefined, true, false, [], {}, [[[]]], { length: 1 }, '0', '1'),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)) }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constant(
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}}') as unknown,
  ),
  fc.anything({ maxDepth: 2 }),
);

type Path = (string | number)[];

/** Every place in a value where something could be replaced or removed. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => pathsOf(v, [...at, i]))];
  if (value && typeof value === 'object')
    return [at, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return [at];
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | null {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  return node && typeof node === 'object' ? node : null;
}

type Mutation = { kind: 'replace' | 'remove' | 'extra'; pick: number; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace', 'replace', 'replace', 'remove', 'extra'),
  pick: fc.nat(),
  value: hostile,
});

/** Applies one mutation at a place chosen by `pick`. */
export function mutate(value: unknown, m: Mutation): unknown {
  const paths = pathsOf(value);
  const path = paths[m.pick % paths.length]!;
  if (path.length === 0) {
    // At the top: another value, no input at all, or an unknown field beside the others.
    if (m.kind === 'replace') return m.value;
    if (m.kind === 'remove') return undefined;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? { ...value, extra: m.value }
      : value;
  }
  const root = clone(value);
  const parent = parentOf(root, path);
  if (!parent) return root;
  const key = path.at(-1)!;
  if (m.kind === 'replace') parent[key] = m.value;
  else if (m.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    // A typed array (an upload's bytes) has a fixed length: nothing can be removed from it.
    else if (!ArrayBuffer.isView(parent)) delete parent[key];
  } else if (!Array.isArray(parent)) parent[`extra${String(key)}`] = m.value;
  return root;
}

/** As the browser shell delivers it: JSON text, with non-finite numbers written as 1e999. */
export function throughJson(value: unknown): unknown {
  const text = JSON.stringify(value, (_k, v: unknown) =>
    v === Infinity ? '@@inf@@' : v === -Infinity ? '@@-inf@@' : v,
  );
  if (text === undefined) return undefined;
  return JSON.parse(text.replaceAll('"@@inf@@"', '1e999').replaceAll('"@@-inf@@"', '-1e999'));
}

export interface Fuzzed {
  input: unknown;
  via: 'ipc' | 'json';
  how: string;
}

/** Valid-shaped inputs, the same broken in one to three places, and non-objects. */
export function fuzzed(valid: fc.Arbitrary<unknown>): fc.Arbitrary<Fuzzed> {
  const broken = fc
    .tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([v, ms]) => ({
      input: ms.reduce<unknown>((acc, m) => mutate(acc, m), v),
      how: ms.map((m) => m.kind).join('+'),
    }));
  const shaped = valid.map((input) => ({ input, how: 'shaped' }));
  const alien = hostile.map((input) => ({ input, how: 'not an object' }));
  return fc
    .tuple(
      fc.oneof(
        { arbitrary: shaped, weight: 3 },
        { arbitrary: broken, weight: 6 },
        { arbitrary: alien, weight: 1 },
      ),
      fc.boolean(),
    )
    .map(([f, json]) =>
      json
        ? { input: throughJson(f.input), via: 'json' as const, how: f.how }
        : { ...f, via: 'ipc' as const },
    );
}
