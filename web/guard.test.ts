import { describe, expect, it } from 'vitest';
import { newToken, readCookie, sameToken, tokenCookie } from './guard';

describe('guard helpers', () => {
  it('makes 24 random bytes as base64url', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newToken()).not.toBe(a);
  });

  it('compares tokens exactly, whatever their lengths', () => {
    expect(sameToken('abc', 'abc')).toBe(true);
    expect(sameToken('abd', 'abc')).toBe(false);
    expect(sameToken('', 'abc')).toBe(false);
    expect(sameToken('abcd', 'abc')).toBe(false);
  });

  it('reads one cookie out of a Cookie header', () => {
    expect(readCookie('a=1; xiufu_token=t0k; b=2', 'xiufu_token')).toBe('t0k');
    expect(readCookie('xiufu_token_old=1', 'xiufu_token')).toBeUndefined();
    expect(readCookie(undefined, 'xiufu_token')).toBeUndefined();
  });

  it('keeps the cookie away from scripts and other sites', () => {
    expect(tokenCookie('t')).toBe('xiufu_token=t; HttpOnly; SameSite=Strict; Path=/');
  });
});
