// Hot path: bench/load/inquire-http.ts. The fastify app: Connect unary routes for every terminal
// operation (POST /ssc.v1.TransactionService/<Method>, protobuf or proto3 JSON), health routes, and
// Connect error JSON for every transport failure. build() wires nothing itself: the composition
// root (engine/main.ts) hands it the store, the dispatcher and the session writer.
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { pino } from 'pino';
import { decodeSingleEnvelope, encodeEnvelope, endStream } from '../../protocol/envelope.js';
import { type OperationSpec, OpId, operations, servicePath } from '../../protocol/operations.js';
import { type ssc, v1 } from '../../protocol/pb.js';
import {
  validateCancel,
  validateListSettlements,
  validateReconcile,
  validateReverse,
  validateSettle,
  validateSignIn,
  validateSignOut,
} from '../../protocol/validate.js';
import { Decoded, decodeMessage, requestContext, settleInputOf } from '../../workers/authorize-batch.js';
import { ItemStatus } from '../../workers/batch.js';
import { type Dispatcher, DispatchStatus, type ItemResult } from '../../workers/pool.js';
import { assert } from '../core/assert.js';
import { authorizeCaller, CallerCheck } from '../core/authorize.js';
import { latencyBudgetUs } from '../core/budgets.js';
import { limits } from '../core/limits.js';
import { Reason, type ReasonCode, reasonText } from '../core/reasons.js';
import { cancelDigest, reverseDigest, settleDigest } from '../ledger/digest.js';
import { type Ledger, type LedgerResult, LedgerStatus } from '../ledger/ledger.js';
import { listEntries } from '../ledger/listing.js';
import { reconcileTotals } from '../ledger/reconcile.js';
import type { Sessions } from '../ledger/sessions.js';
import type { LmdbReadView } from '../store/read-view.js';
import type { Store } from '../store/store.js';
import type { EngineConfig } from './config.js';
import { connectErrorBody, errors, type OperationalError } from './errors.js';
import { appendTimings, encodeReply, Format, outcome } from './replies.js';

export interface AppDeps {
  config: EngineConfig;
  store: Store;
  dispatcher: Dispatcher;
  sessions: Sessions;
  ledger: Ledger;
  /** Main-thread read view (reconciliation). */
  view: LmdbReadView;
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
/** Connect server streaming (ListSettlements). */
const streamTypes = ['application/connect+proto', 'application/connect+json'];
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
  const { config, dispatcher, sessions, ledger } = deps;
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
    [...protoTypes, 'application/json', ...streamTypes],
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
  const sendResult = (
    request: FastifyRequest,
    reply: FastifyReply,
    handledMs: number,
    result: ItemResult,
    commitUs = 0,
  ): void => {
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
        commitUs,
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
    } else if (spec.streaming) {
      app.post(path, (request, reply) => listSettlements(request, reply, deps, log));
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
      const ledgerOp = ledgerOperation(spec, ledger, deps.store, deps.view);
      app.post(path, (request, reply) => {
        const handledMs = performance.now();
        if (!checkProtocolVersion(request)) return sendError(reply, errors.badProtocolVersion, '');
        const format = formatOf(request.headers['content-type']);
        const t0 = performance.now();
        const decoded = decodeMessage(
          ledgerOp.type,
          ledgerOp.typeName,
          format,
          request.body as Buffer,
          ledgerOp.decoded,
        );
        const decodeUs = (performance.now() - t0) * 1000;
        if (decoded.message === undefined) {
          log.warn({ sscCode: errors.malformed.code }, 'request refused');
          return sendError(reply, errors.malformed, decoded.error.slice(0, 200));
        }
        const message = decoded.message;
        const header = requestContext(message.header);
        const field = ledgerOp.validate(message);
        if (field !== '') {
          const nowMs = Date.now();
          const body = encodeReply(
            spec.reply,
            { outcome: outcome(header.msgId, Reason.InvalidField, field, nowMs), budgetUs: ledgerOp.budgetUs },
            format,
          );
          sendResult(request, reply, handledMs, {
            status: ItemStatus.Reply,
            body,
            queueUs: 0,
            decodeUs,
            decideUs: 0,
            encodeUs: 0,
          });
          return reply;
        }
        ledgerOp.run(message, header, (result) => {
          if (result.status !== LedgerStatus.Done) {
            const error = result.status === LedgerStatus.Overloaded ? errors.overloaded : errors.storeUnavailable;
            log.warn({ sscCode: error.code }, 'request refused');
            sendError(reply, error, '');
            return;
          }
          const t1 = performance.now();
          const body = format === Format.Proto ? result.proto : encodeReply(spec.reply, result.reply, format);
          const encodeUs = (performance.now() - t1) * 1000;
          sendResult(
            request,
            reply,
            handledMs,
            { status: ItemStatus.Reply, body, queueUs: result.queueUs, decodeUs, decideUs: result.decideUs, encodeUs },
            result.commitUs,
          );
        });
        return reply;
      });
    }
  }
  return app;
}

