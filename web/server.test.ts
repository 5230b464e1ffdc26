import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_COOKIE } from '../api/transport';
import { startServer, type RunningServer } from './server';
import { fakeServer, send, TEST_TOKEN as TOKEN, type FakeBackend } from './test-helpers';

const company = { kind: 'company', name: 'Test Co', idNumber: '91350100M000100Y43' };

let backend: FakeBackend;
let server: RunningServer;
let port: number;

beforeAll(async () => {
  ({ backend, server, port } = await fakeServer());
});
afterAll(() => server.close());

const auth = { 'x-xiufu-token': TOKEN };
const json = { 'content-type': 'application/json' };
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  send(port, { method: 'POST', path, body, headers: { ...json, ...headers } });

describe('startServer', () => {
  it('listens on 127.0.0.1 and reports the URL with its token', () => {
    expect(port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${port}/?token=${TOKEN}`);
  });

  it('makes a random base64url token when none is given, and refuses non-loopback hosts', async () => {
    const s = await startServer({ backend, rendererDir: '/nonexistent', port: 0 });
    try {
      expect(s.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(s.token).not.toBe(TOKEN);
    } finally {
      await s.close();
    }
    await expect(
      startServer({ backend, rendererDir: '/x', port: 0, host: '0.0.0.0' as never }),
    ).rejects.toThrow(/loopback/);
    await expect(
      startServer({ backend, rendererDir: '/x', port: 0, token: 'short' }),
    ).rejects.toThrow(/token/);
  });
});

describe('token', () => {
  it('answers 401 without a token and dispatches nothing', async () => {
    const before = backend.calls.length;
    const res = await post('/api/clients.create', JSON.stringify(company));
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(backend.calls.length).toBe(before);
  });

  it('answers 401 to a wrong token in the header, the query or the cookie', async () => {
    const before = backend.calls.length;
    for (const res of [
      await post('/api/clients.create', '{}', { 'x-xiufu-token': TOKEN + 'x' }),
      await post(`/api/clients.create?token=${TOKEN.slice(0, -1)}`, '{}'),
      await post('/api/clients.create', '{}', { cookie: `${TOKEN_COOKIE}=nope` }),
      await send(port, { path: '/?token=wrong' }),
    ]) {
      expect(res.status).toBe(401);
    }
    expect(backend.calls.length).toBe(before);
  });

  it('accepts the token from the header, the query and the cookie', async () => {
    for (const res of [
      await post('/api/settings.get', '{}', auth),
      await post(`/api/settings.get?token=${TOKEN}`, '{}'),
      await post('/api/settings.get', '{}', { cookie: `a=b; ${TOKEN_COOKIE}=${TOKEN}` }),
    ]) {
      expect(res.status).toBe(200);
    }
  });

  it('sets an HttpOnly SameSite=Strict cookie when the page is opened with ?token=', async () => {
    const res = await send(port, { path: `/?token=${TOKEN}` });
    expect(res.status).toBe(200);
    expect(res.headers['set-cookie']).toEqual([
      `${TOKEN_COOKIE}=${TOKEN}; HttpOnly; SameSite=Strict; Path=/`,
    ]);
    // ...and the cookie alone then lets the page's assets in.
    const asset = await send(port, {
      path: '/assets/app-1234.js',
      headers: { cookie: `${TOKEN_COOKIE}=${TOKEN}` },
    });
    expect(asset.status).toBe(200);
    // No cookie is set when the token came another way.
    expect((await send(port, { path: '/', headers: auth })).headers['set-cookie']).toBeUndefined();
  });
});

describe('host and origin', () => {
  it('answers 403 to a foreign Host (DNS rebinding) and dispatches nothing', async () => {
    const before = backend.calls.length;
    for (const host of [
      `evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      '127.0.0.1',
      `127.0.0.1.evil.example:${port}`,
    ]) {
      const res = await post(`/api/clients.create?token=${TOKEN}`, JSON.stringify(company), {
        ...auth,
        host,
      });
      expect(res.status, host).toBe(403);
    }
    expect(backend.calls.length).toBe(before);
  });

  it('accepts localhost with the port as the Host', async () => {
    const res = await post('/api/settings.get', '{}', { ...auth, host: `localhost:${port}` });
    expect(res.status).toBe(200);
  });

  it('answers 403 to a POST from a foreign Origin or a cross-site fetch, and dispatches nothing', async () => {
    const before = backend.calls.length;
    const foreign: Array<Record<string, string>> = [
      { origin: 'http://evil.example' },
      { origin: `http://127.0.0.1:${port + 1}` },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of foreign) {
      const res = await post('/api/clients.create', JSON.stringify(company), {
        ...auth,
        ...headers,
      });
      expect(res.status).toBe(403);
    }
    expect(backend.calls.length).toBe(before);
  });

  it('accepts the same Origin', async () => {
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      const res = await post('/api/settings.get', '{}', {
        ...auth,
        origin,
        'sec-fetch-site': 'same-origin',
      });
      expect(res.status).toBe(200);
    }
  });
});

describe('POST /api/<channel>', () => {
  it('dispatches the JSON input with the language and answers the Result', async () => {
    const res = await post('/api/clients.create', JSON.stringify(company), {
      ...auth,
      'x-xiufu-lang': 'zh',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    // The backend's share of the wait, for the browser's tools and npm run bench:screens.
    expect(res.headers['server-timing']).toMatch(/^backend;dur=\d+\.\d$/);
    expect(JSON.parse(res.body)).toEqual({
      ok: true,
      value: { channel: 'clients.create', input: company, lang: 'zh' },
    });
    expect(backend.calls.at(-1)).toEqual({
      channel: 'clients.create',
      input: company,
      ctx: { lang: 'zh' },
    });
  });

  it('passes no language for an unknown x-xiufu-lang, and no input for an empty body', async () => {
    await post('/api/settings.get', '', { ...auth, 'x-xiufu-lang': 'fr' });
    expect(backend.calls.at(-1)).toEqual({
      channel: 'settings.get',
      input: undefined,
      ctx: { lang: undefined },
    });
  });

  it('answers malformed JSON with 400 and an invalid envelope, without dispatching', async () => {
    const before = backend.calls.length;
    const res = await post('/api/clients.create', '{"name": ', auth);
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body);
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('invalid');
    expect(typeof body.error.message).toBe('string');
    expect(backend.calls.length).toBe(before);
  });

  it('refuses a body over 10 MB with 413', async () => {
    const before = backend.calls.length;
    const big = JSON.stringify({ blob: 'x'.repeat(10 * 1024 * 1024) });
    const res = await post('/api/clients.create', big, auth);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('invalid');
    expect(backend.calls.length).toBe(before);
  });

  it('allows only POST on /api/* (405)', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const res = await send(port, { method, path: '/api/clients.list', headers: auth });
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('POST');
    }
    expect((await post('/api/events', '{}', auth)).status).toBe(405);
  });
});
