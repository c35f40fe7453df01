// Operational errors: stable codes, each with its HTTP status and Connect error code. Match on
// `code`, never on classes (codes survive thread boundaries). docs/API.md lists every one; a test
// checks that the codes are unique and documented.

import type { FastifyReply } from 'fastify';
import { assert } from '../core/assert.js';
import { Status } from '../wire/handled.js';

export type ConnectCode =
  | 'invalid_argument'
  | 'unauthenticated'
  | 'permission_denied'
  | 'not_found'
  | 'failed_precondition'
  | 'already_exists'
  | 'resource_exhausted'
  | 'internal'
  | 'unavailable'
  | 'deadline_exceeded';

export interface OperationalError {
  readonly code: string;
  readonly httpStatus: number;
  readonly connectCode: ConnectCode;
  /** Catalogue reason to add when the terminal should treat it as one (S01: retry with the same msg id). */
  readonly reason: string;
  readonly description: string;
}

function define(
  code: string,
  httpStatus: number,
  connectCode: ConnectCode,
  reason: string,
  description: string,
): OperationalError {
  return { code, httpStatus, connectCode, reason, description };
}

export const errors = {
  malformed: define(
    'SSC_MALFORMED',
    400,
    'invalid_argument',
    '',
    'body is not a valid protobuf or proto3 JSON message',
  ),
  badContentType: define(
    'SSC_BAD_CONTENT_TYPE',
    415,
    'invalid_argument',
    '',
    'content type is not application/proto, application/x-protobuf or application/json',
  ),
  bodyTooLarge: define('SSC_BODY_TOO_LARGE', 413, 'resource_exhausted', '', 'request body over the configured limit'),
  badProtocolVersion: define(
    'SSC_BAD_PROTOCOL_VERSION',
    400,
    'invalid_argument',
    '',
    'connect-protocol-version header present but not 1',
  ),
  notFound: define('SSC_NOT_FOUND', 404, 'not_found', '', 'no such route'),
  overloaded: define(
    'SSC_OVERLOADED',
    503,
    'unavailable',
    'S01',
    'dispatcher queue full; retry after Retry-After seconds with the same msg id',
  ),
  workerFailed: define(
    'SSC_WORKER_FAILED',
    503,
    'unavailable',
    'S01',
    'the worker timed out or failed; safe to retry with the same msg id',
  ),
  storeUnavailable: define(
    'SSC_STORE_UNAVAILABLE',
    503,
    'unavailable',
    'S01',
    'the store refused a write; safe to retry with the same msg id',
  ),
  replicaBehind: define(
    'SSC_REPLICA_BEHIND',
    503,
    'unavailable',
    'S01',
    "this replica is behind the pool's log (or out of touch with it): retry, at the leader",
  ),
  unauthenticated: define(
    'SSC_UNAUTHENTICATED',
    401,
    'unauthenticated',
    '',
    'the request MAC does not verify with the terminal key, or request_time_ms is outside the clock window',
  ),
  busy: define(
    'SSC_BUSY',
    503,
    'unavailable',
    'S01',
    'TCP: too many connections, or too many requests in flight on this connection; retry with the same msg id',
  ),
  frameTooLarge: define(
    'SSC_FRAME_TOO_LARGE',
    413,
    'resource_exhausted',
    '',
    'TCP: frame over the configured limit (the connection is closed)',
  ),
  badFrame: define(
    'SSC_BAD_FRAME',
    400,
    'invalid_argument',
    '',
    'TCP: unknown frame type or operation, or a frame shorter than its header',
  ),
  terminalRefused: define(
    'SSC_TERMINAL_REFUSED',
    403,
    'permission_denied',
    'I02',
    'hot list download: terminal unknown, disabled, or not of the claimed institution',
  ),
  adminUnauthenticated: define(
    'SSC_ADMIN_UNAUTHENTICATED',
    401,
    'unauthenticated',
    '',
    'admin API: no bearer token, an unknown or expired token, a disabled account, or a wrong login',
  ),
  adminForbidden: define(
    'SSC_ADMIN_FORBIDDEN',
    403,
    'permission_denied',
    '',
    "admin API: the staff member's role may not do this, or an agent acts outside their employer or is no longer named on its authorization",
  ),
  adminInvalid: define(
    'SSC_ADMIN_INVALID',
    400,
    'invalid_argument',
    '',
    'admin API: a missing or invalid field (named)',
  ),
  adminNotFound: define(
    'SSC_ADMIN_NOT_FOUND',
    404,
    'not_found',
    '',
    'admin API: no such card, person, employer, batch or review',
  ),
  adminConflict: define(
    'SSC_ADMIN_CONFLICT',
    409,
    'failed_precondition',
    '',
    'admin API: not allowed in the current state (the detail names the state), or already exists',
  ),
  adminLocked: define(
    'SSC_ADMIN_LOCKED',
    409,
    'failed_precondition',
    '',
    "admin API: the person's data is locked: submitted for issuance and the card not yet issued",
  ),
  adminThrottled: define(
    'SSC_ADMIN_THROTTLED',
    429,
    'resource_exhausted',
    '',
    'admin API: too many wrong logins for this account or from this address; retry after the Retry-After seconds, or an admin unlocks the account',
  ),
  adminSameReviewer: define(
    'SSC_ADMIN_SAME_REVIEWER',
    403,
    'permission_denied',
    '',
    'admin API: maker-checker: the reviewer must be a different staff member from the maker',
  ),
  consoleCsrf: define(
    'SSC_CONSOLE_CSRF',
    403,
    'permission_denied',
    '',
    "web console: a form posted without this session's CSRF token (or with no session)",
  ),
  forwardTooLarge: define(
    'SSC_FORWARD_TOO_LARGE',
    413,
    'resource_exhausted',
    '',
    "a replicated pool's follower sends a staff request to the leader (in parts when larger than one message), and this one is larger than the leader takes (the largest import, limits.importBytesMax)",
  ),
  internal: define('SSC_INTERNAL', 500, 'internal', '', 'unexpected server error (logged with its code)'),
} as const;

export const allErrors: readonly OperationalError[] = Object.values(errors);

/** Connect unary error body: {"code","message"} plus our stable code and catalogue reason. */
export function connectErrorBody(error: OperationalError, detail: string): string {
  const message = detail.length > 0 ? `${error.description}: ${detail}` : error.description;
  return JSON.stringify(
    error.reason.length > 0
      ? { code: error.connectCode, message, sscCode: error.code, reason: error.reason }
      : { code: error.connectCode, message, sscCode: error.code },
  );
}

/** The coded error a transport answers for a handled request that got no reply (never Status.Reply). */
export function errorOfStatus(status: Status): OperationalError {
  switch (status) {
    case Status.Malformed:
      return errors.malformed;
    case Status.Unauthenticated:
      return errors.unauthenticated;
    case Status.Overloaded:
      return errors.overloaded;
    case Status.WorkerFailed:
      return errors.workerFailed;
    case Status.StoreUnavailable:
      return errors.storeUnavailable;
    case Status.ReplicaBehind:
      return errors.replicaBehind;
    default:
      assert(status === Status.Internal, 'a status without a reply');
      return errors.internal;
  }
}

const retryAfterSeconds = '1';

/** Answers a Connect error: the coded JSON body, its HTTP status, Retry-After when it is safe to retry. */
export function sendError(reply: FastifyReply, error: OperationalError, detail: string): FastifyReply {
  reply.code(error.httpStatus).header('content-type', 'application/json');
  if (error.connectCode === 'unavailable') reply.header('retry-after', retryAfterSeconds);
  return reply.send(connectErrorBody(error, detail));
}
