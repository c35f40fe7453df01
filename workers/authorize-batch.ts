// Hot path: bench/load/inquire-http.ts. Decides a packed batch of the pool route's requests (the
// operation table's read-only rows): bytes in, bytes out; every stage (engine/operations/stages.ts)
// runs here. Runs inside a piscina worker, or on the main thread when the engine is configured
// inline: the same code either way.

import { performance } from 'node:perf_hooks';
import type { TerminalKeys } from '../engine/auth/terminal-keys.js';
import { assert } from '../engine/core/assert.js';
import type { ReadView } from '../engine/core/model.js';
import type { BenefitPolicy } from '../engine/core/policy.js';
import { type ReasonCode, reasonIndex } from '../engine/core/reasons.js';
import type { DecisionSettings } from '../engine/core/settings.js';
import { encodeStage, invalidReply, Prepared, prepare } from '../engine/operations/stages.js';
import { type PoolContext, type PoolRow, Route, rowOf } from '../engine/operations/table.js';
import { nowMs as clockNowMs } from '../engine/runtime/clock.js';
import { endIfAssertion } from '../engine/runtime/fatal.js';
import { fault } from '../engine/runtime/faults.js';
import { noReason, Status } from '../engine/wire/handled.js';
import { ReplyBatchWriter, RequestBatchReader } from './batch.js';

/** Where an authorizer runs: a piscina worker, or the main thread (inline mode, idle-inline). */
export type AuthorizerContext = 'worker' | 'inline';

export interface Authorizer {
  /** Decides every request of a packed batch and returns the packed replies. */
  run(batch: ArrayBuffer): ArrayBuffer;
  /**
   * Decides one request on the main thread (inline), nothing packed: on the read snapshot of this
   * event-loop turn (taken by the turn's first request, ended when the turn ends).
   */
  decideOne(opId: number, format: number, auth: number, mac: Uint8Array, body: Uint8Array): OneReply;
}

/** The request as the stages read it: a packed batch's current item, or one request as it came. */
interface RequestItem {
  readonly format: number;
  readonly auth: number;
  body(): Uint8Array;
  mac(): Uint8Array;
}

/** One request as it came, reused for the next (decideOne). */
class OneRequest implements RequestItem {
  format = 0;
  auth = 0;
  private bodyBytes: Uint8Array = emptyBody;
  private macBytes: Uint8Array = emptyBody;

  set(format: number, auth: number, mac: Uint8Array, body: Uint8Array): void {
    this.format = format;
    this.auth = auth;
    this.macBytes = mac;
    this.bodyBytes = body;
  }

  body(): Uint8Array {
    return this.bodyBytes;
  }

  mac(): Uint8Array {
    return this.macBytes;
  }
}

/** Where the stages put an answer: a packed batch (ReplyBatchWriter), or one reply (OneReply). */
type ReplySink = Pick<ReplyBatchWriter, 'add'>;

/** One request's answer, as ReplyBatchReader gives each of a batch. */
export class OneReply implements ReplySink {
  status: Status = Status.Internal;
  body: Uint8Array = emptyBody;
  decodeUs = 0;
  decideUs = 0;
  encodeUs = 0;
  reasonIndex = noReason;
  verified = false;

  add(...[status, body, , decodeUs, decideUs, encodeUs, reasonIndex, verified]: Parameters<ReplySink['add']>): void {
    this.status = status;
    this.body = body;
    this.decodeUs = decodeUs;
    this.decideUs = decideUs;
    this.encodeUs = encodeUs;
    this.reasonIndex = reasonIndex;
    this.verified = verified;
  }
}

export function createAuthorizer(
  view: ReadView & { refresh(): void; release(): void },
  settings: DecisionSettings,
  policy: BenefitPolicy,
  keys: TerminalKeys,
  context: AuthorizerContext,
): Authorizer {
  const ctx: PoolContext = { view, settings, policy };
  const authenticator = { view, keys };
  const prepared = new Prepared();

  /** The stages (engine/operations/stages.ts) for one request, timing each. */
  function handle<Req>(
    row: PoolRow<Req>,
    requests: RequestItem,
    nowMs: number,
    startUs: number,
    replies: ReplySink,
  ): void {
    const format = requests.format;
    const p = prepare(row, format, requests.body(), requests.mac(), requests.auth, authenticator, nowMs, prepared);
    if (p.status !== Status.Reply) {
      replies.add(p.status, Buffer.from(p.detail.slice(0, 200), 'utf8'), startUs, p.decodeUs, 0, 0, noReason, false);
      return;
    }
    const reply =
      p.field === '' ? row.decide(ctx, p.message as Req, p.header, nowMs) : invalidReply(p.header, p.field, nowMs);
    const t2 = performance.now();
    const bytes = encodeStage(row, reply, format);
    const t3 = performance.now();
    replies.add(
      Status.Reply,
      bytes,
      startUs,
      p.decodeUs,
      (t2 - p.decodedAtMs) * 1000,
      (t3 - t2) * 1000,
      reasonIndex(reply.outcome.reason as ReasonCode),
      p.verified,
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
      const row = rowOf(requests.opId);
      assert(row !== undefined && row.route === Route.Pool, 'only pool operations reach the authorizer');
      handle(row, requests, nowMs, startUs, replies);
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
    decideOne: oneAtATime(view, context, handle),
  };
}

/**
 * decideOne for the main thread: one read snapshot per event-loop turn (taken by its first request,
 * ended when the turn ends), so a request that arrives in a later turn than a write's answer (a
 * sign-in, a loss report) sees the write, as a batch does.
 */
function oneAtATime(
  view: { refresh(): void; release(): void },
  context: AuthorizerContext,
  handle: (row: PoolRow<unknown>, request: RequestItem, nowMs: number, startUs: number, replies: ReplySink) => void,
): Authorizer['decideOne'] {
  let turnOpen = false;
  const endTurn = (): void => {
    turnOpen = false;
    view.release();
  };
  const request = new OneRequest();
  return (opId, format, auth, mac, body) => {
    const reply = new OneReply();
    try {
      if (!turnOpen) {
        turnOpen = true;
        view.refresh();
        setImmediate(endTurn);
      }
      fault(context); // test hook, as for a batch
      request.set(format, auth, mac, body);
      const row = rowOf(opId);
      assert(row !== undefined && row.route === Route.Pool, 'only pool operations reach the authorizer');
      handle(row as PoolRow<unknown>, request, clockNowMs(), 0, reply);
    } catch (error) {
      endIfAssertion(context, error);
      reply.add(Status.Internal, emptyBody, 0, 0, 0, 0, noReason, false);
    }
    return reply;
  };
}

/** Every request of the batch answered Status.Internal. */
function internalReplies(batch: ArrayBuffer): ArrayBuffer {
  const count = new RequestBatchReader(batch).count;
  const replies = new ReplyBatchWriter();
  for (let i = 0; i < count; i++) replies.add(Status.Internal, emptyBody, 0, 0, 0, 0, noReason, false);
  return replies.finish(0);
}

const emptyBody = new Uint8Array(0);
