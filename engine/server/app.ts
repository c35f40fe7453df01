// Hot path: bench/load/inquire-http.ts. The fastify app: Connect unary routes for every terminal
// operation (POST /ssc.v1.TransactionService/<Method>, protobuf or proto3 JSON), health routes, and
// Connect error JSON for every transport failure. build() wires nothing itself: the composition
// root (engine/main.ts) hands it the store, the dispatcher and the session writer.

import { performance } from 'node:perf_hooks';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { pino } from 'pino';
import { macHeader, terminalHeader } from '../../protocol/mac.js';
import { operations, servicePath } from '../../protocol/operations.js';
import type { Execution } from '../../workers/execution.js';
import type { Dispatcher } from '../../workers/pool.js';
import type { TerminalKeys } from '../auth/terminal-keys.js';
import type { CardCentre } from '../cards/card-centre.js';
import { principalOf } from '../cards/staff.js';
import type { EngineConfig } from '../config.js';
import { limits } from '../core/limits.js';
import type { Ledger } from '../ledger/ledger.js';
import { checkBeforeDecode, type Pipeline } from '../operations/pipeline.js';
import { CallerAuth } from '../operations/stages.js';
import { nowMs as clockNowMs } from '../runtime/clock.js';
import { endIfAssertion } from '../runtime/fatal.js';
import { fault } from '../runtime/faults.js';
import type { LmdbReadView } from '../store/read-view.js';
import type { Store } from '../store/store.js';
import { detailOf, type Handled, reasonCodeOf, Status } from '../wire/handled.js';
import { appendTimings, Format, type StageTimings } from '../wire/replies.js';
import { macFromHeader } from '../wire/requests.js';
import { registerAdminRoutes } from './admin/index.js';
import { registerConsole } from './console/index.js';
import { errorOfStatus, errors, type OperationalError, sendError } from './errors.js';
import { listSettlements } from './list-settlements.js';
import type { Metrics } from './metrics.js';
import { registerNationalRoutes } from './national/index.js';
import { Refusals } from './refusals.js';
import { forwardStaffRequests, type StaffForwardPort } from './staff-forwarding.js';

export interface AppDeps {
  /** Every unary terminal operation (engine/operations/pipeline.ts), shared with the TCP server. */
  pipeline: Pipeline;
  dispatcher: Dispatcher;
  /** Where read-only requests are decided, and why (reported in /stats). */
  execution: Execution;
  /** The young generation's collector as resolved at start (runtime/gc.ts). */
  scavenge: 'serial' | 'parallel';
  ledger: Ledger;
  store: Store;
  /** The main thread's read view. */
  view: LmdbReadView;
  /** Unsealed terminal keys for the main thread's MAC checks. */
  keys: TerminalKeys;
  config: EngineConfig;
  metrics: Metrics;
  centre: CardCentre;
  /** A replicated pool: this engine's role, applied sequence and append latency (engine/replication). */
  replication?: () => object;
  /** Scheduled backups (engine/store/backups.ts), when configured. */
  backups?: () => object;
  /** A replicated pool: staff requests at a follower go to the leader (staff-forwarding.ts). */
  staff?: StaffForwardPort;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The engine's logger (personal data redacted; one line per refused or failed request). */
    ssclog: import('pino').Logger;
    /** Refused requests by code (shared with the TCP server). */
    refusals: Refusals;
    /** HTTP requests being handled now. */
    inFlight: () => number;
  }
  interface FastifyRequest {
    /** performance.now() when the request arrived. */
    arrivedMs: number;
  }
}

const protoTypes = ['application/proto', 'application/x-protobuf'];
/** Connect server streaming (ListSettlements). */
const streamTypes = ['application/connect+proto', 'application/connect+json'];

