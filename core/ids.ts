/**
 * Identifier checks of RULES.md §5: unified social credit code (GB 32100-2015)
 * and resident identity card number (GB 11643-1999). Pure; never throws.
 */
import { Temporal } from 'temporal-polyfill';

export type IdProblem =
  | { code: 'id.empty' }
  | { code: 'uscc.length'; params: { length: number } }
  | { code: 'uscc.alphabet'; params: { char: string; position: number } }
  | { code: 'uscc.check'; params: { expected: string; actual: string } }
  | { code: 'idcard.length'; params: { length: number } }
  | { code: 'idcard.alphabet'; params: { char: string; position: number } }
  | { code: 'idcard.birth'; params: { date: string } }
  | { code: 'idcard.check'; params: { expected: string; actual: string } };

export type IdResult = { ok: true; value: string } | { ok: false; problem: IdProblem };

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** Upper case with every kind of whitespace removed (users paste codes with spaces). */
export function normaliseId(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  const check = 31 - (sum % 31);
  return USCC_ALPHABET[check === 31 ? 0 : check]!;
}

export function checkUscc(raw: string): IdResult {
  const code = normaliseId(raw);
  if (code.length === 0) return { ok: false, problem: { code: 'id.empty' } };
  if (code.length !== 18) {
    return { ok: false, problem: { code: 'uscc.length', params: { length: code.length } } };
  }
  for (let i = 0; i < 18; i++) {
    if (!USCC_ALPHABET.includes(code[i]!)) {
      return {
        ok: false,
        problem: { code: 'uscc.alphabet', params: { char: code[i]!, position: i + 1 } },
      };
    }
  }
  const expected = usccCheckChar(code.slice(0, 17));
  if (code[17] !== expected) {
    return {
      ok: false,
      problem: { code: 'uscc.check', params: { expected, actual: code[17]! } },
    };
  }
  return { ok: true, value: code };
}

export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

export function checkIdCard(raw: string): IdResult {
  const id = normaliseId(raw);
  if (id.length === 0) return { ok: false, problem: { code: 'id.empty' } };
  if (id.length !== 18) {
    return { ok: false, problem: { code: 'idcard.length', params: { length: id.length } } };
  }
  for (let i = 0; i < 18; i++) {
    const c = id[i]!;
    const allowed = i === 17 ? /[0-9X]/ : /[0-9]/;
    if (!allowed.test(c)) {
      return {
        ok: false,
        problem: { code: 'idcard.alphabet', params: { char: c, position: i + 1 } },
      };
    }
  }
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isRealDate(birth)) {
    return { ok: false, problem: { code: 'idcard.birth', params: { date: birth } } };
  }
  const expected = idCardCheckChar(id.slice(0, 17));
  if (id[17] !== expected) {
    return { ok: false, problem: { code: 'idcard.check', params: { expected, actual: id[17]! } } };
  }
  return { ok: true, value: id };
}

function isRealDate(iso: string): boolean {
  try {
    const d = Temporal.PlainDate.from(iso, { overflow: 'reject' });
    return d.year >= 1900;
  } catch {
    return false;
  }
}
