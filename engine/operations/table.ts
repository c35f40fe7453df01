// The operation table: everything the engine knows about each terminal operation, in one row. The
// contract's row (protocol/operations.ts: method, national codes, message types) plus the engine's
// columns: where the operation is decided (its route), its latency budget, its validation and its
// decision or hand-off. Keyed by every name of OpId, so an operation without a row, or a row
// without a column, does not compile (the Connect-ES ServiceImpl idea). Every transport runs a
// row through the same stages (engine/operations/stages.ts, pipeline.ts). docs/OPERATIONS.md has
// the recipe for adding one.
//
//   read      read-only, decided on the main thread                  ReconcileTotals
//   sessions  writes a sign-in record on the main thread             SignIn, SignOut
//   pool      read-only, decided on a worker thread (or inline)      Inquire, PreSettle, QueryFilings,
//                                                                    ListDiseases
//   ledger    the single writer, answered once durable                Settle, CancelSettlement, Reverse,
//                                                                    the visit writes (OpenVisit ...),
//                                                                    DecodeEVoucher, the filing writes
//   stream    Connect server streaming (engine/server/app.ts)        ListSettlements

import { type MessageType, type OperationSpec, OpId, operationById } from '../../protocol/operations.js';
import { type ssc, v1 } from '../../protocol/pb.js';
import {
  validateCancel,
  validateCancelVisit,
  validateDecodeEVoucher,
  validateInquire,
  validateListDiseases,
  validateListSettlements,
  validateOpenVisit,
  validateQueryFilings,
  validateReconcile,
  validateRegisterFiling,
  validateReverse,
  validateRevokeFiling,
  validateSettle,
  validateSignIn,
  validateSignOut,
  validateUpdateVisit,
  validateUploadFees,
  validateWithdrawFees,
} from '../../protocol/validate.js';
import { assert } from '../core/assert.js';
import { latencyBudgetUs } from '../core/budgets.js';
import { decideBill } from '../core/decide-bill.js';
import { decideInquire } from '../core/decide-inquire.js';
import { decideListDiseases, decideQueryFilings } from '../core/filings.js';
import type { ReadView, RequestContext } from '../core/model.js';
import type { BenefitPolicy } from '../core/policy.js';
import { Reason } from '../core/reasons.js';
import type { DecisionSettings } from '../core/settings.js';
import { cancelDigest, commandDigest, reverseDigest, settleDigest } from '../ledger/digest.js';
import type { Ledger, LedgerResult } from '../ledger/ledger.js';
import { reconcileTotals } from '../ledger/reconcile.js';
import type { LedgerCommand } from '../ledger/work.js';
import type { Sessions } from '../sessions/sessions.js';
import type { LmdbReadView } from '../store/read-view.js';
import type { Store } from '../store/store.js';
import { personNoOf } from '../wire/person-no.js';
import { filingMessage, type OutcomeMessage, outcome, personSummary, settleReplyBody } from '../wire/replies.js';
import { credentialInput, filingCommandOf, settleInputOf, visitCommandOf } from '../wire/requests.js';

export type OperationName = keyof typeof OpId;

export const Route = { Pool: 'pool', Read: 'read', Sessions: 'sessions', Ledger: 'ledger', Stream: 'stream' } as const;
export type Route = (typeof Route)[keyof typeof Route];

/** A reply message as built (the pipeline sets budgetUs from the row before encoding). */
export interface ReplyBody {
  outcome: OutcomeMessage;
  budgetUs?: number;
}

/** What a worker-thread decision reads: the store's snapshot and the configured rules. */
export interface PoolContext {
  view: ReadView;
  settings: DecisionSettings;
  policy: BenefitPolicy;
}

/** What a main-thread read reads. */
export interface ReadContext {
  store: Store;
  view: LmdbReadView;
}

/** A request message type as protobufjs generates it. */
export interface RequestType<Req> {
  decode(bytes: Uint8Array): Req;
  fromObject(object: Record<string, unknown>): Req;
}

interface RowBase<Req> {
  readonly op: OpId;
  /** The contract's row: method, national codes (infno), message types. */
  readonly spec: OperationSpec;
  readonly request: RequestType<Req>;
  /** The request's message name (proto3 JSON field check). */
  readonly typeName: string;
  /** '' when valid, else the field answered V01. */
  readonly validate: (request: Req) => string;
}

interface UnaryBase<Req> extends RowBase<Req> {
  readonly reply: MessageType<unknown>;
  /** Server-side latency budget, carried in every reply (core/budgets.ts). */
  readonly budgetUs: number;
}

