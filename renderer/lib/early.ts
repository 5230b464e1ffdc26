/**
 * The answers every start waits for, asked for as soon as the script runs instead of one
 * after another as the app mounts (the saved settings, then whether the data file opened,
 * then the screen's data): each of those waits was a round trip before the first row
 * could show (issue 10: first data on screen within 200 ms). An early answer is used
 * once, by the first component that asks for it; later asks go to the backend as usual.
 */
import type { Channel, Input, Output, Result } from '../../api/contract';
import { call } from './api';

/** An early answer is for the start: one nobody took soon after may be out of date. */
const FRESH_MS = 10_000;

const early = new Map<string, { at: number; answer: Promise<Result<unknown>> }>();
const keyOf = (channel: Channel, input: unknown) => `${channel}|${JSON.stringify(input)}`;

/** Starts `channel` now, for the first `askOnce` of the same call to pick up. */
export function askEarly<C extends Channel>(channel: C, input: Input<C>): void {
  early.set(keyOf(channel, input), { at: performance.now(), answer: call(channel, input) });
}

/** The early answer of this call if one was started and not yet used, else a new call. */
export function askOnce<C extends Channel>(
  channel: C,
  input: Input<C>,
): Promise<Result<Output<C>>> {
  const key = keyOf(channel, input);
  const started = early.get(key);
  early.delete(key);
  if (!started || performance.now() - started.at > FRESH_MS) return call(channel, input);
  return started.answer as Promise<Result<Output<C>>>;
}