/** A money or reconciliation operation: its request type, validation and how it reaches the ledger. */
interface LedgerOperation {
  type: { decode(b: Uint8Array): LedgerRequest; fromObject(o: Record<string, unknown>): LedgerRequest };
  typeName: string;
  decoded: Decoded<LedgerRequest>;
  budgetUs: number;
  validate(message: LedgerRequest): string;
  run(message: LedgerRequest, header: ReturnType<typeof requestContext>, done: (result: LedgerResult) => void): void;
}

type LedgerRequest = { header?: ssc.v1.IRequestHeader | null } & Record<string, unknown>;

function ledgerOperation(spec: OperationSpec, ledger: Ledger, store: Store, view: LmdbReadView): LedgerOperation {
  const entry = (
    type: unknown,
    typeName: string,
    budgetUs: number,
    validate: (m: LedgerRequest) => string,
    run: LedgerOperation['run'],
  ): LedgerOperation => ({
    type: type as LedgerOperation['type'],
    typeName,
    decoded: new Decoded(),
    budgetUs,
    validate,
    run,
  });
  switch (spec.id) {
    case OpId.Settle:
      return entry(
        v1.SettleRequest,
        'SettleRequest',
        latencyBudgetUs.settle,
        (m) => validateSettle(m as ssc.v1.ISettleRequest),
        (m, header, done) => {
          const input = settleInputOf(m as ssc.v1.ISettleRequest, header);
          ledger.settle(header, input, settleDigest(header, input), done);
        },
      );
    case OpId.CancelSettlement:
      return entry(
        v1.CancelSettlementRequest,
        'CancelSettlementRequest',
        latencyBudgetUs.cancelSettlement,
        (m) => validateCancel(m as ssc.v1.ICancelSettlementRequest),
        (m, header, done) => {
          const id = (m as ssc.v1.ICancelSettlementRequest).settlementId ?? '';
          ledger.cancel(header, id, cancelDigest(header, id), done);
        },
      );
    case OpId.Reverse:
      return entry(
        v1.ReverseRequest,
        'ReverseRequest',
        latencyBudgetUs.reverse,
        (m) => validateReverse(m as ssc.v1.IReverseRequest),
        (m, header, done) => {
          const r = m as ssc.v1.IReverseRequest;
          const original = r.originalMsgId ?? '';
          const op = r.originalOperation ?? 0;
          ledger.reverse(header, original, op, reverseDigest(header, original, op), done);
        },
      );
    default:
      assert(spec.id === OpId.ReconcileTotals, 'every operation has a route');
      return entry(
        v1.ReconcileTotalsRequest,
        'ReconcileTotalsRequest',
        latencyBudgetUs.reconcileTotals,
        (m) => validateReconcile(m as ssc.v1.IReconcileTotalsRequest),
        (m, header, done) => {
          const r = m as ssc.v1.IReconcileTotalsRequest;
          const t0 = performance.now();
          const int = (value: unknown): number => (value as number | null | undefined) ?? 0;
          const reply = reconcileTotals(
            store,
            view,
            {
              header,
              insuranceType: r.insuranceType ?? 0,
              clearingType: r.clearingType ?? 0,
              periodFromMs: int(r.periodFromMs),
              periodToMs: int(r.periodToMs),
              settlementCount: r.settlementCount ?? 0,
              totalFen: int(r.totalFen),
              fundFen: int(r.fundFen),
              accountFen: int(r.accountFen),
              cashFen: int(r.cashFen),
            },
            Date.now(),
          );
          const proto = encodeReply(spec.reply, reply, Format.Proto);
          done({
            status: LedgerStatus.Done,
            reply,
            proto,
            queueUs: 0,
            decideUs: (performance.now() - t0) * 1000,
            commitUs: 0,
          });
        },
      );
  }
}

