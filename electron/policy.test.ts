import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../api/transport';
import {
  contentSecurityPolicy,
  isAppUrl,
  isTrustedSender,
  mayNavigate,
  mayOpenWindow,
  readLang,
  refusal,
  type AppLocation,
} from './policy';

const dev: AppLocation = { kind: 'dev', devServerUrl: 'http://localhost:5173' };
const indexPath = '/opt/Xiufu/resources/app.asar/.vite/renderer/main_window/index.html';
const prod: AppLocation = {
  kind: 'file',
  indexFileUrl: pathToFileURL(indexPath).href,
  platform: 'linux',
};

describe('isAppUrl in development', () => {
  it.each([
    'http://localhost:5173',
    'http://localhost:5173/',
    'http://localhost:5173/?case=42#/clients',
  ])('accepts the dev server page %s', (url) => {
    expect(isAppUrl(url, dev)).toBe(true);
  });

  it.each([
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'http://localhost:5173.evil.example/',
    'http://evil.example/?http://localhost:5173',
    'file:///opt/Xiufu/index.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url, dev)).toBe(false);
  });
});

describe('isAppUrl in production', () => {
  it('accepts our index.html, with or without query and fragment', () => {
    expect(isAppUrl(`file://${indexPath}`, prod)).toBe(true);
    expect(isAppUrl(`file://${indexPath}?x=1#/cases/7`, prod)).toBe(true);
  });

  it.each([
    'file:///opt/Xiufu/resources/app.asar/.vite/renderer/main_window/other.html',
    'file:///tmp/index.html',
    'file:///opt/Xiufu/resources/app.asar/.vite/renderer/main_window/../main_window2/index.html',
    `file://evil-host${indexPath}`,
    `http://localhost${indexPath}`,
    'about:blank',
    'data:text/html,<script>alert(1)</script>',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url, prod)).toBe(false);
  });

  it('compares non-ASCII paths whatever their escaping', () => {
    const loc: AppLocation = {
      kind: 'file',
      indexFileUrl: pathToFileURL('/home/张三/Xiufu/index.html').href,
      platform: 'linux',
    };
    expect(isAppUrl('file:///home/%E5%BC%A0%E4%B8%89/Xiufu/index.html', loc)).toBe(true);
    expect(isAppUrl('file:///home/张三/Xiufu/index.html', loc)).toBe(true);
    expect(isAppUrl('file:///home/李四/Xiufu/index.html', loc)).toBe(false);
  });

  it('ignores case on Windows only', () => {
    const win: AppLocation = {
      kind: 'file',
      indexFileUrl: 'file:///C:/Program%20Files/Xiufu/index.html',
      platform: 'win32',
    };
    expect(isAppUrl('file:///c:/program%20files/xiufu/INDEX.html', win)).toBe(true);
    expect(isAppUrl('file:///D:/Program%20Files/Xiufu/index.html', win)).toBe(false);
    const linux: AppLocation = { ...win, platform: 'linux' };
    expect(isAppUrl('file:///c:/program%20files/xiufu/INDEX.html', linux)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only the main frame showing our page', () => {
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true }, dev)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: false }, dev)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true }, dev)).toBe(false);
    expect(isTrustedSender({ url: `file://${indexPath}`, isMainFrame: true }, prod)).toBe(true);
  });

  it('refuses a destroyed frame', () => {
    expect(isTrustedSender(null, dev)).toBe(false);
    expect(isTrustedSender(undefined, prod)).toBe(false);
  });
});

describe('navigation', () => {
  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    `file://${indexPath}`,
    'mailto:a@b.c',
  ])('refuses navigating or opening a window to %s', (url) => {
    expect(mayNavigate(url)).toBe(false);
    expect(mayOpenWindow(url)).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  it('sends the shared policy unchanged in production', () => {
    expect(contentSecurityPolicy(prod)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('opens only the holes Vite needs in development', () => {
    const csp = contentSecurityPolicy(dev);
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).toContain("connect-src 'self' ws://localhost:5173");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp.split('; ')).toHaveLength(CONTENT_SECURITY_POLICY.split('; ').length);
  });
});

describe('readLang and refusal', () => {
  it('passes only a known language', () => {
    expect(readLang({ lang: 'zh' })).toBe('zh');
    expect(readLang({ lang: 'en' })).toBe('en');
    expect(readLang({ lang: 'fr' })).toBeUndefined();
    expect(readLang(null)).toBeUndefined();
    expect(readLang('zh')).toBeUndefined();
  });

  it('answers a refused call with an error envelope in the caller language', () => {
    const zh = refusal('zh');
    expect(zh.ok).toBe(false);
    expect(zh.error.code).toBe('invalid');
    expect(zh.error.message).toMatch(/拒绝/);
    expect(refusal(undefined).error.message).toMatch(/refused/);
  });
});
