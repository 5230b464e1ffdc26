/**
 * A typed fake of the backend for component tests: it stands in for Electron's
 * `window.xiufu`, so the real lib/api.ts runs. Each handler gets the contract's input
 * type and answers its output type (or a failure).
 */
import type { ApiError, Channel, EventName, Input, Output, ServerEvents } from '../../api/contract';
import type { Settings } from '../../core/types';

export interface Failure {
  ok: false;
  error: ApiError;
}
export const failure = (error: ApiError): Failure => ({ ok: false, error });

export type FakeHandlers = {
  [C in Channel]?: (input: Input<C>) => Output<C> | Failure | Promise<Output<C> | Failure>;
};

export interface FakeBackend {
  calls: { channel: Channel; input: unknown }[];
  callsTo<C extends Channel>(channel: C): Input<C>[];
  emit<E extends EventName>(event: E, payload: ServerEvents[E]): void;
}

const isFailure = (v: unknown): v is Failure =>
  typeof v === 'object' && v !== null && (v as { ok?: unknown }).ok === false;

export function installFakeBackend(
  handlers: FakeHandlers,
  settings?: Partial<Settings>,
): FakeBackend {
  let current: Settings = {
    language: 'en',
    userName: '',
    notifications: false,
    timeZone: 'Asia/Shanghai',
    icsReminderDays: 3,
    dataDir: '/data/xiufu',
    readOnly: false,
    ...settings,
  };
  const defaults: FakeHandlers = {
    'settings.get': () => current,
    'recovery.status': () => ({ mode: 'normal', dataDir: current.dataDir }),
    'history.status': () => ({ verdict: null, running: null }),
    'settings.update': (input) => {
      // Only the fields given change, as in the backend.
      const given = Object.fromEntries(
        Object.entries(input).filter(([, v]) => v !== undefined),
      ) as Partial<Settings>;
      current = { ...current, ...given };
      return current;
    },
  };
  const all = { ...defaults, ...handlers } as Record<string, (input: unknown) => unknown>;
  const calls: FakeBackend['calls'] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  window.xiufu = {
    async invoke(channel, input) {
      calls.push({ channel: channel as Channel, input });
      const handler = all[channel];
      if (!handler)
        return { ok: false, error: { code: 'unknown_channel', message: `No fake for ${channel}` } };
      const out = await handler(input);
      return isFailure(out) ? out : { ok: true, value: out };
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  // The app remembers a chosen language in this profile; each test starts fresh.
  localStorage.clear();

  return {
    calls,
    callsTo: <C extends Channel>(channel: C) =>
      calls.filter((c) => c.channel === channel).map((c) => c.input as Input<C>),
    emit: (event, payload) => listeners.get(event)?.forEach((l) => l(payload)),
  };
}
