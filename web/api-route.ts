/**
 * `POST /api/<channel>`: read the JSON body (bounded), or for a channel with a raw field
 * (api/transport.ts RAW_FIELD) the raw body plus the rest of the input from the query,
 * pass it to the backend's dispatch with the caller's language, answer the Result
 * envelope as JSON.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Backend } from '../api/dispatch';
import { LANG_HEADER, RAW_CONTENT_TYPE, RAW_FIELD } from '../api/transport';
import { UPLOAD_CHUNK_BYTES } from '../core/documents/inputs';
import type { Lang } from '../core/messages';
import { failure, sendJson } from './respond';

/** Generous for any form, small enough that a runaway client cannot exhaust memory. */
export const BODY_LIMIT = 10 * 1024 * 1024;
/** The largest raw body a channel takes: one upload chunk. */
export const RAW_BODY_LIMIT = UPLOAD_CHUNK_BYTES;

const MESSAGES: Record<Lang, { badJson: string; tooLarge: string; rawTooLarge: string }> = {
  en: {
    badJson: 'The request body is not valid JSON.',
    tooLarge: 'The request body is larger than 10 MB.',
    rawTooLarge: `The request body is larger than ${RAW_BODY_LIMIT / 1024 / 1024} MB: send the file in smaller chunks.`,
  },
  zh: {
    badJson: '请求内容不是有效的 JSON。',
    tooLarge: '请求内容超过 10 MB。',
    rawTooLarge: `请求内容超过 ${RAW_BODY_LIMIT / 1024 / 1024} MB：请分成更小的块发送文件。`,
  },
};

function isRaw(req: IncomingMessage, channel: string): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return Object.hasOwn(RAW_FIELD, channel) && type === RAW_CONTENT_TYPE;
}

export function langOf(req: IncomingMessage): Lang | undefined {
  const value = req.headers[LANG_HEADER];
  return value === 'en' || value === 'zh' ? value : undefined;
}

export async function handleApiCall(
  req: IncomingMessage,
  res: ServerResponse,
  backend: Backend,
  channel: string,
): Promise<void> {
  const lang = langOf(req);
  const text = MESSAGES[lang ?? 'en'];
  const raw = isRaw(req, channel);
  const body = await readBody(req, raw ? RAW_BODY_LIMIT : BODY_LIMIT);
  if (body === 'too-large') {
    // Close the connection: the rest of the upload is not worth reading.
    res.setHeader('Connection', 'close');
    return sendJson(res, 413, failure('invalid', raw ? text.rawTooLarge : text.tooLarge));
  }
  const json = raw
    ? (new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('input') ?? '')
    : body.toString('utf8');
  let input: unknown;
  if (json.trim() !== '') {
    try {
      input = JSON.parse(json);
    } catch {
      return sendJson(res, 400, failure('invalid', text.badJson));
    }
  }
  // The bytes go to dispatch as they arrived; its schema checks them like any field.
  if (raw && typeof input === 'object' && input !== null && !Array.isArray(input))
    input = {
      ...input,
      [RAW_FIELD[channel]!]: new Uint8Array(body.buffer, body.byteOffset, body.length),
    };
  // dispatch never throws by contract (it wraps faults in the envelope); the server's
  // own catch-all still answers 500 should that ever break.
  const startedAt = performance.now();
  const result = await backend.dispatch(channel, input, { lang });
  sendJson(res, 200, result, startedAt);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      resolve('too-large');
      return;
    }
    // With its length announced (as every client of ours sends it), the body is gathered
    // into one buffer while it arrives, instead of copied together once it is all in.
    const into = Number.isInteger(declared) && declared >= 0 ? Buffer.allocUnsafe(declared) : null;
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      if (size + chunk.length > (into ? into.length : limit)) {
        done = true;
        resolve('too-large');
        return;
      }
      if (into) chunk.copy(into, size);
      else chunks.push(chunk);
      size += chunk.length;
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(into ? into.subarray(0, size) : Buffer.concat(chunks, size));
    });
    req.on('error', (err) => {
      if (done) return;
      done = true;
      reject(err);
    });
  });
}
