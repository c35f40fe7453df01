// Failed-login back-off (docs/RELIABILITY.md): per key (a staff id, a source address), the first
// freeFailures wrong secrets cost nothing more; each further one doubles the wait before the next
// attempt is even checked (baseDelayMs, 2x, 4x ... up to maxDelayMs). A success clears the key; an
// admin may clear an account. Quiet keys are forgotten after forgetAfterMs. Pure: time comes in.
import { assert } from './assert.js';

export interface ThrottleRule {
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A key with no failure for this long starts afresh. */
  forgetAfterMs: number;
  /** Keys remembered at most (a flood of made-up ids must not grow memory). */
  keysMax: number;
}

class Entry {
  constructor(
    public failures: number,
    public blockedUntilMs: number,
    public lastFailureMs: number,
  ) {}
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly rule: ThrottleRule) {
    assert(rule.freeFailures >= 1 && rule.baseDelayMs >= 1 && rule.maxDelayMs >= rule.baseDelayMs, 'throttle rule');
    assert(rule.keysMax >= 1, 'throttle keys bounded');
  }

  get size(): number {
    return this.entries.size;
  }

  /** How long this key must wait before an attempt is checked (0: now). */
  waitMs(key: string, nowMs: number): number {
    const entry = this.live(key, nowMs);
    return entry === undefined ? 0 : Math.max(0, entry.blockedUntilMs - nowMs);
  }

  /** Failures counted for this key (0 when unknown or forgotten). */
  failures(key: string, nowMs: number): number {
    return this.live(key, nowMs)?.failures ?? 0;
  }

  failed(key: string, nowMs: number): void {
    let entry = this.live(key, nowMs);
    if (entry === undefined) {
      this.makeRoom(nowMs);
      entry = new Entry(0, 0, nowMs);
    }
    this.entries.delete(key); // re-inserted last: the map's order is least recently failed first
    entry.failures++;
    entry.lastFailureMs = nowMs;
    const over = entry.failures - this.rule.freeFailures;
    if (over > 0) {
      const delay = this.rule.baseDelayMs * 2 ** Math.min(over - 1, 40);
      entry.blockedUntilMs = nowMs + Math.min(this.rule.maxDelayMs, delay);
    }
    this.entries.set(key, entry);
  }

  /** A right secret, or an admin's unlock: the key starts afresh. True when it had failures. */
  clear(key: string): boolean {
    return this.entries.delete(key);
  }

  private live(key: string, nowMs: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry !== undefined && nowMs - entry.lastFailureMs > this.rule.forgetAfterMs && nowMs >= entry.blockedUntilMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** At the bound, forgets the least recently failed key that is not blocked (else the oldest). */
  private makeRoom(nowMs: number): void {
    if (this.entries.size < this.rule.keysMax) return;
    let oldest: string | undefined;
    for (const [key, entry] of this.entries) {
      oldest ??= key;
      if (entry.blockedUntilMs <= nowMs) {
        this.entries.delete(key);
        return;
      }
    }
    if (oldest !== undefined) this.entries.delete(oldest);
  }
}
