import { EVENT_NAMES, type EventName, type ServerEvents } from './contract';

type Listener<E extends EventName> = (payload: ServerEvents[E]) => void;

/** A tiny typed event hub: the shells forward its events to every window. */
export class EventHub {
  private listeners = new Map<EventName, Set<Listener<EventName>>>();

  on<E extends EventName>(name: E, listener: Listener<E>): () => void {
    const set = this.listeners.get(name) ?? new Set();
    set.add(listener as Listener<EventName>);
    this.listeners.set(name, set);
    return () => set.delete(listener as Listener<EventName>);
  }

  /** Subscribe to every event, e.g. to forward them over a transport. */
  onAny(listener: (name: EventName, payload: unknown) => void): () => void {
    const unsubs = EVENT_NAMES.map((n) => this.on(n, (p) => listener(n, p)));
    return () => unsubs.forEach((u) => u());
  }

  emit<E extends EventName>(name: E, payload: ServerEvents[E]): void {
    for (const l of this.listeners.get(name) ?? []) l(payload);
  }
}
