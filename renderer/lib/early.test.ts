import { beforeEach, describe, expect, it, vi } from 'vitest';

const call = vi.fn();
vi.mock('./api', () => ({ call: (...args: unknown[]) => call(...args) }));

const { askEarly, askOnce } = await import('./early');

describe('early answers', () => {
  beforeEach(() => {
    call.mockReset();
    let n = 0;
    call.mockImplementation(() => Promise.resolve({ ok: true, value: ++n }));
  });

  it('hands an early answer to the first ask only; later asks go to the backend', async () => {
    askEarly('settings.get', {});
    expect(call).toHaveBeenCalledTimes(1);
    expect(await askOnce('settings.get', {})).toEqual({ ok: true, value: 1 });
    expect(call).toHaveBeenCalledTimes(1);
    expect(await askOnce('settings.get', {})).toEqual({ ok: true, value: 2 });
    expect(call).toHaveBeenCalledTimes(2);
  });

  it('never answers a different call with it', async () => {
    askEarly('recovery.status', {});
    expect(await askOnce('settings.get', {})).toEqual({ ok: true, value: 2 });
    expect(await askOnce('recovery.status', {})).toEqual({ ok: true, value: 1 });
  });
});

describe('an early answer nobody took soon', () => {
  it('is not used: the ask goes to the backend', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      call.mockReset();
      let n = 0;
      call.mockImplementation(() => Promise.resolve({ ok: true, value: ++n }));
      askEarly('dashboard.summary', {});
      vi.advanceTimersByTime(11_000);
      expect(await askOnce('dashboard.summary', {})).toEqual({ ok: true, value: 2 });
    } finally {
      vi.useRealTimers();
    }
  });
});
