/**
 * The one place in the renderer that knows the transport. In Electron the preload gives
 * `window.xiufu`; in the browser shell the same calls go over loopback HTTP with the
 * session token (see api/transport.ts). Callers get the contract's types either way.
 */
import type {
  ApiError,
  Channel,
  EventName,
  Input,
  Output,
  Result,
  ServerEvents,
} from '../../api/contract';
import { httpRequestOf, LANG_HEADER, TOKEN_HEADER, type XiufuBridge } from '../../api/transport';
import { currentLang, i18n } from '../i18n';

declare global {
  interface Window {
    xiufu?: XiufuBridge;
  }
}

const TOKEN_KEY = 'xiufu.token';
let token: string | null | undefined;

/**
 * Reads the token the browser shell put in the page URL, keeps it for this tab and
 * removes it from the address bar (so it is not copied, bookmarked or shown in a
 * screenshot). Called once at start-up; later calls return the kept value.
 */
export function sessionToken(): string | null {
  if (token !== undefined) return token;
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  token = fromUrl ?? sessionStorage.getItem(TOKEN_KEY);
  return token;
}

function failure(message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code: 'internal', message } };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

async function overHttp(channel: Channel, input: unknown): Promise<Result<unknown>> {
  const request = httpRequestOf(channel, input);
  const headers: Record<string, string> = {
    'content-type': request.contentType,
    [LANG_HEADER]: currentLang(),
  };
  const t = sessionToken();
  if (t) headers[TOKEN_HEADER] = t;
  let response: Response;
  try {
    response = await fetch(request.path, {
      method: 'POST',
      headers,
      body: request.body as BodyInit,
      credentials: 'same-origin',
    });
  } catch {
    return failure(i18n.t('errors.network'));
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (isResult(body)) return body;
  return failure(
    i18n.t(
      response.status === 401 || response.status === 403 ? 'errors.session' : 'errors.network',
    ),
  );
}

/** Calls a backend channel, typed from the contract. Never throws: every outcome is a Result. */
export async function call<C extends Channel>(
  channel: C,
  input: Input<C>,
): Promise<Result<Output<C>>> {
  const bridge = window.xiufu;
  try {
    const result = bridge
      ? await bridge.invoke(channel, input, { lang: currentLang() })
      : await overHttp(channel, input);
    return result as Result<Output<C>>;
  } catch {
    return failure(i18n.t('errors.network'));
  }
}

type Listener<E extends EventName> = (payload: ServerEvents[E]) => void;

let events: EventSource | null = null;

/** The browser shell's one shared event stream (opened on first use). */
function eventSource(): EventSource | null {
  if (typeof EventSource === 'undefined') return null;
  if (!events) {
    const t = sessionToken();
    events = new EventSource(t ? `/api/events?token=${encodeURIComponent(t)}` : '/api/events');
  }
  return events;
}

/** Listens to a push event from the backend; returns the function that stops listening. */
export function subscribe<E extends EventName>(event: E, listener: Listener<E>): () => void {
  const bridge = window.xiufu;
  if (bridge) return bridge.on(event, (payload) => listener(payload as ServerEvents[E]));
  const source = eventSource();
  if (!source) return () => undefined;
  const handler = (e: MessageEvent<string>) => {
    try {
      listener(JSON.parse(e.data) as ServerEvents[E]);
    } catch {
      // A malformed event is not worth breaking the screen for; the next one will do.
    }
  };
  source.addEventListener(event, handler);
  return () => source.removeEventListener(event, handler);
}

/**
 * Calls `listener` each time the browser shell's event stream (re)connects. Events sent
 * while it was connecting are lost, so a screen that mirrors backend state asks again
 * then. Electron's bridge delivers from the moment of subscribing, so it never calls.
 */
export function onEventsOpen(listener: () => void): () => void {
  if (window.xiufu) return () => undefined;
  const source = eventSource();
  if (!source) return () => undefined;
  source.addEventListener('open', listener);
  return () => source.removeEventListener('open', listener);
}
