import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../api/transport';
import {
  APP_INDEX_URL,
  appFilePath,
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
const prod: AppLocation = { kind: 'app' };
const indexPath = '/opt/Xiufu/resources/app.asar/.vite/renderer/main_window/index.html';

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

describe('isAppUrl in production (app://)', () => {
  it('accepts our index.html, with or without query and fragment', () => {
    expect(APP_INDEX_URL).toBe('app://xiufu/index.html');
    expect(isAppUrl(APP_INDEX_URL, prod)).toBe(true);
    expect(isAppUrl(`${APP_INDEX_URL}?x=1#/cases/7`, prod)).toBe(true);
  });

  it.each([
    'app://xiufu/other.html',
    'app://xiufu/',
    'app://evil/index.html',
    'app://xiufu:8080/index.html',
    'app://user@xiufu/index.html',
    'xiufu://cases/7',
    `file://${indexPath}`,
    'http://xiufu/index.html',
    'about:blank',
    'data:text/html,<script>alert(1)</script>',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url, prod)).toBe(false);
  });
});

describe('appFilePath', () => {
  const root = path.resolve('/opt/Xiufu/resources/app.asar/.vite/renderer/main_window');
  it.each([
    ['app://xiufu/index.html', 'index.html'],
    ['app://xiufu/', 'index.html'],
    ['app://xiufu/assets/index-7Lyy.js?v=1#x', 'assets/index-7Lyy.js'],
    ['app://xiufu/assets/noto-sans-sc-%E4%B8%AD.woff2', 'assets/noto-sans-sc-中.woff2'],
  ])('serves %s from the build', (url, file) => {
    expect(appFilePath(url, root)).toBe(path.join(root, file));
  });

  it.each([
    ['app://xiufu/../main_window2/index.html', 'main_window2/index.html'],
    ['app://xiufu/%2e%2e/%2e%2e/app.asar.unpacked/x.node', 'app.asar.unpacked/x.node'],
    ['app://xiufu/assets/..%2f..%2f..%2fpackage.json', 'package.json'],
  ])('keeps %s inside the build (a missing file is a 404)', (url, file) => {
    expect(appFilePath(url, root)).toBe(path.join(root, file));
  });

  it.each([
    'app://xiufu/a%00.js',
    'app://xiufu/..%5c..%5csecret',
    'app://xiufu/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('never serves %s', (url) => {
    expect(appFilePath(url, root)).toBeNull();
  });
});

describe('isTrustedSender', () => {
  it('trusts only the main frame showing our page', () => {
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true }, dev)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: false }, dev)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true }, dev)).toBe(false);
    expect(isTrustedSender({ url: `${APP_INDEX_URL}#/cases/3`, isMainFrame: true }, prod)).toBe(
      true,
    );
    expect(isTrustedSender({ url: `file://${indexPath}`, isMainFrame: true }, prod)).toBe(false);
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
    APP_INDEX_URL,
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
