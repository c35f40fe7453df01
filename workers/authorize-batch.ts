// Hot path: bench/load/inquire-http.ts. Decides a packed batch of read-only requests: bytes in,
// bytes out; decode, validate, decide and encode all happen here. Runs inside a piscina worker, or
// on the main thread when the engine is configured inline: the same code either way.

import { performance } from 'node:perf_hooks';
import { AuthProblem, authenticate, authProblemText, type TerminalKeys } from '../engine/auth/terminal-keys.js';
import { assert } from '../engine/core/assert.js';
import { latencyBudgetUs } from '../engine/core/budgets.js';
import { decideInquire, type InquireInput } from '../engine/core/decide-inquire.js';
import { decidePreSettle } from '../engine/core/decide-pre-settle.js';
import type { ReadView, RequestContext } from '../engine/core/model.js';
import type { BenefitPolicy } from '../engine/core/policy.js';
import { Reason, type ReasonCode, reasonIndex } from '../engine/core/reasons.js';
import type { DecisionSettings } from '../engine/core/settings.js';
import { nowMs as clockNowMs } from '../engine/runtime/clock.js';
import { endIfAssertion } from '../engine/runtime/fatal.js';
import { fault } from '../engine/runtime/faults.js';
import {
  encodeReply,
  type Format,
  type OutcomeMessage,
  outcome,
  personSummary,
  settleReplyBody,
} from '../engine/wire/replies.js';
import { credentialInput, Decoded, decodeMessage, requestContext, settleInputOf } from '../engine/wire/requests.js';
import { type MessageType, OpId } from '../protocol/operations.js';
import { type ssc, v1 } from '../protocol/pb.js';
import { validateInquire, validateSettle } from '../protocol/validate.js';
import { ItemStatus, noReason, ReplyBatchWriter, RequestBatchReader } from './batch.js';

/** Where an authorizer runs: a piscina worker, or the main thread (inline mode, idle-inline). */
export type AuthorizerContext = 'worker' | 'inline';

export interface Authorizer {
  /** Decides every request of a packed batch and returns the packed replies. */
  run(batch: ArrayBuffer): ArrayBuffer;
}

