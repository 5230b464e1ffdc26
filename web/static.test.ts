import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../api/transport';
import { startServer, type RunningServer } from './server';
import { cacheControl } from './static';
import {
  fakeRendererBuild,
  fakeServer,
  send,
  TEST_TOKEN as TOKEN,
  type FakeBackend,
} from './test-helpers';

let backend: FakeBackend;
let server: RunningServer;
let port: number;

beforeAll(async () => {
  ({ backend, server, port } = await fakeServer());
});
afterAll(() => server.close());

const auth = { 'x-xiufu-token': TOKEN };
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  send(port, {
    method: 'POST',
    path,
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('static files', () => {
  it('serves index.html for / and for extension-less unknown paths, never cached', async () => {
    for (const path of ['/', '/index.html', '/cases/12', '/assets']) {
      const res = await send(port, { path, headers: auth });
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toContain('<title>Xiufu</title>');
    }
  });

  it('serves assets with their content types, and 404 for a missing file with an extension', async () => {
    const js = await send(port, { path: '/assets/app-1234.js', headers: auth });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log("app");');
    // Named by their content's hash: a rebuild that changes one gives it a new name.
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const css = await send(port, { path: '/assets/app-1234.css', headers: auth });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await send(port, { path: '/assets/missing.js', headers: auth })).status).toBe(404);
  });

  it('keeps only the hashed assets for good; other files are revalidated', () => {
    const index = '/build/index.html';
    expect(cacheControl('/build', index, index)).toBe('no-store');
    expect(cacheControl('/build', '/build/assets/index-tEx4G8wV.js', index)).toMatch(/immutable/);
    expect(cacheControl('/build', '/build/favicon.svg', index)).toBe('no-cache');
    expect(cacheControl('/build', '/build/assets-old/app.js', index)).toBe('no-cache');
  });

  it('finds relative assets from a deep route, as the build uses base "./"', async () => {
    const js = await send(port, { path: '/cases/12/assets/app-1234.js', headers: auth });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send(port, { path: '/cases/12/assets/nope.js', headers: auth })).status).toBe(
      404,
    );
  });

  it('never serves a file outside the build folder', async () => {
    for (const path of [
      '/../package.json',
      '/..%2fpackage.json',
      '/%2e%2e/package.json',
      '/assets/..%2f..%2fpackage.json',
      '/leak.json',
      '/cases/leak.json',
      '/%2e%2e%5cpackage.json',
    ]) {
      const res = await send(port, { path, headers: auth });
      expect(res.body, path).not.toContain('outside the build');
      expect(res.status, path).not.toBe(500);
    }
  });

  it('puts the security headers on every response, errors included', async () => {
    for (const res of [
      await send(port, { path: '/', headers: auth }),
      await send(port, { path: '/' }),
      await send(port, { path: '/', headers: { ...auth, host: 'evil.example' } }),
      await post('/api/x', '{', auth),
    ]) {
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('answers 503 with a build hint when the renderer is not built', async () => {
    const s = await startServer({
      backend,
      rendererDir: fakeRendererBuild(false).rendererDir,
      port: 0,
      token: TOKEN,
    });
    try {
      const res = await send(s.port, { path: '/', headers: auth });
      expect(res.status).toBe(503);
      expect(res.body).toContain('npm run build:renderer');
    } finally {
      await s.close();
    }
  });
});