const decodedList = new Decoded<ssc.v1.ListSettlementsRequest>();
const listCaller = new CallerCheck();
/** Envelopes written to the socket per chunk of a stream. */
const streamChunkEntries = 256;

/**
 * ListSettlements (3202), Connect server streaming: one enveloped request in, a stream of
 * SettlementDetail envelopes out, then the end-of-stream envelope. A decline is the stream's error
 * (permission_denied / invalid_argument) with the reason code in its metadata (`ssc-reason`).
 */
function listSettlements(request: FastifyRequest, reply: FastifyReply, deps: AppDeps, log: pino.Logger): FastifyReply {
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.startsWith('application/connect+')) {
    log.warn({ sscCode: errors.badContentType.code }, 'request refused');
    return sendError(
      reply,
      errors.badContentType,
      'ListSettlements is server streaming: application/connect+proto or +json',
    );
  }
  const format = contentType.startsWith('application/connect+json') ? Format.Json : Format.Proto;
  const envelope = decodeSingleEnvelope(request.body as Buffer);
  const decoded =
    envelope.error === ''
      ? decodeMessage(v1.ListSettlementsRequest, 'ListSettlementsRequest', format, envelope.message, decodedList)
      : undefined;
  if (decoded?.message === undefined) {
    log.warn({ sscCode: errors.malformed.code }, 'request refused');
    return sendError(reply, errors.malformed, (envelope.error || decoded?.error || '').slice(0, 200));
  }
  const message = decoded.message;
  const header = requestContext(message.header);
  reply
    .code(200)
    .header('content-type', format === Format.Json ? 'application/connect+json' : 'application/connect+proto');
  const field = validateListSettlements(message);
  const declined = (code: string, reason: string, detail: string): FastifyReply =>
    reply.send(
      endStream(
        { code, message: `${reason} ${reasonText(reason as ReasonCode).en}${detail === '' ? '' : ': ' + detail}` },
        { 'ssc-reason': [reason], ...(detail === '' ? {} : { 'ssc-field': [detail] }) },
      ),
    );
  if (field !== '') return declined('invalid_argument', Reason.InvalidField, field);
  const nowMs = Date.now();
  deps.view.refresh();
  authorizeCaller(deps.view, header, true, nowMs, listCaller);
  if (listCaller.reason !== Reason.Approved) {
    const code = listCaller.reason === Reason.InvalidField ? 'invalid_argument' : 'permission_denied';
    return declined(code, listCaller.reason, listCaller.field);
  }
  const filter = {
    institutionCode: header.institutionCode,
    insuranceType: message.insuranceType ?? 0,
    clearingType: message.clearingType ?? 0,
    fromMs: (message.periodFromMs as number | null | undefined) ?? 0,
    toMs: (message.periodToMs as number | null | undefined) ?? 0,
  };
  const store = deps.store;
  function* envelopes(): Generator<Buffer> {
    const outcome = { truncated: false };
    let chunk: Buffer[] = [];
    for (const detail of listEntries(store, filter, limits.listEntriesMax, outcome)) {
      const bytes =
        format === Format.Json
          ? Buffer.from(
              JSON.stringify(v1.SettlementDetail.toObject(v1.SettlementDetail.fromObject(detail), jsonOptions)),
              'utf8',
            )
          : Buffer.from(v1.SettlementDetail.encode(detail).finish());
      chunk.push(encodeEnvelope(0, bytes));
      if (chunk.length === streamChunkEntries) {
        yield Buffer.concat(chunk);
        chunk = [];
      }
    }
    chunk.push(
      endStream(
        outcome.truncated
          ? {
              code: 'resource_exhausted',
              message: `more than ${limits.listEntriesMax} entries: ask for a shorter period`,
            }
          : undefined,
      ),
    );
    yield Buffer.concat(chunk);
  }
  return reply.send(Readable.from(envelopes(), { objectMode: false }));
}

const jsonOptions = { enums: String, longs: Number, json: true };

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
