// A replicated pool's follower sends every staff request (the admin API under /admin, the web console
// under /console) to the pool's leader (whole in one message, or a larger body in parts that the
// leader spools: replication/staff-transfer.ts), and answers with the leader's answer: staff log in,
// report a loss or import at any engine of the pool and read their own writes at once. The leader
// runs the request as if it had arrived there (fastify inject, from the address the follower received
// it from), so roles, validation, sessions, the login back-off and the audit trail are the leader's,
// unchanged. Terminal requests are forwarded by the pipeline (replication/forward.ts).
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { limits } from '../core/limits.js';
import type { StaffAnswer, StaffHead, StaffRefused, StaffRequest } from '../replication/forward.js';
import { adminError, bearerTokenOf } from './admin/context.js';
import { cookiesOf, sessionCookie } from './console/session.js';
import { errors, type OperationalError } from './errors.js';
import type { Refusals } from './refusals.js';

/** The follower's side: whether to forward now, how large a body may go, and the sending. */
export interface StaffForwardPort {
  readonly forwardsStaff: boolean;
  readonly staffBodyBytesMax: number;
  forwardStaff(request: StaffHead & { body: Uint8Array }, timeoutMs: number): Promise<StaffAnswer | StaffRefused>;
  /** A body larger than staffBodyBytesMax, in pieces of at most that, read as the leader takes them. */
  forwardStaffInParts(
    head: StaffHead,
    pieces: AsyncIterable<Uint8Array>,
    timeoutMs: number,
  ): Promise<StaffAnswer | StaffRefused>;
}

/** Marks a request the leader runs for a follower: never forwarded again (this process's own value). */
const forwardedHeader = 'x-ssc-forwarded';
const forwardedMark = randomBytes(16).toString('hex');

/** Headers that describe one hop (the connection, the framing), never copied across one. */
const hopHeaders = new Set([
  'host',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
  'upgrade',
  'date',
  forwardedHeader,
]);

function endToEnd(headers: Record<string, string | string[] | number | undefined>): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || hopHeaders.has(name)) continue;
    kept[name] = typeof value === 'number' ? String(value) : value;
  }
  return kept;
}

/** The admin API and the web console: the console reads the store itself too (its session, a card's actions). */
const staffPrefixes = ['/admin', '/console'];
/**
 * Served where they arrive: the console's static assets, and its live operations pages, which show
 * this engine's own metrics (their event stream does not end, so it could not be one answer).
 */
const localPrefixes = ['/console/assets', '/console/live'];
const under = (url: string, prefix: string): boolean =>
  url.startsWith(prefix) && (url.length === prefix.length || url[prefix.length] === '/' || url[prefix.length] === '?');
const isStaffPath = (url: string): boolean =>
  staffPrefixes.some((prefix) => under(url, prefix)) && !localPrefixes.some((prefix) => under(url, prefix));

/** The request's body in pieces of exactly pieceBytes (the last one shorter), as it arrives. */
async function* piecesOf(raw: IncomingMessage, pieceBytes: number): AsyncGenerator<Buffer> {
  let held: Buffer[] = [];
  let heldBytes = 0;
  for await (const chunk of raw as AsyncIterable<Buffer | string>) {
    let rest = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    while (heldBytes + rest.length >= pieceBytes) {
      const take = pieceBytes - heldBytes;
      yield Buffer.concat([...held, rest.subarray(0, take)]);
      held = [];
      heldBytes = 0;
      rest = rest.subarray(take);
    }
    if (rest.length > 0) {
      held.push(rest);
      heldBytes += rest.length;
    }
  }
  if (heldBytes > 0) yield Buffer.concat(held);
}

/**
 * The body whole when it fits one message (its first piece is its last), else the pieces it is
 * sent in; 'aborted' when it ended before it did.
 */
