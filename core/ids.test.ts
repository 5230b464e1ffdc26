import { describe, expect, it } from 'vitest';
import { checkIdCard, checkUscc, usccCheckChar } from './ids';
import { translateMessage, encodeMessage } from './messages';

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(['91350100M000100Y43', '91330100716105852F'])('accepts the valid code %s', (code) => {
    expect(checkUscc(code)).toEqual({ ok: true, value: code });
  });

  it('accepts lower case and surrounding or inner spaces, and stores upper case', () => {
    expect(checkUscc('  91350100m000100y43 ')).toEqual({ ok: true, value: '91350100M000100Y43' });
    expect(checkUscc('9135 0100 M000 100Y43')).toEqual({ ok: true, value: '91350100M000100Y43' });
  });

  it('names the expected check character', () => {
    expect(checkUscc('91350100M000100Y44')).toEqual({
      ok: false,
      problem: { code: 'uscc.check', params: { expected: '3', actual: '4' } },
    });
    const msg = encodeMessage('uscc.check', { expected: '3', actual: '4' });
    expect(translateMessage(msg, 'en')).toContain('should be "3", not "4"');
    expect(translateMessage(msg, 'zh')).toContain('应为“3”');
  });

  it.each([
    ['I', 'letters I, O, S, V, Z are not in the alphabet'],
    ['O', ''],
    ['S', ''],
    ['V', ''],
    ['Z', ''],
  ])('refuses the letter %s', (letter) => {
    const code = `9135010${letter}M000100Y4`;
    const r = checkUscc(code + '3');
    expect(r).toMatchObject({
      ok: false,
      problem: { code: 'uscc.alphabet', params: { char: letter, position: 8 } },
    });
  });

  it.each([
    ['91350100M000100Y4', 17],
    ['91350100M000100Y433', 19],
  ])('refuses a wrong length: %s', (code, length) => {
    expect(checkUscc(code)).toEqual({
      ok: false,
      problem: { code: 'uscc.length', params: { length } },
    });
  });

  it('refuses an empty value', () => {
    expect(checkUscc('   ')).toEqual({ ok: false, problem: { code: 'id.empty' } });
  });

  it('computes check characters that validate', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(usccCheckChar('91330100716105852')).toBe('F');
  });
});

describe('resident identity card number (GB 11643-1999)', () => {
  it('accepts the valid number, lower-case x included', () => {
    expect(checkIdCard('11010519491231002X')).toEqual({ ok: true, value: '11010519491231002X' });
    expect(checkIdCard(' 11010519491231002x ')).toEqual({ ok: true, value: '11010519491231002X' });
  });

  it('names the expected check character', () => {
    expect(checkIdCard('110105194912310021')).toEqual({
      ok: false,
      problem: { code: 'idcard.check', params: { expected: 'X', actual: '1' } },
    });
  });

  it.each(['110105194902300021', '110105194913010021', '110105000001010021'])(
    'refuses an impossible birth date in %s',
    (id) => {
      expect(checkIdCard(id)).toMatchObject({ ok: false, problem: { code: 'idcard.birth' } });
    },
  );

  it('refuses letters other than a final X', () => {
    expect(checkIdCard('1101051949123100AX')).toMatchObject({
      ok: false,
      problem: { code: 'idcard.alphabet', params: { char: 'A', position: 17 } },
    });
  });

  it('refuses a wrong length', () => {
    expect(checkIdCard('1101051949123100')).toEqual({
      ok: false,
      problem: { code: 'idcard.length', params: { length: 16 } },
    });
  });
});