export function createAuthorizer(
  view: ReadView & { refresh(): void; release(): void },
  settings: DecisionSettings,
  policy: BenefitPolicy,
  keys: TerminalKeys,
  context: AuthorizerContext,
): Authorizer {
  const malformed = (text: string): Buffer => Buffer.from(text.slice(0, 200), 'utf8');

  /** One read-only operation: its messages, budget, validation and decision (built once). */
  interface Handler<T> {
    requestType: { decode(b: Uint8Array): T; fromObject(o: Record<string, unknown>): T };
    typeName: string;
    replyType: MessageType<unknown>;
    budgetUs: number;
    decoded: Decoded<T>;
    validate(request: T): string;
    header(request: T): RequestContext;
    /** The reply body for a valid request. */
    decide(request: T, header: RequestContext, nowMs: number): object;
  }

  const inquire: Handler<ssc.v1.InquireRequest> = {
    requestType: v1.InquireRequest,
    typeName: 'InquireRequest',
    replyType: v1.InquireReply,
    budgetUs: latencyBudgetUs.inquire,
    decoded: new Decoded<ssc.v1.InquireRequest>(),
    validate: validateInquire,
    header: (request) => requestContext(request.header),
    decide(request, header, nowMs) {
      const input: InquireInput = {
        header,
        credential: credentialInput(request.credential),
        medicalType: request.medicalType ?? 0,
        insuranceType: request.insuranceType ?? 0,
      };
      const decision = decideInquire(view, input, nowMs, settings);
      const head = outcome(header.msgId, decision.reason, decision.field, nowMs);
      return decision.person === undefined
        ? { outcome: head, budgetUs: this.budgetUs }
        : { outcome: head, person: personSummary(decision.person, decision.account), budgetUs: this.budgetUs };
    },
  };

  const preSettle: Handler<ssc.v1.SettleRequest> = {
    requestType: v1.SettleRequest,
    typeName: 'SettleRequest',
    replyType: v1.SettleReply,
    budgetUs: latencyBudgetUs.preSettle,
    decoded: new Decoded<ssc.v1.SettleRequest>(),
    validate: validateSettle,
    header: (request) => requestContext(request.header),
    decide(request, header, nowMs) {
      const input = settleInputOf(request, header);
      const decision = decidePreSettle(view, input, nowMs, settings, policy);
      const head = outcome(header.msgId, decision.reason, decision.field, nowMs);
      return settleReplyBody(head, decision, policy.version, this.budgetUs);
    },
  };

  /** decode -> validate (V01) -> decide -> encode, timing each stage. */
  function handle<T>(
    handler: Handler<T>,
    format: number,
    mac: Buffer,
    body: Buffer,
    nowMs: number,
    startUs: number,
    replies: ReplyBatchWriter,
  ): void {
    const t0 = performance.now();
    const decoded = decodeMessage(handler.requestType, handler.typeName, format, body, handler.decoded);
    const t1 = performance.now();
    if (decoded.message === undefined) {
      replies.add(ItemStatus.Malformed, malformed(decoded.error), startUs, (t1 - t0) * 1000, 0, 0, noReason);
      return;
    }
    const request = decoded.message;
    const header = handler.header(request);
    const auth = authenticate(view, keys, header, mac, body, nowMs);
    if (auth !== AuthProblem.None) {
      replies.add(
        ItemStatus.Unauthenticated,
        Buffer.from(authProblemText(auth)),
        startUs,
        (t1 - t0) * 1000,
        0,
        0,
        noReason,
      );
      return;
    }
    const field = handler.validate(request);
    const reply: { outcome: OutcomeMessage } =
      field === ''
        ? (handler.decide(request, header, nowMs) as { outcome: OutcomeMessage })
        : ({ outcome: outcome(header.msgId, Reason.InvalidField, field, nowMs), budgetUs: handler.budgetUs } as {
            outcome: OutcomeMessage;
          });
    const t2 = performance.now();
    const bytes = encodeReply(handler.replyType, reply, format as Format);
    const t3 = performance.now();
    replies.add(
      ItemStatus.Reply,
      bytes,
      startUs,
      (t1 - t0) * 1000,
      (t2 - t1) * 1000,
      (t3 - t2) * 1000,
      reasonIndex(reply.outcome.reason as ReasonCode),
    );
  }

  function decideBatch(batch: ArrayBuffer): ArrayBuffer {
    const started = performance.now();
    view.refresh();
    const nowMs = clockNowMs();
    const requests = new RequestBatchReader(batch);
    const replies = new ReplyBatchWriter();
    if (requests.count > 0) fault(context); // test hook (the start-up batches are empty)
    for (let i = 0; i < requests.count; i++) {
      requests.next();
      const startUs = (performance.now() - started) * 1000;
      if (requests.opId === OpId.Inquire) {
        handle(inquire, requests.format, requests.mac(), requests.body(), nowMs, startUs, replies);
      } else {
        assert(requests.opId === OpId.PreSettle, 'only read-only operations reach the authorizer');
        handle(preSettle, requests.format, requests.mac(), requests.body(), nowMs, startUs, replies);
      }
    }
    view.release();
    return replies.finish((performance.now() - started) * 1000);
  }

  return {
    // The assertion policy (docs/RELIABILITY.md): an assertion failure ends the process, from a
    // worker as from the main thread; any other exception answers each request of the batch
    // 500 SSC_INTERNAL (a deterministic failure must not look like a safe-to-retry 503).
    run(batch: ArrayBuffer): ArrayBuffer {
      try {
        return decideBatch(batch);
      } catch (error) {
        endIfAssertion(context, error);
        view.release();
        return internalReplies(batch);
      }
    },
  };
}

/** Every request of the batch answered ItemStatus.Internal. */
function internalReplies(batch: ArrayBuffer): ArrayBuffer {
  const count = new RequestBatchReader(batch).count;
  const replies = new ReplyBatchWriter();
  for (let i = 0; i < count; i++) replies.add(ItemStatus.Internal, emptyBody, 0, 0, 0, 0, noReason);
  return replies.finish(0);
}

const emptyBody = new Uint8Array(0);
