import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEvent } from './sse';
import { startServer, type RunningServer } from './server';
import { fakeBackend, TEST_TOKEN as TOKEN, type FakeBackend } from './test-helpers';

let backend: FakeBackend;
let server: RunningServer;
let port: number;

beforeAll(async () => {
  backend = fakeBackend();
  server = await startServer({ backend, rendererDir: '/nonexistent', port: 0, token: TOKEN });
  port = server.port;
});
afterAll(() => server.close());

const auth = { 'x-xiufu-token': TOKEN };

describe('formatEvent', () => {
  it('writes one event block with a JSON data line', () => {
    expect(formatEvent('data.changed', { channel: 'cases.create' })).toBe(
      'event: data.changed\ndata: {"channel":"cases.create"}\n\n',
    );
  });
});

describe('GET /api/events', () => {
  it('streams backend events as server-sent events and unsubscribes on close', async () => {
    let subscribed = 0;
    const onAny = backend.events.onAny.bind(backend.events);
    backend.events.onAny = (listener) => {
      subscribed++;
      const off = onAny(listener);
      return () => {
        subscribed--;
        off();
      };
    };
    const text = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/api/events',
          headers: { ...auth, host: `127.0.0.1:${port}` },
        },
        (res) => {
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          let buf = '';
          res.on('data', (c: Buffer) => {
            buf += c.toString('utf8');
            if (buf.includes(': connected'))
              backend.events.emit('data.changed', { channel: 'clients.create' });
            if (buf.includes('\n\nevent:') || buf.endsWith('}\n\n')) {
              req.destroy();
              resolve(buf);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(text).toContain('event: data.changed\ndata: {"channel":"clients.create"}\n\n');
    await expect.poll(() => subscribed).toBe(0);
  });

  it('is ended by close() so shutdown does not hang', async () => {
    const s = await startServer({ backend, rendererDir: '/nonexistent', port: 0, token: TOKEN });
    const ended = new Promise<void>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: s.port,
          path: `/api/events?token=${TOKEN}`,
          headers: { host: `127.0.0.1:${s.port}` },
        },
        (res) => {
          res.once('data', () => void s.close());
          res.on('end', resolve);
          res.on('error', () => resolve());
          res.on('close', resolve);
        },
      );
      req.on('error', reject);
      req.end();
    });
    await ended;
  });
});
