// Hot path: bench/load/inquire-http.ts. The fastify app: Connect unary routes for every terminal
// operation (POST /ssc.v1.TransactionService/<Method>, protobuf or proto3 JSON), health routes, and
// Connect error JSON for every transport failure. build() wires nothing itself: the composition
// root (engine/main.ts) hands it the store, the dispatcher and the session writer.
import { performance } from 'node:perf_hooks';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { pino } from 'pino';
import { type OperationSpec, OpId, operations, servicePath } from '../../protocol/operations.js';
import { type ssc, v1 } from '../../protocol/pb.js';
import { validateSignIn, validateSignOut } from '../../protocol/validate.js';
import { Decoded, decodeMessage, requestContext } from '../../workers/authorize-batch.js';
import { ItemStatus } from '../../workers/batch.js';
import { type Dispatcher, DispatchStatus, type ItemResult } from '../../workers/pool.js';
import { latencyBudgetUs } from '../core/budgets.js';
import { Reason } from '../core/reasons.js';
import type { Sessions } from '../ledger/sessions.js';
import type { Store } from '../store/store.js';
import type { EngineConfig } from './config.js';
import { connectErrorBody, errors, type OperationalError } from './errors.js';
import { appendTimings, encodeReply, Format, outcome } from './replies.js';

export interface AppDeps {
  config: EngineConfig;
  store: Store;
  dispatcher: Dispatcher;
  sessions: Sessions;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The engine's logger (personal data redacted; one line per refused or failed request). */
    ssclog: import('pino').Logger;
  }
  interface FastifyRequest {
    /** performance.now() when the request arrived. */
    arrivedMs: number;
  }
}

const protoTypes = ['application/proto', 'application/x-protobuf'];
const retryAfterSeconds = '1';

function formatOf(contentType: string | undefined): Format {
  return contentType?.startsWith('application/json') ? Format.Json : Format.Proto;
}

/** The reply content type echoes the request's codec (Connect requires it). */
function replyContentType(contentType: string | undefined): string {
  if (contentType === undefined) return 'application/proto';
  if (contentType.startsWith('application/json')) return 'application/json';
  if (contentType.startsWith('application/x-protobuf')) return 'application/x-protobuf';
  return 'application/proto';
}

export function sendError(reply: FastifyReply, error: OperationalError, detail: string): FastifyReply {
  reply.code(error.httpStatus).header('content-type', 'application/json');
  if (error.connectCode === 'unavailable') reply.header('retry-after', retryAfterSeconds);
  return reply.send(connectErrorBody(error, detail));
}

