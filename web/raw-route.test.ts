import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRequestOf, RAW_CONTENT_TYPE } from '../api/transport';
import { RAW_BODY_LIMIT } from './api-route';
import type { RunningServer } from './server';
import { fakeServer, send, TEST_TOKEN as TOKEN, type FakeBackend } from './test-helpers';

let backend: FakeBackend;
let server: RunningServer;
let port: number;

beforeAll(async () => {
  ({ backend, server, port } = await fakeServer());
});
afterAll(() => server.close());

const UPLOAD_ID = '0b0c0d0e-0000-4000-8000-000000000001';

/** A call as the renderer and the crash harness make it (api/transport.ts). */
function call(channel: string, input: unknown, headers: Record<string, string> = {}) {
  const request = httpRequestOf(channel, input);
  return send(port, {
    method: 'POST',
    path: request.path,
    body: typeof request.body === 'string' ? request.body : Buffer.from(request.body),
    headers: { 'content-type': request.contentType, 'x-xiufu-token': TOKEN, ...headers },
  });
}

describe('raw bytes of an upload chunk', () => {
  it('travel as the body, the rest of the input in the query, and reach dispatch as bytes', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 255]);
    expect(
      httpRequestOf('uploads.chunk', { uploadId: UPLOAD_ID, index: 3, data: bytes }),
    ).toMatchObject({
      contentType: RAW_CONTENT_TYPE,
      body: bytes,
    });
    const res = await call(
      'uploads.chunk',
      { uploadId: UPLOAD_ID, index: 3, data: bytes },
      {
        'x-xiufu-lang': 'zh',
      },
    );
    expect(res.status).toBe(200);
    const last = backend.calls.at(-1)!;
    expect(last.channel).toBe('uploads.chunk');
    expect(last.ctx).toEqual({ lang: 'zh' });
    const input = last.input as { uploadId: string; index: number; data: Uint8Array };
    expect(input.uploadId).toBe(UPLOAD_ID);
    expect(input.index).toBe(3);
    expect(input.data).toBeInstanceOf(Uint8Array);
    expect([...input.data]).toEqual([...bytes]);
  });

  it('refuses a body over one chunk with 413 and says to send smaller chunks, dispatching nothing', async () => {
    const before = backend.calls.length;
    const big = new Uint8Array(RAW_BODY_LIMIT + 1);
    const res = await call('uploads.chunk', { uploadId: UPLOAD_ID, index: 0, data: big });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.message).toMatch(/smaller chunks/);
    expect(backend.calls.length).toBe(before);
  });

  it('needs the session token like any call', async () => {
    const before = backend.calls.length;
    const res = await call(
      'uploads.chunk',
      { uploadId: UPLOAD_ID, index: 0, data: new Uint8Array(4) },
      {
        'x-xiufu-token': 'wrong-token-wrong-token',
      },
    );
    expect(res.status).toBe(401);
    expect(backend.calls.length).toBe(before);
  });

  it('reads a raw body sent to a channel without bytes as JSON, so it is refused as such', async () => {
    const before = backend.calls.length;
    const res = await send(port, {
      method: 'POST',
      path: '/api/clients.create',
      body: Buffer.from([1, 2, 3]),
      headers: { 'content-type': RAW_CONTENT_TYPE, 'x-xiufu-token': TOKEN },
    });
    expect(res.status).toBe(400);
    expect(backend.calls.length).toBe(before);
  });

  it('leaves a chunk whose input is not an object to the schema, without bytes attached', async () => {
    const res = await send(port, {
      method: 'POST',
      path: `/api/uploads.chunk?input=${encodeURIComponent('[1]')}`,
      body: Buffer.from([1]),
      headers: { 'content-type': RAW_CONTENT_TYPE, 'x-xiufu-token': TOKEN },
    });
    expect(res.status).toBe(200);
    expect(backend.calls.at(-1)!.input).toEqual([1]);
  });

  it('takes a body in several pieces, with or without its length announced, as the same bytes', async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) % 256);
    const { path } = httpRequestOf('uploads.chunk', { uploadId: UPLOAD_ID, index: 1, data: bytes });
    for (const announced of [true, false]) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path,
            headers: {
              'content-type': RAW_CONTENT_TYPE,
              'x-xiufu-token': TOKEN,
              ...(announced ? { 'content-length': bytes.length } : {}),
            },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        // Sent in pieces; without a length the body is chunked.
        for (let at = 0; at < bytes.length; at += 70_000)
          req.write(bytes.subarray(at, at + 70_000));
        req.end();
      });
      expect(status).toBe(200);
      const input = backend.calls.at(-1)!.input as { data: Uint8Array };
      expect(Buffer.from(input.data).equals(Buffer.from(bytes))).toBe(true);
    }
  });
});
