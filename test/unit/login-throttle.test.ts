// The login back-off, row by row (pure: time comes in).
import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../engine/core/login-throttle.js';

const rule = { freeFailures: 3, baseDelayMs: 1_000, maxDelayMs: 8_000, forgetAfterMs: 60_000, keysMax: 3 };

describe('LoginThrottle', () => {
  it('lets the free failures through, then doubles the wait up to the maximum', () => {
    const t = new LoginThrottle(rule);
    const waits: number[] = [];
    let now = 0;
    for (let i = 0; i < 7; i++) {
      t.failed('a', now);
      waits.push(t.waitMs('a', now));
      now += t.waitMs('a', now);
    }
    expect(waits).toEqual([0, 0, 0, 1_000, 2_000, 4_000, 8_000]);
    t.failed('a', now);
    expect(t.waitMs('a', now)).toBe(8_000);
  });
  it('clears on success or unlock, forgets a quiet key, never blocks another key', () => {
    const t = new LoginThrottle(rule);
    for (let i = 0; i < 4; i++) t.failed('a', 0);
    expect(t.waitMs('a', 500)).toBe(500);
    expect(t.waitMs('b', 500)).toBe(0);
    expect(t.clear('a')).toBe(true);
    expect(t.waitMs('a', 500)).toBe(0);
    t.failed('c', 0);
    expect(t.failures('c', 60_001)).toBe(0);
  });
  it('remembers at most keysMax keys, forgetting unblocked ones first', () => {
    const t = new LoginThrottle(rule);
    for (let i = 0; i < 4; i++) t.failed('blocked', 0);
    for (const key of ['x', 'y', 'z', 'w']) t.failed(key, 0);
    expect(t.size).toBe(3);
    expect(t.waitMs('blocked', 1)).toBeGreaterThan(0);
  });
});
