/**
 * The browser shell over the real backend (SQLite in a temporary folder): a rejected
 * request must leave the database untouched, a good one must reach it, and the write
 * must come back to the page as a server-sent event.
 */
import { mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../api/dispatch';
import { startServer, type RunningServer } from './server';
import { fakeRendererBuild, send, TEST_TOKEN as TOKEN } from './test-helpers';

const company = { kind: 'company', name: 'Test Co', idNumber: '91350100M000100Y43' };
const body = JSON.stringify(company);

let backend: Backend;
let server: RunningServer;
let port: number;

beforeAll(async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xiufu-web-data-'));
  backend = createBackend({ dataDir, log: () => {} });
  server = await startServer({
    backend,
    rendererDir: fakeRendererBuild().rendererDir,
    port: 0,
    token: TOKEN,
  });
  port = server.port;
});
afterAll(async () => {
  await server.close();
  backend.close();
});

async function clientCount(): Promise<number> {
  const res = await backend.dispatch('clients.list', {});
  if (!res.ok) throw new Error(res.error.message);
  return (res.value as { items: unknown[] }).items.length;
}

const create = (headers: Record<string, string>, payload = body, method = 'POST') =>
  send(port, {
    method,
    path: '/api/clients.create',
    body: payload,
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('browser shell over the real backend', () => {
  it('writes nothing for any rejected request', async () => {
    const auth = { 'x-xiufu-token': TOKEN };
    const rejected: Array<[number, Promise<{ status: number }>]> = [
      [401, create({})],
      [401, create({ 'x-xiufu-token': 'not-the-token' })],
      [403, create({ ...auth, host: `evil.example:${port}` })],
      [403, create({ ...auth, origin: 'http://evil.example' })],
      [403, create({ ...auth, 'sec-fetch-site': 'cross-site' })],
      [400, create(auth, '{"kind": "company", ')],
      [405, create(auth, body, 'PUT')],
    ];
    for (const [status, pending] of rejected) expect((await pending).status).toBe(status);
    expect(await clientCount()).toBe(0);
  });

  it('answers bad input with the schema envelope in the asked language, writing nothing', async () => {
    const res = await create(
      { 'x-xiufu-token': TOKEN, 'x-xiufu-lang': 'en' },
      JSON.stringify({ ...company, idNumber: '91350100M000100Y4' }),
    );
    expect(res.status).toBe(200);
    const result = JSON.parse(res.body);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', field: 'idNumber' } });
    expect(await clientCount()).toBe(0);
  });

  it('creates the client for a good request and pushes data.changed to the event stream', async () => {
    const events: string[] = [];
    const stream = httpRequest({
      host: '127.0.0.1',
      port,
      path: `/api/events?token=${TOKEN}`,
      headers: { host: `127.0.0.1:${port}` },
    });
    const opened = new Promise<void>((resolve, reject) => {
      stream.on('response', (res) => {
        res.on('data', (c: Buffer) => {
          events.push(c.toString('utf8'));
          resolve();
        });
      });
      stream.on('error', reject);
    });
    stream.end();
    await opened;

    const res = await create({ 'x-xiufu-token': TOKEN });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({
      ok: true,
      value: { name: 'Test Co', kind: 'company' },
    });
    expect(await clientCount()).toBe(1);

    await expect
      .poll(() => events.join(''))
      .toContain('event: data.changed\ndata: {"channel":"clients.create"}\n\n');
    stream.destroy();
  });
});
