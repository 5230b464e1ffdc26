/**
 * fast-check arbitraries from the contract's zod 4 schemas (zod-fast-check supports only
 * zod 3). Values follow each schema's shape and declared bounds, with realistic values
 * where a field's name says what it holds (ids of rows that exist, dates, checklist
 * keys), so that many inputs get past validation into the handlers; the custom checks
 * (refinements) are left to chance, which is what the fuzz test wants.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { BACKUP_ID_RE } from '../../core/backups/ids';
import { draftDoc } from '../../core/documents/letter-doc';
import { usccCheckChar } from '../../core/ids';
import { today } from '../../core/today';

/** Values that exist in the test's data, by what a field holds. */
export interface Pools {
  ids: Record<'client' | 'listing' | 'case' | 'event' | 'file' | 'packet', number[]>;
  itemKeys: string[];
  uploadIds: string[];
  idNumbers: string[];
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: { _zod: { def: CheckDef } }[];
}
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

export const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) => (def.checks ?? []).map((c) => c._zod.def);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Dates users type: around today, the listings' years, the calendar's edges, and blanks. */
const dates = fc.oneof(
  fc.constantFrom(
    '2024-06-03',
    '2025-06-04',
    '2026-01-05',
    today(),
    '2000-01-01',
    '2100-12-31',
    '',
  ),
  // Day 29 to 31 of every month, so that dates that do not exist come up too.
  fc
    .tuple(
      fc.integer({ min: 1999, max: 2101 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
);

type Entity = keyof Pools['ids'];

const ID_FIELDS: Record<string, Entity> = {
  clientId: 'client',
  caseId: 'case',
  listingId: 'listing',
  listingIds: 'listing',
};

const text = (min: number, max: number) =>
  fc.oneof(
    fc.string({ minLength: min, maxLength: Math.min(max, 30) }),
    fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 30) }),
    fc
      .constantFrom('杭州市市场监督管理局', '杭市监〔2025〕1号', '李娜', '不可抗力')
      .filter((s) => s.length >= min && s.length <= max),
  );

function stringOf(def: Def, key: string, pools: Pools): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
  const max = checks.find((c) => c.check === 'max_length')?.maximum ?? 200;
  const pattern = checks.find((c) => c.format === 'regex')?.pattern;
  if (key === 'uploadId' || key === 'jobId')
    return fc.oneof(
      current(() => pools.uploadIds, ''),
      fc.constant('00000000-0000-0000-0000-000000000000'),
      fc.uuid(),
    );
  if (pattern) return fc.stringMatching(pattern);
  // A backup's name: well formed (then the handlers look for it) or not.
  if (key === 'id') return fc.oneof(fc.stringMatching(BACKUP_ID_RE), text(min, max));
  if (/date$|Date$|^(from|to|day|month|validUntil|start|end|makeupWorkdays)$/.test(key))
    return dates;
  if (key === 'penaltyAmount') return fc.constantFrom('', '1250.50', '300', '0.5', '1e3', '-1');
  if (key === 'phone') return fc.constantFrom('', '0571-88886666', '+86 138 0000 0000', 'call me');
  if (key === 'email') return fc.constantFrom('', 'li.na@example.cn', 'not-an-email');
  if (key === 'idNumber')
    return fc.oneof(
      current(() => pools.idNumbers, ''),
      freshUscc,
      fc.constant('110101199003070000'),
    );
  if (key === 'itemKey' || key === 'documentId')
    return fc.oneof(
      current(() => pools.itemKeys, ''),
      text(min, max),
    );
  if (key === 'timeZone')
    return fc.constantFrom(
      'Asia/Shanghai',
      'Europe/Berlin',
      'UTC',
      'America/New_York',
      'Mars/Base',
    );
  if (key === 'data')
    return fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b).toString('base64'));
  if (key === 'mime')
    return fc.constantFrom('application/pdf', 'image/png', 'image/jpeg', 'text/plain', '');
  return text(min, max);
}

