// Hot path: bench/load/inquire-http.ts. Verifies a request's MAC and its clock window for a known,
// active terminal. Keys are unsealed once per thread and kept (bounded), keyed by their sealed bytes,
// so a rotated key is picked up as soon as the terminal record changes. The current and the next
// key are both accepted (rotation). Comparison is constant-time.

import { timingSafeEqual } from 'node:crypto';
import { macBytes, macOf } from '../../protocol/mac.js';
import { chinaStamp14 } from '../core/china-time.js';
import { limits } from '../core/limits.js';
import { type ReadView, type RequestContext, type TerminalRecord, TerminalStatus } from '../core/model.js';
import { openKey } from './seal.js';

export const AuthProblem = {
  None: '',
  /** Not a known, active terminal of the claimed institution: nothing to verify, the decision answers I02. */
  UnknownTerminal: 'unknown-terminal',
  BadMac: 'mac',
  Clock: 'clock',
  FutureMsgId: 'future-msg-id',
} as const;
export type AuthProblem = (typeof AuthProblem)[keyof typeof AuthProblem];

export class TerminalKeys {
  private readonly opened = new Map<string, Buffer>();

  constructor(
    private readonly masterKey: Buffer,
    /** Requests whose request_time_ms is further than this from the server's clock are refused. */
    private readonly clockWindowMs: number,
  ) {}

  private key(sealed: Uint8Array): Buffer {
    const id = Buffer.from(sealed).toString('base64');
    let key = this.opened.get(id);
    if (key === undefined) {
      if (this.opened.size >= limits.terminalKeysCachedMax) this.opened.clear();
      key = openKey(this.masterKey, sealed);
      this.opened.set(id, key);
    }
    return key;
  }

  /**
   * '' when the MAC is right for the terminal's current or next key and the request time is within
   * the window; else what is wrong. The terminal must already be known to be active and of the
   * claimed institution (otherwise the decision answers I02).
   */
  check(
    terminal: TerminalRecord,
    mac: Uint8Array,
    body: Uint8Array,
    requestTimeMs: number,
    nowMs: number,
  ): AuthProblem {
    if (mac.length !== macBytes || !this.matches(terminal, mac, body)) return AuthProblem.BadMac;
    if (Math.abs(nowMs - requestTimeMs) > this.clockWindowMs) return AuthProblem.Clock;
    return AuthProblem.None;
  }

  /**
   * A msg_id dated after now + the clock window is refused on every operation: it would never age
   * out of the idempotency records, and enough of them made pruning refuse every later msg_id.
   * (The past side is bounded by the retention: an old msg_id may be a legitimate retry.)
   */
  msgIdInFuture(msgId: string, nowMs: number): boolean {
    const latestSecond = Math.floor((nowMs + this.clockWindowMs) / 1000);
    if (latestSecond !== this.latestSecond) {
      this.latestSecond = latestSecond;
      this.latestStamp = chinaStamp14(latestSecond * 1000);
    }
    // msg_id: institution (12) + yyyyMMddHHmmss China time (14) + sequence (4); digits compare as text.
    return msgId.slice(12, 26) > this.latestStamp;
  }

  private latestSecond = -1;
  private latestStamp = '';

  /** True when the MAC is right for the terminal's current or next key (no clock check: before decoding). */
  macMatches(terminal: TerminalRecord, mac: Uint8Array, body: Uint8Array): boolean {
    return mac.length === macBytes && this.matches(terminal, mac, body);
  }

  /** The MAC the terminal's current key puts on these bytes (the national adapter re-signs with it). */
  macFor(terminal: TerminalRecord, bytes: Uint8Array): Buffer {
    return macOf(terminal.macAlgorithm, this.key(terminal.keySealed), bytes);
  }

  private matches(terminal: TerminalRecord, mac: Uint8Array, body: Uint8Array): boolean {
    if (timingSafeEqual(macOf(terminal.macAlgorithm, this.key(terminal.keySealed), body), mac)) return true;
    return (
      terminal.nextKeySealed.length > 0 &&
      timingSafeEqual(macOf(terminal.macAlgorithm, this.key(terminal.nextKeySealed), body), mac)
    );
  }
}

/**
 * The MAC and clock checks for a request from a known, active terminal of the claimed institution.
 * Any other caller gets UnknownTerminal: it is left to the decision, which declines it I02 (and
 * learns nothing else).
 */
export function authenticate(
  view: ReadView,
  keys: TerminalKeys,
  header: RequestContext,
  mac: Uint8Array,
  body: Uint8Array,
  nowMs: number,
): AuthProblem {
  const terminal = view.terminal(header.terminalId);
  if (terminal === undefined || terminal.status !== TerminalStatus.Active) return AuthProblem.UnknownTerminal;
  if (terminal.institutionCode !== header.institutionCode) return AuthProblem.UnknownTerminal;
  const problem = keys.check(terminal, mac, body, header.requestTimeMs, nowMs);
  if (problem !== AuthProblem.None) return problem;
  return keys.msgIdInFuture(header.msgId, nowMs) ? AuthProblem.FutureMsgId : AuthProblem.None;
}

export function authProblemText(problem: AuthProblem): string {
  if (problem === AuthProblem.Clock) return 'request_time_ms outside the clock window';
  if (problem === AuthProblem.FutureMsgId) return 'msg_id is dated after the clock window';
  return 'MAC does not verify';
}
