// Sign-in (national 9001) and sign-out (9002). The sign-in number itself comes from the adapter
// (the core has no randomness); the core decides whether the terminal may have one.
import { authorizeCaller, CallerCheck } from './authorize.js';
import type { ReadView, RequestContext, SignInRecord } from './model.js';
import { Reason, type ReasonCode } from './reasons.js';
import type { DecisionSettings } from './settings.js';

export interface SignInDecision {
  reason: ReasonCode;
  field: string;
  /** When the new sign-in number stops being valid (approved only). */
  expiresMs: number;
}

const caller = new CallerCheck();

/** I02 -> I01 -> V01(care_region) -> approved with an expiry of now + signInTtlMs. */
export function decideSignIn(
  view: ReadView,
  header: RequestContext,
  nowMs: number,
  settings: DecisionSettings,
): SignInDecision {
  authorizeCaller(view, header, false, nowMs, caller);
  const approved = caller.reason === Reason.Approved;
  return { reason: caller.reason, field: caller.field, expiresMs: approved ? nowMs + settings.signInTtlMs : 0 };
}

export const SignInReplay = { New: 0, Replay: 1, Stale: 2 } as const;
export type SignInReplay = (typeof SignInReplay)[keyof typeof SignInReplay];

/**
 * A SignIn against the terminal's current record (read inside the write transaction). msg_ids of
 * one institution order by time (institution + yyyyMMddHHmmss + sequence), so:
 *   newer than the last sign-in           -> New: a new session replaces it;
 *   the same msg_id, session still current -> Replay: the same answer again, nothing written
 *                                             (a captured request replayed logs nobody out);
 *   the same after a sign-out or expiry, or older -> Stale: declined V01 header.msg_id.
 */
export function judgeSignInReplay(current: SignInRecord | undefined, msgId: string, nowMs: number): SignInReplay {
  if (current === undefined || msgId > current.msgId) return SignInReplay.New;
  if (msgId === current.msgId && current.signNo !== '' && nowMs < current.expiresMs) return SignInReplay.Replay;
  return SignInReplay.Stale;
}

/** I02 -> I01 -> I04 (the sign-in number must be the current one) -> approved. */
export function decideSignOut(view: ReadView, header: RequestContext, nowMs: number): SignInDecision {
  authorizeCaller(view, header, true, nowMs, caller);
  return { reason: caller.reason, field: caller.field, expiresMs: 0 };
}
