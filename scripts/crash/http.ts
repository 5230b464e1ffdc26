/**
 * The harness's side of the browser shell's protocol (api/transport.ts): `POST
 * /api/<channel>` with the session token, and the server-sent event stream.
 */
import type { Result } from '../../api/contract';
import { httpRequestOf, TOKEN_HEADER } from '../../api/transport';
import { EVENTS_PATH } from '../../web/server';

/** The server was killed (or refused the connection) before it answered. */
export class NoAnswer extends Error {}

export interface Api {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Listens to every push event until the server goes away. */
  listen(onEvent: (name: string, payload: unknown) => void): Promise<void>;
}

export function apiOf(url: string, token: string): Api {
  const base = new URL(url).origin;
  return {
    async call(channel, input) {
      let text: string;
      try {
        const request = httpRequestOf(channel, input);
        const response = await fetch(`${base}${request.path}`, {
          method: 'POST',
          headers: { 'content-type': request.contentType, [TOKEN_HEADER]: token },
          body: request.body as BodyInit,
        });
        text = await response.text();
      } catch (err) {
        throw new NoAnswer(`${channel}: ${String(err)}`);
      }
      return JSON.parse(text) as Result<unknown>;
    },

    async listen(onEvent) {
      try {
        const response = await fetch(`${base}${EVENTS_PATH}`, {
          headers: { [TOKEN_HEADER]: token },
        });
        const decoder = new TextDecoder();
        let buffer = '';
        for await (const chunk of response.body!) {
          buffer += decoder.decode(chunk as Uint8Array, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const name = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (name && data) onEvent(name, JSON.parse(data));
          }
        }
      } catch {
        // The stream ends when the server is killed: that is the point of the test.
      }
    },
  };
}
