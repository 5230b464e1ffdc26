/**
 * `POST /api/<channel>`: read the JSON body (bounded), pass it to the backend's
 * dispatch with the caller's language, answer the Result envelope as JSON.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Backend } from '../api/dispatch';
import { LANG_HEADER } from '../api/transport';
import type { Lang } from '../core/messages';
import { failure, sendJson } from './respond';

/** Generous for any form, small enough that a runaway client cannot exhaust memory. */
export const BODY_LIMIT = 10 * 1024 * 1024;

const MESSAGES: Record<Lang, { badJson: string; tooLarge: string }> = {
  en: {
    badJson: 'The request body is not valid JSON.',
    tooLarge: 'The request body is larger than 10 MB.',
  },
  zh: {
    badJson: '请求内容不是有效的 JSON。',
    tooLarge: '请求内容超过 10 MB。',
  },
};

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
  const body = await readBody(req, BODY_LIMIT);
  if (body === 'too-large') {
    // Close the connection: the rest of the upload is not worth reading.
    res.setHeader('Connection', 'close');
    return sendJson(res, 413, failure('invalid', text.tooLarge));
  }
  let input: unknown;
  if (body.trim() !== '') {
    try {
      input = JSON.parse(body);
    } catch {
      return sendJson(res, 400, failure('invalid', text.badJson));
    }
  }
  // dispatch never throws by contract (it wraps faults in the envelope); the server's
  // own catch-all still answers 500 should that ever break.
  const result = await backend.dispatch(channel, input, { lang });
  sendJson(res, 200, result);
}

function readBody(req: IncomingMessage, limit: number): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (err) => {
      if (done) return;
      done = true;
      reject(err);
    });
  });
}