function numberOf(def: Def, key: string, pools: Pools, id: Entity): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const int = checks.some((c) => c.format === 'safeint');
  const lower = checks.find((c) => c.check === 'greater_than');
  const upper = checks.find((c) => c.check === 'less_than');
  const min = lower ? (lower.value ?? 0) + (lower.inclusive ? 0 : 1) : -1000;
  const max = upper ? (upper.value ?? 0) - (upper.inclusive ? 0 : 1) : 1_000_000;
  const pool = ID_FIELDS[key] ?? (key === 'id' ? id : undefined);
  if (pool)
    return fc.oneof(
      { arbitrary: current(() => pools.ids[pool], 1), weight: 3 },
      current(() => allIds(pools), 1),
      fc.integer({ min: 1, max: 60 }),
    );
  if (key === 'index') return fc.integer({ min: 0, max: 4 });
  if (key === 'size') return fc.integer({ min: 0, max: 50_000 });
  const bounded = fc.integer({ min: Math.max(min, -1e9), max: Math.min(max, 1e9) });
  return int ? bounded : fc.oneof(bounded, fc.double({ min, max, noNaN: true }));
}

const allIds = (pools: Pools) => [...new Set(Object.values(pools.ids).flat()), 1];

/**
 * One of what exists when the input is generated (the pools change as the test's valid
 * inputs create and archive rows); a placeholder id while a pool is empty.
 */
function current<T>(of: () => T[], fallback: T): fc.Arbitrary<T> {
  return fc.nat().map((n) => {
    const pool = of();
    return pool.length ? pool[n % pool.length]! : fallback;
  });
}

/** A unified social credit code no client has yet, its check character right. */
const freshUscc = fc.integer({ min: 0, max: 9_999_999_999 }).map((n) => {
  const first17 = `9133010${String(n).padStart(10, '0')}`;
  return first17 + usccCheckChar(first17);
});

/**
 * A letter's document (its schema parses by hand, so its shape cannot be read off it): a
 * title and paragraphs as the editor holds them, or anything at all.
 */
const letterDoc = fc.oneof(
  fc
    .record({
      title: fc.string({ maxLength: 40 }),
      paragraphs: fc.array(fc.string(), { maxLength: 4 }),
    })
    .map(draftDoc),
  fc.anything(),
);

/**
 * A value of the schema's shape; the key it sits under steers what it holds, and `id`
 * says which rows a field called `id` names (a client's for clients.get, and so on).
 */
export function arbitraryOf(
  schema: z.ZodType,
  pools: Pools,
  id: Entity = 'case',
  key = '',
): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (key === 'doc') return letterDoc;
  switch (def.type) {
    case 'string':
      return stringOf(def, key, pools);
    case 'number':
      return numberOf(def, key, pools, id);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries!));
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
      return arbitraryOf(def.innerType!, pools, id, key);
    case 'pipe':
      return arbitraryOf(def.in!, pools, id, key);
    case 'union':
      return fc.oneof(...def.options!.map((o) => arbitraryOf(o, pools, id, key)));
    case 'array': {
      const checks = checksOf(def);
      const minLength = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const maxLength = Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 4, 4);
      return fc.array(arbitraryOf(def.element!, pools, id, key), {
        minLength,
        maxLength: Math.max(minLength, maxLength),
      });
    }
    case 'object': {
      const shape = def.shape!;
      const required = Object.keys(shape).filter(
        (k) => !['optional', 'default'].includes(defOf(shape[k]!).type),
      );
      const fields = Object.fromEntries(
        Object.entries(shape).map(([k, v]) => [k, arbitraryOf(v, pools, id, k)]),
      );
      return fc.record(fields, { requiredKeys: required });
    }
    case 'custom':
      // Raw bytes (an upload chunk) as often as anything else.
      return key === 'data'
        ? fc.oneof(fc.uint8Array({ maxLength: 4096 }), fc.anything())
        : fc.anything();
    default:
      // A kind of schema this generator does not know: anything at all.
      return fc.anything();
  }
}
