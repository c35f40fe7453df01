// The unary terminal operations, independent of the transport: bytes in (protobuf or proto3 JSON),
// a reply body (without timings) or a coded operational error out. The HTTP routes (app.ts) and the
// TCP server (tcp.ts) both call these, so a request means the same on every transport.
//   Inquire, PreSettle      -> the dispatcher (worker pool or inline)
//   SignIn, SignOut         -> the session writer (main thread)
//   Settle, Cancel, Reverse -> the ledger (single writer, group commit)
//   ReconcileTotals         -> a read on the main thread

import { performance } from 'node:perf_hooks';
import { type OperationSpec, OpId, operations } from '../../protocol/operations.js';
import { type ssc, v1 } from '../../protocol/pb.js';
import {
  validateCancel,
  validateReconcile,
  validateReverse,
  validateSettle,
  validateSignIn,
  validateSignOut,
} from '../../protocol/validate.js';
import { ItemStatus, noReason } from '../../workers/batch.js';
import { type Dispatcher, DispatchStatus, type ItemResult } from '../../workers/pool.js';
import { AuthProblem, authenticate, authProblemText, type TerminalKeys } from '../auth/terminal-keys.js';
import { assert } from '../core/assert.js';
import { latencyBudgetUs } from '../core/budgets.js';
import { limits } from '../core/limits.js';
import { type RequestContext, TerminalStatus } from '../core/model.js';
import { Reason, type ReasonCode, reasonCatalogue, reasonIndex } from '../core/reasons.js';
import { cancelDigest, reverseDigest, settleDigest } from '../ledger/digest.js';
import { type Ledger, type LedgerResult, LedgerStatus } from '../ledger/ledger.js';
import { reconcileTotals } from '../ledger/reconcile.js';
import { nowMs as clockNowMs } from '../runtime/clock.js';
import { endIfAssertion } from '../runtime/fatal.js';
import type { Sessions } from '../sessions/sessions.js';
import type { LmdbReadView } from '../store/read-view.js';
import { isStorageError, type Store } from '../store/store.js';
import { encodeReply, Format, outcome } from '../wire/replies.js';
import { Decoded, decodeMessage, requestContext, settleInputOf } from '../wire/requests.js';
import { errors, type OperationalError } from './errors.js';

export interface HandlerDeps {
  /** Unsealed terminal keys for the main thread's MAC checks. */
  keys: TerminalKeys;
  dispatcher: Dispatcher;
  sessions: Sessions;
  ledger: Ledger;
  store: Store;
  /** Main-thread read view (reconciliation). */
  view: LmdbReadView;
}

/** A reply body without timings (error undefined), or the coded error and its detail. */
export interface HandledResult {
  error: OperationalError | undefined;
  detail: string;
  body: Buffer;
  queueUs: number;
  decodeUs: number;
  decideUs: number;
  encodeUs: number;
  commitUs: number;
  /** The answer's reason code ('' for an error). */
  reason: string;
}

/** mac: the request's MAC as received (HTTP header / TCP frame), empty when none was sent. */
export type Handler = (format: Format, body: Buffer, mac: Uint8Array, done: (result: HandledResult) => void) => void;

const emptyBody = Buffer.alloc(0);

function failed(error: OperationalError, detail: string, decodeUs = 0): HandledResult {
  return { error, detail, body: emptyBody, queueUs: 0, decodeUs, decideUs: 0, encodeUs: 0, commitUs: 0, reason: '' };
}

/** A worker's (or the inline authorizer's, or the session writer's) item result. */
function fromItem(result: ItemResult): HandledResult {
  if (result.status === ItemStatus.Reply) {
    return {
      error: undefined,
      detail: '',
      body: result.body,
      queueUs: result.queueUs,
      decodeUs: result.decodeUs,
      decideUs: result.decideUs,
      encodeUs: result.encodeUs,
      commitUs: 0,
      reason: reasonCatalogue[result.reason]?.code ?? '',
    };
  }
  if (result.status === ItemStatus.Malformed) return failed(errors.malformed, result.body.toString('utf8'));
  if (result.status === ItemStatus.Unauthenticated) return failed(errors.unauthenticated, result.body.toString('utf8'));
  if (result.status === ItemStatus.Internal) return failed(errors.internal, '');
  return failed(result.status === DispatchStatus.Overloaded ? errors.overloaded : errors.workerFailed, '');
}

/**
 * Before a body over limits.unsignedBodyBytesMax is decoded: its MAC must verify over the raw bytes
 * with the key of the terminal named outside the body ('' when it may be decoded, else why not;
 * answered 401 SSC_UNAUTHENTICATED). Small bodies are decoded first as before: an unknown terminal
 * then gets its I02 decision. The full check (MAC and clock) still runs after decoding.
 */
export function checkBeforeDecode(
  deps: Pick<HandlerDeps, 'view' | 'keys'>,
  terminalId: string | undefined,
  mac: Uint8Array,
  body: Uint8Array,
): string {
  if (body.length <= limits.unsignedBodyBytesMax) return '';
  if (terminalId === undefined || terminalId === '')
    return `a body over ${limits.unsignedBodyBytesMax} bytes names its terminal (x-ssc-terminal-id) and is verified before it is read`;
  const terminal = deps.view.terminal(terminalId);
  if (terminal === undefined || terminal.status !== TerminalStatus.Active) return 'terminal unknown or not active';
  return deps.keys.macMatches(terminal, mac, body) ? '' : 'MAC does not verify';
}

