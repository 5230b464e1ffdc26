import { describe, expect, it } from 'vitest';
import { HashLocks } from './hash-locks';

const tick = () => new Promise((r) => setImmediate(r));

describe('HashLocks', () => {
  it('runs work on one key in order, one at a time, and other keys alongside', async () => {
    const locks = new HashLocks();
    const log: string[] = [];
    const job = (key: string, name: string, ticks: number) =>
      locks.run(key, async () => {
        log.push(`${name} start`);
        for (let i = 0; i < ticks; i++) await tick();
        log.push(`${name} end`);
        return name;
      });
    const results = await Promise.all([job('a', 'a1', 3), job('a', 'a2', 1), job('b', 'b1', 1)]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('a2 start')).toBeGreaterThan(log.indexOf('a1 end'));
    expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
    expect(locks.busy('a')).toBe(false);
  });

  it('passes a failure to its caller and lets the next holder run', async () => {
    const locks = new HashLocks();
    const failing = locks.run('a', () => Promise.reject(new Error('boom')));
    const next = locks.run('a', () => 'ran');
    expect(locks.busy('a')).toBe(true);
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ran');
  });
});