async function bodyOf(
  raw: IncomingMessage,
  pieceBytes: number,
): Promise<{ whole: Buffer } | { pieces: AsyncIterable<Buffer> } | 'aborted'> {
  const pieces = piecesOf(raw, pieceBytes);
  try {
    const first = await pieces.next();
    if (first.done === true) return { whole: Buffer.alloc(0) };
    const second = await pieces.next();
    if (second.done === true) return { whole: first.value };
    return {
      pieces: (async function* () {
        yield first.value;
        yield second.value;
        yield* pieces;
      })(),
    };
  } catch {
    return 'aborted';
  }
}

/** The coded error a follower answers for each reason its leader gave none. */
const refusalErrors: Record<StaffRefused['refused'], OperationalError> = {
  unavailable: errors.storeUnavailable,
  malformed: errors.malformed,
  'too-large': errors.forwardTooLarge,
};

/** The staff token a request carries: its bearer token (admin API), else its console session's. */
function staffTokenOf(request: FastifyRequest): string {
  const bearer = bearerTokenOf(request);
  return bearer !== '' ? bearer : (cookiesOf(request).get(sessionCookie) ?? '');
}

/**
 * At a follower, staff requests go to the leader (registered before the admin and console routes).
 * knowsStaff: whether a token is a signed-in staff member's in this replica's store. A body larger
 * than one message is spooled at the leader before its routes check anything, so it goes only with
 * such a token (else 401 here): nobody unknown fills the leader's disk through a follower.
 */
export function forwardStaffRequests(
  app: FastifyInstance,
  port: StaffForwardPort,
  refusals: Refusals,
  knowsStaff: (token: string) => boolean,
): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!isStaffPath(request.url) || !port.forwardsStaff || request.headers[forwardedHeader] === forwardedMark) return;
    const body = await bodyOf(request.raw, port.staffBodyBytesMax);
    if (body === 'aborted') {
      reply.header('connection', 'close');
      return adminError(reply, errors.malformed, 'the request ended before its body did');
    }
    if ('pieces' in body && !knowsStaff(staffTokenOf(request))) {
      // The rest of the body is not read: the connection closes after the answer.
      reply.header('connection', 'close');
      refusals.note(errors.adminUnauthenticated.code);
      return adminError(
        reply,
        errors.adminUnauthenticated,
        'a request larger than one message goes to the leader only with a staff token (bearer or console session) this engine knows',
      );
    }
    // The leader may take a while (an import): the socket stays open meanwhile. (An in-process call
    // from the web console has a mock socket.)
    if (typeof request.raw.socket?.setTimeout === 'function') request.raw.socket.setTimeout(0);
    const head: StaffHead = {
      method: request.method,
      url: request.url,
      headers: endToEnd(request.headers),
      remote: request.ip,
    };
    const answer =
      'whole' in body
        ? await port.forwardStaff({ ...head, body: body.whole }, limits.staffForwardWaitMs)
        : await port.forwardStaffInParts(head, body.pieces, limits.staffForwardWaitMs);
    if ('refused' in answer) {
      const error = refusalErrors[answer.refused];
      refusals.note(error.code);
      if (error === errors.storeUnavailable) reply.header('retry-after', '1');
      // A body sent in parts and refused part-way: the rest is not read, the connection closes.
      if ('pieces' in body) reply.header('connection', 'close');
      return adminError(reply, error, answer.detail);
    }
    reply.code(answer.status);
    for (const [name, value] of Object.entries(endToEnd(answer.headers))) reply.header(name, value);
    return reply.send(Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.length));
  });
}

/** The leader's side: a forwarded staff request through this engine's own admin API. */
export function answerForwardedStaff(app: FastifyInstance): (request: StaffRequest) => Promise<StaffAnswer> {
  return async (request) => {
    const response = await app.inject({
      method: request.method as 'GET',
      url: request.url,
      headers: { ...request.headers, [forwardedHeader]: forwardedMark },
      // A body sent in parts arrives as the stream of the leader's spooled file.
      ...(request.body instanceof Readable
        ? { payload: request.body }
        : request.body.length > 0
          ? { payload: Buffer.from(request.body) }
          : {}),
      remoteAddress: request.remote,
    });
    return {
      status: response.statusCode,
      headers: endToEnd(response.headers),
      body: response.rawPayload,
    };
  };
}