export interface PoolRow<Req> extends UnaryBase<Req> {
  readonly route: typeof Route.Pool;
  /** The decision, pure over the snapshot (it never writes). */
  readonly decide: (ctx: PoolContext, request: Req, header: RequestContext, nowMs: number) => ReplyBody;
}

export interface ReadRow<Req> extends UnaryBase<Req> {
  readonly route: typeof Route.Read;
  readonly decide: (ctx: ReadContext, request: Req, header: RequestContext, nowMs: number) => ReplyBody;
}

export interface SessionsRow<Req> extends UnaryBase<Req> {
  readonly route: typeof Route.Sessions;
  /** Rejects with a storage error when the store refuses the write. */
  readonly decide: (sessions: Sessions, header: RequestContext, nowMs: number) => Promise<ReplyBody>;
}

export interface LedgerRow<Req> extends UnaryBase<Req> {
  readonly route: typeof Route.Ledger;
  /** Hands the request to the single writer; done once its group is durable (or refused). */
  readonly submit: (ledger: Ledger, request: Req, header: RequestContext, done: (result: LedgerResult) => void) => void;
}

export interface StreamRow<Req> extends RowBase<Req> {
  readonly route: typeof Route.Stream;
}

export type Row<Req> = PoolRow<Req> | ReadRow<Req> | SessionsRow<Req> | LedgerRow<Req> | StreamRow<Req>;
// biome-ignore lint/suspicious/noExplicitAny: a row of any request type (each row is typed where it is built)
export type AnyRow = Row<any>;
export type UnaryRow = Exclude<AnyRow, StreamRow<unknown>>;

/** One row for every operation of the contract: a missing one does not compile. */
export type OperationTable = { readonly [K in OperationName]: AnyRow };

type Columns<R> = Omit<R, 'op' | 'spec' | 'reply' | 'route'>;

function contract(op: OpId): { op: OpId; spec: OperationSpec; reply: MessageType<unknown> } {
  const spec = operationById(op);
  return { op, spec, reply: spec.reply };
}

function pool<Req>(op: OpId, columns: Columns<PoolRow<Req>>): PoolRow<Req> {
  return { ...contract(op), route: Route.Pool, ...columns };
}
function read<Req>(op: OpId, columns: Columns<ReadRow<Req>>): ReadRow<Req> {
  return { ...contract(op), route: Route.Read, ...columns };
}
function sessions<Req>(op: OpId, columns: Columns<SessionsRow<Req>>): SessionsRow<Req> {
  return { ...contract(op), route: Route.Sessions, ...columns };
}
function ledger<Req>(op: OpId, columns: Columns<LedgerRow<Req>>): LedgerRow<Req> {
  return { ...contract(op), route: Route.Ledger, ...columns };
}
function stream<Req>(op: OpId, columns: Omit<StreamRow<Req>, 'op' | 'spec' | 'route'>): StreamRow<Req> {
  return { op, spec: operationById(op), route: Route.Stream, ...columns };
}

const int = (value: unknown): number => (value as number | null | undefined) ?? 0;

/**
 * A visit operation or the e-voucher decode: the request as one command to the single writer, with
 * its content digest (idempotency).
 */
function command<Req>(
  op: OpId,
  columns: Omit<Columns<LedgerRow<Req>>, 'submit'> & { commandOf: (request: Req) => LedgerCommand },
): LedgerRow<Req> {
  const { commandOf, ...rest } = columns;
  return ledger<Req>(op, {
    ...rest,
    submit(l: Ledger, request: Req, header: RequestContext, done: (result: LedgerResult) => void) {
      const c = commandOf(request);
      l.command(header, c, commandDigest(header, c.op, c), done);
    },
  });
}

