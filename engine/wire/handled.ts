// Hot path: bench/load/inquire-http.ts. The one result of handling a request, whatever its route
// (worker pool, session writer, ledger, main-thread read) and whatever its transport: a status, the
// reply bytes (or why there is none), the answer's reason and where the time went. The worker batch
// format carries exactly these fields across the thread boundary (workers/batch.ts); each transport
// maps a status other than Reply onto its coded error (engine/server/errors.ts, errorOfStatus).

import { reasonCatalogue } from '../core/reasons.js';

export const Status = {
  /** body is the encoded reply (without timings) */
  Reply: 0,
  /** body is UTF-8 text: why the request could not be decoded (400 SSC_MALFORMED) */
  Malformed: 1,
  /** a bounded queue is full: refused at once, safe to retry (503 S01) */
  Overloaded: 2,
  /** the worker task timed out or its thread died (503 S01) */
  WorkerFailed: 3,
  /** body is UTF-8 text: the MAC or the request time did not hold for a known terminal (401) */
  Unauthenticated: 4,
  /** an unexpected exception (not an assertion) while deciding (500 SSC_INTERNAL) */
  Internal: 5,
  /** the store refused or failed the write: nothing of the request happened (503 S01) */
  StoreUnavailable: 6,
  /** a replicated pool's follower too far behind its log to answer a read (503 S01, retry at the leader) */
  ReplicaBehind: 7,
} as const;
export type Status = (typeof Status)[keyof typeof Status];

/** No reason (every status but Reply). */
export const noReason = 255;

export interface Handled {
  status: Status;
  /** Status.Reply: the encoded reply; otherwise UTF-8 text saying why (may be empty). */
  body: Buffer;
  /** reasonCatalogue index of the answer's reason (noReason when there is no answer). */
  reason: number;
  /**
   * The caller is a known, active terminal whose MAC verified (or the transport had verified it):
   * a TCP connection that got one such answer has authenticated.
   */
  verified: boolean;
  queueUs: number;
  decodeUs: number;
  decideUs: number;
  encodeUs: number;
  commitUs: number;
  /**
   * A replicated pool: the stream sequence applied when this was decided (proto Timings.applied_seq);
   * 0 on a single box.
   */
  appliedSeq: number;
}

const emptyBody = Buffer.alloc(0);

/** A result without a reply (detail: why, for the caller; '' when nothing useful can be said). */
export function refused(status: Status, detail = '', decodeUs = 0): Handled {
  return {
    status,
    body: detail === '' ? emptyBody : Buffer.from(detail.slice(0, 200), 'utf8'),
    reason: noReason,
    verified: false,
    queueUs: 0,
    decodeUs,
    decideUs: 0,
    encodeUs: 0,
    commitUs: 0,
    appliedSeq: 0,
  };
}

/** The answer's reason code ('' when there is no answer). */
export function reasonCodeOf(handled: Handled): string {
  return reasonCatalogue[handled.reason]?.code ?? '';
}

/** Why there is no answer (Status other than Reply), as the transport reports it. */
export function detailOf(handled: Handled): string {
  return handled.status === Status.Reply ? '' : handled.body.toString('utf8');
}
