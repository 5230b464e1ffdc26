/**
 * `GET /api/events`: forwards every backend event to the page as a server-sent event.
 * A comment line every 25 s keeps proxies and idle timers from closing the stream.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Backend } from '../api/dispatch';

export const KEEP_ALIVE_MS = 25_000;

export function formatEvent(name: string, payload: unknown): string {
  // JSON.stringify never emits a raw newline, so one `data:` line is always enough.
  return `event: ${name}\ndata: ${JSON.stringify(payload ?? null)}\n\n`;
}

/** Opens the stream; returns a function that ends it (used when the server closes). */
export function openEventStream(
  req: IncomingMessage,
  res: ServerResponse,
  backend: Backend,
  keepAliveMs = KEEP_ALIVE_MS,
): () => void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    // Asks intermediaries (none expected on loopback, but harmless) not to buffer.
    'X-Accel-Buffering': 'no',
  });
  // An initial comment flushes the headers so EventSource fires `open` at once.
  res.write(': connected\n\n');

  const unsubscribe = backend.events.onAny((name, payload) => {
    res.write(formatEvent(name, payload));
  });
  const timer = setInterval(() => res.write(': keep-alive\n\n'), keepAliveMs);
  timer.unref();

  let closed = false;
  const cleanup = () => {
    if (closed) return;
    closed = true;
    clearInterval(timer);
    unsubscribe();
  };
  req.on('close', cleanup);
  res.on('close', cleanup);
  return () => {
    cleanup();
    res.end();
  };
}
