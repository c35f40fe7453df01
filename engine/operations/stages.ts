// Hot path: bench/load/inquire-http.ts. The stages every terminal request goes through, in this
// order, whatever its route and transport:
//
//   decode -> authenticate -> validate -> decide -> encode
//
// decode, authenticate and validate are `prepare`; decide is the operation row's (synchronous on a
// worker or the main thread, asynchronous for the session writer and the ledger: pipeline.ts);
// encode is `encodeStage`. The worker threads and the main thread call these same functions, so a
// request means the same on every transport and route. A request the transport has already
// authenticated over other bytes (the national envelope) says so (CallerAuth) instead of being
// re-signed.

import { performance } from 'node:perf_hooks';
import { AuthProblem, authenticate, authProblemText, type TerminalKeys } from '../auth/terminal-keys.js';
import type { ReadView, RequestContext } from '../core/model.js';
import { Reason } from '../core/reasons.js';
import { Status } from '../wire/handled.js';
import { encodeReply, type Format, outcome } from '../wire/replies.js';
import { Decoded, decodeMessage, requestContext } from '../wire/requests.js';
import type { AnyRow, ReplyBody, UnaryRow } from './table.js';

/** Who checks the caller's MAC. */
export const CallerAuth = {
  /** The authenticate stage checks the MAC over the request's bytes (every terminal transport). */
  Check: 0,
  /** The transport verified a known, active terminal's MAC over the bytes it received. */
  Verified: 1,
  /** The transport found no known, active terminal to verify: the decision answers I02. */
  UnknownTerminal: 2,
} as const;
export type CallerAuth = (typeof CallerAuth)[keyof typeof CallerAuth];

/** What the authenticate stage reads (a snapshot taken for this request or batch). */
export interface Authenticator {
  view: ReadView;
  keys: TerminalKeys;
}

const noContext: RequestContext = requestContext(undefined);

/** A request after decode, authenticate and validate (one per thread, reused: read it at once). */
export class Prepared {
  /** Status.Reply: go on and decide; otherwise the request ends here with this status. */
  status: Status = Status.Reply;
  /** Why it ended (Malformed, Unauthenticated). */
  detail = '';
  message: unknown = undefined;
  header: RequestContext = noContext;
  /** '' when valid, else the field the reply names (V01). */
  field = '';
  verified = false;
  decodeUs = 0;
  /** performance.now() when decoding ended: decide time is counted from here. */
  decodedAtMs = 0;
}

/** One decoding slot per operation per thread. */
const decodedByOp: Decoded<unknown>[] = [];

/** decode -> authenticate -> validate. */
export function prepare(
  row: AnyRow,
  format: number,
  body: Uint8Array,
  mac: Uint8Array,
  auth: number,
  authenticator: Authenticator,
  nowMs: number,
  out: Prepared,
): Prepared {
  const t0 = performance.now();
  let slot = decodedByOp[row.op];
  if (slot === undefined) {
    slot = new Decoded<unknown>();
    decodedByOp[row.op] = slot;
  }
  const decoded = decodeMessage(row.request, row.typeName, format, body, slot);
  out.decodedAtMs = performance.now();
  out.decodeUs = (out.decodedAtMs - t0) * 1000;
  out.message = decoded.message;
  out.field = '';
  out.verified = false;
  if (decoded.message === undefined) {
    out.status = Status.Malformed;
    out.detail = decoded.error;
    out.header = noContext;
    return out;
  }
  out.header = requestContext((decoded.message as { header?: Parameters<typeof requestContext>[0] }).header);
  if (auth === CallerAuth.Check) {
    const problem = authenticate(authenticator.view, authenticator.keys, out.header, mac, body, nowMs);
    if (problem !== AuthProblem.None && problem !== AuthProblem.UnknownTerminal) {
      out.status = Status.Unauthenticated;
      out.detail = authProblemText(problem);
      return out;
    }
    out.verified = problem === AuthProblem.None;
  } else {
    out.verified = auth === CallerAuth.Verified;
  }
  out.status = Status.Reply;
  out.detail = '';
  out.field = row.validate(decoded.message);
  return out;
}

/** The reply to a request that failed validation: V01 naming the field. */
export function invalidReply(header: RequestContext, field: string, nowMs: number): ReplyBody {
  return { outcome: outcome(header.msgId, Reason.InvalidField, field, nowMs) };
}

/** encode: the reply with its row's budget, in the request's format (timings are the transport's). */
export function encodeStage(row: UnaryRow, reply: ReplyBody, format: number): Buffer {
  reply.budgetUs = row.budgetUs;
  return encodeReply(row.reply, reply, format as Format);
}