/** Fastify's own error codes mapped onto ours. */
function mapFrameworkError(code: string | undefined, statusCode: number | undefined): OperationalError {
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return errors.bodyTooLarge;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_EMPTY_TYPE':
      return errors.badContentType;
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return errors.malformed;
    default:
      if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) return errors.malformed;
      return errors.internal;
  }
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, dispatcher, sessions } = deps;
  // One application logger, not fastify's per-request child loggers: successful swipes are never
  // logged, and a child logger per request cost ~7% of the fixed-reply ceiling's throughput here.
  const log = pino({
    level: config.logLevel,
    redact: {
      paths: ['req.headers.authorization', 'req.body', 'body', '*.idNo', '*.cardNo', '*.name', '*.phone'],
      censor: '[redacted]',
    },
  });
  const app = Fastify({
    logger: false,
    bodyLimit: config.bodyBytesMax,
    connectionTimeout: config.requestTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    maxRequestsPerSocket: 0,
    forceCloseConnections: true,
    return503OnClosing: true,
    trustProxy: false,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    routerOptions: { maxParamLength: 100, caseSensitive: true, ignoreTrailingSlash: false },
  });

  app.decorate('ssclog', log);
  app.decorateRequest('arrivedMs', 0);
  app.addHook('onRequest', (request, _reply, done) => {
    request.arrivedMs = performance.now();
    done();
  });

  app.removeAllContentTypeParsers();
  const asBuffer = (_request: FastifyRequest, body: Buffer, done: (err: Error | null, body?: Buffer) => void): void =>
    done(null, body);
  app.addContentTypeParser(
    [...protoTypes, 'application/json'],
    { parseAs: 'buffer', bodyLimit: config.bodyBytesMax },
    asBuffer,
  );

  app.setErrorHandler((error: { code?: string; statusCode?: number; message?: string }, _request, reply) => {
    const mapped = mapFrameworkError(error.code, error.statusCode);
    if (mapped === errors.internal) log.error({ code: error.code, sscCode: mapped.code }, 'request failed');
    else log.warn({ sscCode: mapped.code, frameworkCode: error.code }, 'request refused');
    return sendError(reply, mapped, '');
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, errors.notFound, ''));

  app.get('/healthz', (_request, reply) => {
    reply.send({ status: 'alive' });
  });
  app.get('/readyz', (_request, reply) => {
    const storeOpen = deps.store.isOpen;
    const workersUp = config.workers === 'inline' || dispatcher.threadCount === config.threads;
    reply
      .code(storeOpen && workersUp ? 200 : 503)
      .send({ store: storeOpen, workers: dispatcher.threadCount, ready: storeOpen && workersUp });
  });

  const checkProtocolVersion = (request: FastifyRequest): boolean => {
    const version = request.headers['connect-protocol-version'];
    return version === undefined || version === '1';
  };

  /** Sends a worker's (or the main thread's) result with its timings appended. */
  const sendResult = (request: FastifyRequest, reply: FastifyReply, handledMs: number, result: ItemResult): void => {
    if (result.status === ItemStatus.Reply) {
      const format = formatOf(request.headers['content-type']);
      const now = performance.now();
      const body = appendTimings(result.body, format, {
        receiveUs: (handledMs - request.arrivedMs) * 1000,
        decodeUs: result.decodeUs,
        queueUs: result.queueUs,
        decideUs: result.decideUs,
        encodeUs: result.encodeUs,
        totalUs: (now - request.arrivedMs) * 1000,
      });
      reply.code(200).header('content-type', replyContentType(request.headers['content-type'])).send(body);
      return;
    }
    if (result.status === ItemStatus.Malformed) {
      log.warn({ sscCode: errors.malformed.code }, 'request refused');
      sendError(reply, errors.malformed, result.body.toString('utf8'));
      return;
    }
    const error = result.status === DispatchStatus.Overloaded ? errors.overloaded : errors.workerFailed;
    log.warn({ sscCode: error.code }, 'request refused');
    sendError(reply, error, '');
  };

  for (const spec of operations) {
    const path = servicePath + spec.method;
    if (spec.id === OpId.Inquire || spec.id === OpId.PreSettle) {
      app.post(path, (request, reply) => {
        const handledMs = performance.now();
        if (!checkProtocolVersion(request)) return sendError(reply, errors.badProtocolVersion, '');
        dispatcher.submit(spec.id, formatOf(request.headers['content-type']), request.body as Buffer, (result) =>
          sendResult(request, reply, handledMs, result),
        );
        return reply;
      });
    } else if (spec.id === OpId.SignIn || spec.id === OpId.SignOut) {
      app.post(path, async (request, reply) => {
        const handledMs = performance.now();
        if (!checkProtocolVersion(request)) return sendError(reply, errors.badProtocolVersion, '');
        const result = await signInOrOut(
          spec,
          sessions,
          formatOf(request.headers['content-type']),
          request.body as Buffer,
        );
        if (result === undefined) return sendError(reply, errors.storeUnavailable, '');
        sendResult(request, reply, handledMs, result);
        return reply;
      });
    } else {
      app.post(path, (_request, reply) => {
        log.warn({ sscCode: errors.unimplemented.code, method: spec.method }, 'request refused');
        return sendError(reply, errors.unimplemented, spec.method);
      });
    }
  }
  return app;
}

const decodedSignIn = new Decoded<ssc.v1.SignInRequest>();

/** Sign-in and sign-out on the main thread (they write). undefined: the store refused the write. */
async function signInOrOut(
  spec: OperationSpec,
  sessions: Sessions,
  format: Format,
  body: Buffer,
): Promise<ItemResult | undefined> {
  const t0 = performance.now();
  const decoded = decodeMessage(
    spec.id === OpId.SignIn ? v1.SignInRequest : v1.SignOutRequest,
    spec.id === OpId.SignIn ? 'SignInRequest' : 'SignOutRequest',
    format,
    body,
    decodedSignIn,
  );
  const t1 = performance.now();
  if (decoded.message === undefined) {
    return {
      status: ItemStatus.Malformed,
      body: Buffer.from(decoded.error.slice(0, 200)),
      queueUs: 0,
      decodeUs: (t1 - t0) * 1000,
      decideUs: 0,
      encodeUs: 0,
    };
  }
  const header = requestContext(decoded.message.header);
  const nowMs = Date.now();
  const signingIn = spec.id === OpId.SignIn;
  const field = signingIn ? validateSignIn(decoded.message) : validateSignOut(decoded.message);
  const budgetUs = signingIn ? latencyBudgetUs.signIn : latencyBudgetUs.signOut;
  let reply: object;
  if (field !== '') {
    reply = { outcome: outcome(header.msgId, Reason.InvalidField, field, nowMs), budgetUs };
  } else {
    let result: Awaited<ReturnType<Sessions['signIn']>>;
    try {
      result = signingIn ? await sessions.signIn(header, nowMs) : await sessions.signOut(header, nowMs);
    } catch {
      return undefined;
    }
    reply = signingIn
      ? {
          outcome: outcome(header.msgId, result.reason, result.field, nowMs),
          signNo: result.signNo,
          signExpiresMs: result.expiresMs,
          budgetUs,
        }
      : { outcome: outcome(header.msgId, result.reason, result.field, nowMs), budgetUs };
  }
  const t2 = performance.now();
  const bytes = encodeReply(spec.reply, reply, format);
  const t3 = performance.now();
  return {
    status: ItemStatus.Reply,
    body: bytes,
    queueUs: 0,
    decodeUs: (t1 - t0) * 1000,
    decideUs: (t2 - t1) * 1000,
    encodeUs: (t3 - t2) * 1000,
  };
}