/** The `x-ssc-mac` header as bytes (empty when absent or malformed: it will not verify). */
function macOfRequest(request: FastifyRequest): Uint8Array {
  return macFromHeader(request.headers[macHeader]);
}

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
  const { config, dispatcher } = deps;
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
    // Node checks header and request deadlines only every connectionsCheckingInterval (30 s by
    // default): a client trickling a byte at a time kept its connection for that long. Checked
    // every quarter of the deadline instead; headers have the same deadline as the whole request.
    http: {
      connectionsCheckingInterval: Math.max(50, Math.floor(config.requestTimeoutMs / 4)),
      headersTimeout: config.requestTimeoutMs,
      requestTimeout: config.requestTimeoutMs,
    },
    keepAliveTimeout: config.keepAliveTimeoutMs,
    maxRequestsPerSocket: 0,
    forceCloseConnections: true,
    return503OnClosing: true,
    trustProxy: false,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    routerOptions: { maxParamLength: 100, caseSensitive: true, ignoreTrailingSlash: false },
    // Admin route schemas: wrong types are refused, never coerced; unknown fields are refused.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: true, allErrors: false } },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Ningbo SSC engine: card centre admin API',
        version: '1',
        description:
          'Issuance pipeline, card status operations, hot list, change log. Bearer tokens from POST /admin/login.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    hideUntagged: true,
  });

  app.decorate('ssclog', log);
  const metrics = deps.metrics;
  const refusals = new Refusals(log, (code) => metrics.refusedWith(code));
  let inFlight = 0;
  app.decorate('inFlight', () => inFlight);
  app.decorate('refusals', refusals);
  app.decorateRequest('arrivedMs', 0);
  app.addHook('onRequest', (request, _reply, done) => {
    request.arrivedMs = performance.now();
    done();
  });

  app.removeAllContentTypeParsers();
  const asBuffer = (_request: FastifyRequest, body: Buffer, done: (err: Error | null, body?: Buffer) => void): void =>
    done(null, body);
  app.addContentTypeParser(
    [...protoTypes, 'application/json', ...streamTypes],
    { parseAs: 'buffer', bodyLimit: config.bodyBytesMax },
    asBuffer,
  );

  app.setErrorHandler((error: { code?: string; statusCode?: number; message?: string }, _request, reply) => {
    endIfAssertion('http', error);
    const mapped = mapFrameworkError(error.code, error.statusCode);
    if (mapped === errors.internal) log.error({ code: error.code, sscCode: mapped.code }, 'request failed');
    else refusals.note(mapped.code);
    return sendError(reply, mapped, '');
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, errors.notFound, ''));

  app.get('/healthz', (_request, reply) => {
    reply.send({ status: 'alive' });
  });
  app.get('/readyz', (_request, reply) => {
    const storeOpen = deps.store.isOpen;
    const workersUp = dispatcher.mode === 'inline' || dispatcher.threadCount === config.threads;
    reply
      .code(storeOpen && workersUp ? 200 : 503)
      .send({ store: storeOpen, workers: dispatcher.threadCount, ready: storeOpen && workersUp });
  });

  const checkProtocolVersion = (request: FastifyRequest): boolean => {
    const version = request.headers['connect-protocol-version'];
    return version === undefined || version === '1';
  };

  /** Sends a handled result: the reply with its timings appended, or the coded error. */
  const send = (
    request: FastifyRequest,
    reply: FastifyReply,
    handledMs: number,
    result: Handled,
    method: string,
    stagesSet: ReturnType<Metrics['stagesFor']>,
  ): void => {
    inFlight--;
    if (result.status !== Status.Reply) {
      const error = errorOfStatus(result.status);
      refusals.note(error.code);
      sendError(reply, error, detailOf(result));
      return;
    }
    const format = formatOf(request.headers['content-type']);
    const timings: StageTimings = {
      receiveUs: (handledMs - request.arrivedMs) * 1000,
      decodeUs: result.decodeUs,
      queueUs: result.queueUs,
      decideUs: result.decideUs,
      encodeUs: result.encodeUs,
      totalUs: (performance.now() - request.arrivedMs) * 1000,
      commitUs: result.commitUs,
      appliedSeq: result.appliedSeq,
    };
    const body = appendTimings(result.body, format, timings);
    stagesSet.observe(timings);
    metrics.decided(method, reasonCodeOf(result));
    reply.code(200).header('content-type', replyContentType(request.headers['content-type'])).send(body);
  };

  const pipeline = deps.pipeline;
  for (const spec of operations) {
    const path = servicePath + spec.method;
    if (spec.streaming) {
      app.post(path, (request, reply) => listSettlements(request, reply, deps, refusals));
      continue;
    }
    const op = spec.id;
    const stagesSet = metrics.stagesFor(spec.method, 'http');
    const method = spec.method;
    app.post(path, (request, reply) => {
      const handledMs = performance.now();
      if (!checkProtocolVersion(request)) return sendError(reply, errors.badProtocolVersion, '');
      fault('http'); // test hook: a route on the main thread
      const body = request.body as Buffer;
      const mac = macOfRequest(request);
      const terminalId = request.headers[terminalHeader];
      const unverified = checkBeforeDecode(deps, typeof terminalId === 'string' ? terminalId : undefined, mac, body);
      if (unverified !== '') {
        refusals.note(errors.unauthenticated.code);
        return sendError(reply, errors.unauthenticated, unverified);
      }
      inFlight++;
      pipeline({ op, format: formatOf(request.headers['content-type']), body, mac, auth: CallerAuth.Check }, (result) =>
        send(request, reply, handledMs, result, method, stagesSet),
      );
      return reply;
    });
  }
  registerNationalRoutes(app, deps, refusals);
  if (deps.staff !== undefined)
    forwardStaffRequests(
      app,
      deps.staff,
      refusals,
      (token) => typeof principalOf(deps.store, token, clockNowMs()) === 'object',
    );
  await registerAdminRoutes(app, {
    store: deps.store,
    centre: deps.centre,
    view: deps.view,
    keys: deps.keys,
    settings: config.settings,
    masterKey: config.masterKey,
    refusals,
    profile: config.profile,
    replyBytesPendingMax: config.adminReplyBytesPendingMax,
  });
  await registerConsole(app, {
    store: deps.store,
    centre: deps.centre,
    settings: config.settings,
    masterKey: config.masterKey,
    refusals,
  });
  // Rendered at most once per limits.metricsCacheMs; scrapes meanwhile share it (20 clients looping
  // on /metrics pushed a terminal's Inquire median from 2-4 ms to 119-145 ms).
  let rendered: { atMs: number; text: Promise<string> } | undefined;
  app.get('/metrics', async (_request, reply) => {
    const now = performance.now();
    if (rendered === undefined || now - rendered.atMs >= limits.metricsCacheMs)
      rendered = { atMs: now, text: metrics.registry.metrics() };
    const text = await rendered.text;
    reply.header('content-type', metrics.registry.contentType).send(text);
  });
  // At most connectionsPerSourceMax HTTP connections from one address (TCP has its own count).
  const perSource = new Map<string, number>();
  app.server.on('connection', (socket: import('node:net').Socket) => {
    const source = socket.remoteAddress ?? '';
    const count = perSource.get(source) ?? 0;
    if (count >= config.connectionsPerSourceMax) {
      refusals.note(errors.busy.code, 'http connection refused');
      socket.destroy();
      return;
    }
    perSource.set(source, count + 1);
    socket.once('close', () => {
      const left = (perSource.get(source) ?? 1) - 1;
      if (left > 0) perSource.set(source, left);
      else perSource.delete(source);
    });
  });
  app.get('/stats', (_request, reply) => {
    reply.send({
      refusals: refusals.snapshot(),
      execution: {
        ...deps.execution,
        mode: dispatcher.mode,
        scavenge: deps.scavenge,
        // Inline: a turn's waiting requests are decided once this many wait (SSC_INLINE_BATCH_ITEMS_MAX).
        inlineBatchItemsMax: config.inlineBatchItemsMax,
      },
      dispatcher: dispatcher.stats,
      ledger: { ...deps.ledger.stats, sequence: deps.ledger.sequence, pending: deps.ledger.pending },
      store: deps.store.space(),
      ...(deps.backups === undefined ? {} : { backups: deps.backups() }),
      ...(deps.replication === undefined ? {} : { replication: deps.replication() }),
    });
  });
  return app;
}