export const operationTable = {
  SignIn: sessions<ssc.v1.SignInRequest>(OpId.SignIn, {
    request: v1.SignInRequest,
    typeName: 'SignInRequest',
    budgetUs: latencyBudgetUs.signIn,
    validate: validateSignIn,
    async decide(s, header, nowMs) {
      const r = await s.signIn(header, nowMs);
      return { outcome: outcome(header.msgId, r.reason, r.field, nowMs), signNo: r.signNo, signExpiresMs: r.expiresMs };
    },
  }),
  SignOut: sessions<ssc.v1.SignOutRequest>(OpId.SignOut, {
    request: v1.SignOutRequest,
    typeName: 'SignOutRequest',
    budgetUs: latencyBudgetUs.signOut,
    validate: validateSignOut,
    async decide(s, header, nowMs) {
      const r = await s.signOut(header, nowMs);
      return { outcome: outcome(header.msgId, r.reason, r.field, nowMs) };
    },
  }),
  Inquire: pool<ssc.v1.InquireRequest>(OpId.Inquire, {
    request: v1.InquireRequest,
    typeName: 'InquireRequest',
    budgetUs: latencyBudgetUs.inquire,
    validate: validateInquire,
    decide(ctx, request, header, nowMs) {
      const input = {
        header,
        credential: credentialInput(request.credential),
        medicalType: request.medicalType ?? 0,
        insuranceType: request.insuranceType ?? 0,
      };
      const decision = decideInquire(ctx.view, input, nowMs, ctx.settings);
      const head = outcome(header.msgId, decision.reason, decision.field, nowMs);
      return decision.person === undefined
        ? { outcome: head }
        : { outcome: head, person: personSummary(decision.person, decision.account) };
    },
  }),
  PreSettle: pool<ssc.v1.SettleRequest>(OpId.PreSettle, {
    request: v1.SettleRequest,
    typeName: 'SettleRequest',
    budgetUs: latencyBudgetUs.preSettle,
    validate: validateSettle,
    decide(ctx, request, header, nowMs) {
      const input = settleInputOf(request, header);
      const decision = decideBill(ctx.view, input, nowMs, ctx.settings, ctx.policy);
      const head = outcome(header.msgId, decision.reason, decision.field, nowMs);
      const body = settleReplyBody(head, decision, ctx.policy.version, latencyBudgetUs.preSettle) as ReplyBody;
      return input.visitId === '' ? body : { ...body, visitId: input.visitId };
    },
  }),
  Settle: ledger<ssc.v1.SettleRequest>(OpId.Settle, {
    request: v1.SettleRequest,
    typeName: 'SettleRequest',
    budgetUs: latencyBudgetUs.settle,
    validate: validateSettle,
    submit(l, request, header, done) {
      const input = settleInputOf(request, header);
      l.settle(header, input, settleDigest(header, input), done);
    },
  }),
  CancelSettlement: ledger<ssc.v1.CancelSettlementRequest>(OpId.CancelSettlement, {
    request: v1.CancelSettlementRequest,
    typeName: 'CancelSettlementRequest',
    budgetUs: latencyBudgetUs.cancelSettlement,
    validate: validateCancel,
    submit(l, request, header, done) {
      const id = request.settlementId ?? '';
      l.cancel(header, id, cancelDigest(header, id), done);
    },
  }),
  Reverse: ledger<ssc.v1.ReverseRequest>(OpId.Reverse, {
    request: v1.ReverseRequest,
    typeName: 'ReverseRequest',
    budgetUs: latencyBudgetUs.reverse,
    validate: validateReverse,
    submit(l, request, header, done) {
      const original = request.originalMsgId ?? '';
      const op = request.originalOperation ?? 0;
      l.reverse(header, original, op, reverseDigest(header, original, op), done);
    },
  }),
  ReconcileTotals: read<ssc.v1.ReconcileTotalsRequest>(OpId.ReconcileTotals, {
    request: v1.ReconcileTotalsRequest,
    typeName: 'ReconcileTotalsRequest',
    budgetUs: latencyBudgetUs.reconcileTotals,
    validate: validateReconcile,
    decide(ctx, r, header, nowMs) {
      const input = {
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
      };
      return reconcileTotals(ctx.store, ctx.view, input, nowMs) as ReplyBody;
    },
  }),
  ListSettlements: stream<ssc.v1.ListSettlementsRequest>(OpId.ListSettlements, {
    request: v1.ListSettlementsRequest,
    typeName: 'ListSettlementsRequest',
    validate: validateListSettlements,
  }),
  // Visits: written by the single writer like money (core/visits.ts, ledger/visit-book.ts).
  OpenVisit: command<ssc.v1.OpenVisitRequest>(OpId.OpenVisit, {
    request: v1.OpenVisitRequest,
    typeName: 'OpenVisitRequest',
    budgetUs: latencyBudgetUs.openVisit,
    validate: validateOpenVisit,
    commandOf: visitCommandOf.open,
  }),
  UpdateVisit: command<ssc.v1.UpdateVisitRequest>(OpId.UpdateVisit, {
    request: v1.UpdateVisitRequest,
    typeName: 'UpdateVisitRequest',
    budgetUs: latencyBudgetUs.updateVisit,
    validate: validateUpdateVisit,
    commandOf: visitCommandOf.update,
  }),
  UploadFees: command<ssc.v1.UploadFeesRequest>(OpId.UploadFees, {
    request: v1.UploadFeesRequest,
    typeName: 'UploadFeesRequest',
    budgetUs: latencyBudgetUs.uploadFees,
    validate: validateUploadFees,
    commandOf: visitCommandOf.upload,
  }),
  WithdrawFees: command<ssc.v1.WithdrawFeesRequest>(OpId.WithdrawFees, {
    request: v1.WithdrawFeesRequest,
    typeName: 'WithdrawFeesRequest',
    budgetUs: latencyBudgetUs.withdrawFees,
    validate: validateWithdrawFees,
    commandOf: visitCommandOf.withdraw,
  }),
  CancelVisit: command<ssc.v1.CancelVisitRequest>(OpId.CancelVisit, {
    request: v1.CancelVisitRequest,
    typeName: 'CancelVisitRequest',
    budgetUs: latencyBudgetUs.cancelVisit,
    validate: validateCancelVisit,
    commandOf: visitCommandOf.cancel,
  }),
  // The e-voucher decode binds the voucher to the caller's institution: a write of the writer's.
  DecodeEVoucher: command<ssc.v1.DecodeEVoucherRequest>(OpId.DecodeEVoucher, {
    request: v1.DecodeEVoucherRequest,
    typeName: 'DecodeEVoucherRequest',
    budgetUs: latencyBudgetUs.decodeEVoucher,
    validate: validateDecodeEVoucher,
    commandOf: (request) => ({ op: 9, qrCode: request.qrCode ?? '' }),
  }),
  // Filings (core/filings.ts): written by the single writer, read by the next decision.
  RegisterFiling: command<ssc.v1.RegisterFilingRequest>(OpId.RegisterFiling, {
    request: v1.RegisterFilingRequest,
    typeName: 'RegisterFilingRequest',
    budgetUs: latencyBudgetUs.registerFiling,
    validate: validateRegisterFiling,
    commandOf: filingCommandOf.register,
  }),
  RevokeFiling: command<ssc.v1.RevokeFilingRequest>(OpId.RevokeFiling, {
    request: v1.RevokeFilingRequest,
    typeName: 'RevokeFilingRequest',
    budgetUs: latencyBudgetUs.revokeFiling,
    validate: validateRevokeFiling,
    commandOf: filingCommandOf.revoke,
  }),
  QueryFilings: pool<ssc.v1.QueryFilingsRequest>(OpId.QueryFilings, {
    request: v1.QueryFilingsRequest,
    typeName: 'QueryFilingsRequest',
    budgetUs: latencyBudgetUs.queryFilings,
    validate: validateQueryFilings,
    decide(ctx, request, header, nowMs) {
      const input = {
        header,
        personNo: request.personNo ?? '',
        credential: credentialInput(request.credential),
        kind: request.kind ?? 0,
      };
      const decision = decideQueryFilings(ctx.view, input, nowMs, ctx.settings);
      const head = outcome(header.msgId, decision.reason, decision.field, nowMs);
      return decision.person === undefined
        ? { outcome: head }
        : {
            outcome: head,
            filings: decision.filings.map((f) => filingMessage(f, ctx.policy)),
            personNo: personNoOf(decision.person.idNo),
          };
    },
  }),
  ListDiseases: pool<ssc.v1.ListDiseasesRequest>(OpId.ListDiseases, {
    request: v1.ListDiseasesRequest,
    typeName: 'ListDiseasesRequest',
    budgetUs: latencyBudgetUs.listDiseases,
    validate: validateListDiseases,
    decide(ctx, _request, header, nowMs) {
      const decision = decideListDiseases(ctx.view, header, nowMs);
      const head = outcome(header.msgId, decision.reason, decision.field, nowMs);
      if (decision.reason !== Reason.Approved) return { outcome: head };
      return { outcome: head, diseases: ctx.policy.chronicDiseases, version: ctx.policy.version };
    },
  }),
} as const satisfies OperationTable;

/** The rows by OpId (index = id). */
const byId: AnyRow[] = [];
for (const [name, row] of Object.entries(operationTable) as [OperationName, AnyRow][]) {
  assert(row.op === OpId[name] && row.spec.method === name, `operation row ${name} is its own operation`);
  byId[row.op] = row;
}

export function rowOf(op: number): AnyRow | undefined {
  return byId[op];
}

/** Every row, in OpId order. */
export const operationRows: readonly AnyRow[] = byId.filter((row) => row !== undefined);