/** One handler per unary operation (ListSettlements streams, see app.ts). */
export function createHandlers(deps: HandlerDeps): Map<number, Handler> {
  const handlers = new Map<number, Handler>();
  for (const spec of operations) {
    if (spec.streaming) continue;
    if (spec.id === OpId.Inquire || spec.id === OpId.PreSettle) {
      handlers.set(spec.id, (format, body, mac, done) =>
        deps.dispatcher.submit(spec.id, format, mac, body, (result) => done(fromItem(result))),
      );
    } else if (spec.id === OpId.SignIn || spec.id === OpId.SignOut) {
      handlers.set(spec.id, (format, body, mac, done) => {
        signInOrOut(spec, deps, format, body, mac).then(
          (result) => done(result === undefined ? failed(errors.storeUnavailable, '') : fromItem(result)),
          (error: unknown) => {
            endIfAssertion('sessions', error);
            done(failed(isStorageError(error) ? errors.storeUnavailable : errors.internal, ''));
          },
        );
      });
    } else {
      handlers.set(spec.id, ledgerHandler(spec, deps, ledgerOperation(spec, deps.ledger, deps.store, deps.view)));
    }
  }
  return handlers;
}

/** decode -> validate (V01 answered here) -> the ledger (or the reconciliation read). */
function ledgerHandler(spec: OperationSpec, deps: HandlerDeps, ledgerOp: LedgerOperation): Handler {
  return (format, body, mac, done) => {
    const t0 = performance.now();
    const decoded = decodeMessage(ledgerOp.type, ledgerOp.typeName, format, body, ledgerOp.decoded);
    const decodeUs = (performance.now() - t0) * 1000;
    if (decoded.message === undefined) {
      done(failed(errors.malformed, decoded.error.slice(0, 200), decodeUs));
      return;
    }
    const message = decoded.message;
    const header = requestContext(message.header);
    const auth = authenticateOnMain(deps, header, mac, body);
    if (auth !== AuthProblem.None) {
      done(failed(errors.unauthenticated, authProblemText(auth), decodeUs));
      return;
    }
    const field = ledgerOp.validate(message);
    if (field !== '') {
      const reply = {
        outcome: outcome(header.msgId, Reason.InvalidField, field, clockNowMs()),
        budgetUs: ledgerOp.budgetUs,
      };
      done({
        error: undefined,
        detail: '',
        body: encodeReply(spec.reply, reply, format),
        queueUs: 0,
        decodeUs,
        decideUs: 0,
        encodeUs: 0,
        commitUs: 0,
        reason: Reason.InvalidField,
      });
      return;
    }
    ledgerOp.run(message, header, (result) => {
      if (result.status !== LedgerStatus.Done) {
        done(failed(result.status === LedgerStatus.Overloaded ? errors.overloaded : errors.storeUnavailable, ''));
        return;
      }
      const t1 = performance.now();
      const bytes = format === Format.Proto ? result.proto : encodeReply(spec.reply, result.reply, format);
      done({
        error: undefined,
        detail: '',
        body: bytes,
        queueUs: result.queueUs,
        decodeUs,
        decideUs: result.decideUs,
        encodeUs: (performance.now() - t1) * 1000,
        commitUs: result.commitUs,
        reason: (result.reply as { outcome?: { reason?: string } }).outcome?.reason ?? '',
      });
    });
  };
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
            clockNowMs(),
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

const decodedSignIn = new Decoded<ssc.v1.SignInRequest>();

/** MAC and clock checks on the main thread (a fresh snapshot: the terminal record may have changed). */
export function authenticateOnMain(
  deps: Pick<HandlerDeps, 'view' | 'keys'>,
  header: RequestContext,
  mac: Uint8Array,
  body: Uint8Array,
): AuthProblem {
  deps.view.refresh();
  return authenticate(deps.view, deps.keys, header, mac, body, clockNowMs());
}

/** Sign-in and sign-out on the main thread (they write). undefined: the store refused the write. */
async function signInOrOut(
  spec: OperationSpec,
  deps: HandlerDeps,
  format: Format,
  body: Buffer,
  mac: Uint8Array,
): Promise<ItemResult | undefined> {
  const sessions = deps.sessions;
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
      reason: noReason,
    };
  }
  const header = requestContext(decoded.message.header);
  const auth = authenticateOnMain(deps, header, mac, body);
  if (auth !== AuthProblem.None) {
    return {
      status: ItemStatus.Unauthenticated,
      body: Buffer.from(authProblemText(auth)),
      queueUs: 0,
      decodeUs: (t1 - t0) * 1000,
      decideUs: 0,
      encodeUs: 0,
      reason: noReason,
    };
  }
  const nowMs = clockNowMs();
  const signingIn = spec.id === OpId.SignIn;
  const field = signingIn ? validateSignIn(decoded.message) : validateSignOut(decoded.message);
  const budgetUs = signingIn ? latencyBudgetUs.signIn : latencyBudgetUs.signOut;
  let reply: { outcome: { reason: string } } & Record<string, unknown>;
  if (field !== '') {
    reply = { outcome: outcome(header.msgId, Reason.InvalidField, field, nowMs), budgetUs };
  } else {
    let result: Awaited<ReturnType<Sessions['signIn']>>;
    try {
      result = signingIn ? await sessions.signIn(header, nowMs) : await sessions.signOut(header, nowMs);
    } catch (error) {
      // The store refused the write (disk full, read-only): 503 S01. Anything else is not ours to hide.
      if (isStorageError(error)) return undefined;
      throw error;
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
    reason: reasonIndex(reply.outcome.reason as ReasonCode),
  };
}
