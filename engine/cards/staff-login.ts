// Staff login with a back-off per account and per source address (docs/RELIABILITY.md). Every
// attempt that is checked costs exactly one scrypt, whether the staff id exists, is disabled or not:
// an unknown id is checked against a dummy hash, so the answer time does not tell which ids exist.
// An attempt inside a back-off is refused at once (429, Retry-After) without checking the secret,
// so even the right secret waits: guessing gets no faster by trying more.
import { randomBytes } from 'node:crypto';
import { limits } from '../core/limits.js';
import { LoginThrottle } from '../core/login-throttle.js';
import type { Store } from '../store/store.js';
import { asStaff, type Role } from './records.js';
import { hashSecret, secretMatches } from './staff.js';

export type LoginResult =
  | { kind: 'ok'; staffId: string; role: Role }
  | { kind: 'wrong' }
  | { kind: 'throttled'; retryAfterMs: number };

export class StaffLogin {
  private readonly accounts = new LoginThrottle({
    freeFailures: limits.loginAccountFreeFailures,
    baseDelayMs: limits.loginDelayBaseMs,
    maxDelayMs: limits.loginDelayMaxMs,
    forgetAfterMs: limits.loginForgetAfterMs,
    keysMax: limits.loginThrottleKeysMax,
  });
  private readonly sources = new LoginThrottle({
    freeFailures: limits.loginSourceFreeFailures,
    baseDelayMs: limits.loginDelayBaseMs,
    maxDelayMs: limits.loginDelayMaxMs,
    forgetAfterMs: limits.loginForgetAfterMs,
    keysMax: limits.loginThrottleKeysMax,
  });
  /** The hash an unknown or disabled id is checked against (same cost as a real one). */
  private readonly dummyHash: Promise<string> = hashSecret(randomBytes(24).toString('base64'));

  constructor(private readonly store: Store) {}

  /** Checks a login attempt; the caller issues the token for 'ok' and audits the others. */
  async check(staffId: string, secret: string, source: string, nowMs: number): Promise<LoginResult> {
    const wait = Math.max(this.accounts.waitMs(staffId, nowMs), this.sources.waitMs(source, nowMs));
    if (wait > 0) return { kind: 'throttled', retryAfterMs: wait };
    const staff = asStaff(this.store.staff.get(staffId));
    const usable = staff !== undefined && !staff.disabled;
    const matches = await secretMatches(secret, usable ? staff.secretHash : await this.dummyHash);
    if (usable && matches) {
      this.accounts.clear(staffId);
      return { kind: 'ok', staffId, role: staff.role };
    }
    this.accounts.failed(staffId, nowMs);
    this.sources.failed(source, nowMs);
    return { kind: 'wrong' };
  }

  /** An admin lifts an account's back-off; true when there was one. */
  unlock(staffId: string): boolean {
    return this.accounts.clear(staffId);
  }

  /** Failed attempts counted for an account (for its staff page and the tests). */
  failures(staffId: string, nowMs: number): number {
    return this.accounts.failures(staffId, nowMs);
  }
}
