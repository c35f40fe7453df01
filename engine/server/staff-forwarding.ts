// A replicated pool's follower sends every staff request (the admin API under /admin, the web console
// under /console) to the pool's leader whole, and answers with the leader's answer: staff log in,
// report a loss or import at any engine of the pool and read their own writes at once. The leader
// runs the request as if it had arrived there (fastify inject, from the address the follower received
// it from), so roles, validation, sessions, the login back-off and the audit trail are the leader's,
// unchanged. Terminal requests are forwarded by the pipeline (replication/forward.ts).
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { limits } from '../core/limits.js';
import type { StaffAnswer, StaffRefused, StaffRequest } from '../replication/forward.js';
import { adminError } from './admin/context.js';
import { errors, type OperationalError } from './errors.js';
import type { Refusals } from './refusals.js';

/** The follower's side: whether to forward now, how large a body may go, and the sending. */
export interface StaffForwardPort {
  readonly forwardsStaff: boolean;
  readonly staffBodyBytesMax: number;
  forwardStaff(request: StaffRequest, timeoutMs: number): Promise<StaffAnswer | StaffRefused>;
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

/** The request's body, or 'too-large' past `bytesMax` (the rest is not read), or 'aborted'. */
async function readBody(raw: IncomingMessage, bytesMax: number): Promise<Buffer | 'too-large' | 'aborted'> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  try {
    for await (const chunk of raw as AsyncIterable<Buffer | string>) {
      const bytesOf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      bytes += bytesOf.length;
      if (bytes > bytesMax) return 'too-large';
      chunks.push(bytesOf);
    }
  } catch {
    return 'aborted';
  }
  return Buffer.concat(chunks);
}

/** The coded error a follower answers for each reason its leader gave none. */
const refusalErrors: Record<StaffRefused['refused'], OperationalError> = {
  unavailable: errors.storeUnavailable,
  malformed: errors.malformed,
  'too-large': errors.forwardTooLarge,
};

/** At a follower, staff requests go to the leader (registered before the admin and console routes). */
export function forwardStaffRequests(app: FastifyInstance, port: StaffForwardPort, refusals: Refusals): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!isStaffPath(request.url) || !port.forwardsStaff || request.headers[forwardedHeader] === forwardedMark) return;
    const bytesMax = port.staffBodyBytesMax;
    const body = await readBody(request.raw, bytesMax);
    if (body === 'too-large' || body === 'aborted') {
      // The rest of the body is not read: the connection closes after the answer.
      reply.header('connection', 'close');
      if (body === 'aborted') return adminError(reply, errors.malformed, 'the request ended before its body did');
      refusals.note(errors.forwardTooLarge.code);
      return adminError(reply, errors.forwardTooLarge, `at most ${bytesMax} bytes go to the leader in one message`);
    }
    // The leader may take a while (an import): the socket stays open meanwhile. (An in-process call
    // from the web console has a mock socket.)
    if (typeof request.raw.socket?.setTimeout === 'function') request.raw.socket.setTimeout(0);
    const answer = await port.forwardStaff(
      {
        method: request.method,
        url: request.url,
        headers: endToEnd(request.headers),
        body,
        remote: request.ip,
      },
      limits.staffForwardWaitMs,
    );
    if ('refused' in answer) {
      const error = refusalErrors[answer.refused];
      refusals.note(error.code);
      if (error === errors.storeUnavailable) reply.header('retry-after', '1');
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
      ...(request.body.length > 0 ? { payload: Buffer.from(request.body) } : {}),
      remoteAddress: request.remote,
    });
    return {
      status: response.statusCode,
      headers: endToEnd(response.headers),
      body: response.rawPayload,
    };
  };
}
