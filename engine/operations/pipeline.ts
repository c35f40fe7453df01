// Hot path: bench/load/inquire-http.ts. The one pipeline for unary terminal operations, as every
// transport calls it (HTTP Connect, TCP frames, the national envelope): a request in, one Handled out.
// The row's route says where it is decided:
//   pool      -> the worker pool (workers/pool.ts), which runs the same stages on a worker thread
//   read      -> prepare, decide and encode here, on the main thread
//   sessions  -> prepare here, the session writer decides (it writes), encode here
//   ledger    -> prepare here, the single writer decides and commits, encode here (or its bytes)

import { performance } from 'node:perf_hooks';
import type { TerminalKeys } from '../auth/terminal-keys.js';
import { assert } from '../core/assert.js';
import { limits } from '../core/limits.js';
import { TerminalStatus } from '../core/model.js';
import { type ReasonCode, reasonIndex } from '../core/reasons.js';
import type { Ledger, LedgerResult } from '../ledger/ledger.js';
import { nowMs as clockNowMs } from '../runtime/clock.js';
import { endIfAssertion } from '../runtime/fatal.js';
import type { Sessions } from '../sessions/sessions.js';
import type { LmdbReadView } from '../store/read-view.js';
import { isStorageError, type Store } from '../store/store.js';
import { type Handled, refused, Status } from '../wire/handled.js';
import { Format } from '../wire/replies.js';
import { type CallerAuth, encodeStage, invalidReply, Prepared, prepare } from './stages.js';
import {
  type LedgerRow,
  type ReadRow,
  type ReplyBody,
  Route,
  rowOf,
  type SessionsRow,
  type UnaryRow,
} from './table.js';

/** The worker pool as the pipeline sees it (workers/pool.ts Dispatcher). */
export interface PoolPort {
  submit(op: number, format: number, auth: CallerAuth, mac: Uint8Array, body: Uint8Array, done: Done): void;
}

export interface PipelineDeps {
  /** Unsealed terminal keys for the main thread's MAC checks. */
  keys: TerminalKeys;
  pool: PoolPort;
  sessions: Sessions;
  ledger: Ledger;
  store: Store;
  /** The main thread's read view (refreshed for every request decided here). */
  view: LmdbReadView;
  /** A replicated engine: where the requests it may not decide go (replication/forward.ts). */
  replicas?: ReplicaPort;
}

export interface ReplicaPort {
  /** Another pool that serves this request's person (replication/routing.ts), or '' (this one). */
  foreignPool(format: Format, body: Uint8Array): string;
  /** To `pool`'s leader ('': this pool's), answered with its result. */
  forward(pool: string, request: TerminalRequest, done: Done): void;
  /**
   * A request with a card this store does not hold and no region named: offered to the other pools
   * (replication/routing.ts); true when it was (answered by them, or by `decideHere` if none holds it).
   */
  askForCard(request: TerminalRequest, done: Done, decideHere: () => void): boolean;
}

export interface TerminalRequest {
  op: number;
  format: Format;
  /** The request message's bytes (protobuf or proto3 JSON). */
  body: Buffer;
  /** The MAC as received (HTTP header / TCP frame); empty when none was sent. */
  mac: Uint8Array;
  auth: CallerAuth;
  /** Arrived from a follower of the pool (replication/forward.ts): decided here or refused, never sent on. */
  forwarded?: boolean;
}

type Done = (result: Handled) => void;
export type Pipeline = (request: TerminalRequest, done: Done) => void;

export function createPipeline(deps: PipelineDeps): Pipeline {
  const prepared = new Prepared();
  /** prepare on the main thread, against a fresh snapshot (the terminal record may have changed). */
  const prepareHere = (row: UnaryRow, request: TerminalRequest, nowMs: number): Prepared => {
    deps.view.refresh();
    return prepare(row, request.format, request.body, request.mac, request.auth, deps, nowMs, prepared);
  };
  return (request, done) => {
    const row = rowOf(request.op);
    assert(row !== undefined && row.route !== Route.Stream, 'a unary operation reaches the pipeline');
    const replicator = deps.store.replicator;
    if (replicator !== undefined) {
      const replicas = request.forwarded === true ? undefined : deps.replicas;
      // A person another pool serves: that pool's leader decides.
      const pool = replicas?.foreignPool(request.format, request.body) ?? '';
      if (pool !== '') {
        replicas!.forward(pool, request, done);
        return;
      }
      // A card this pool does not hold: the pool that holds it decides (here when none does).
      if (replicas?.askForCard(request, done, () => decideHere(row, request, done)) === true) return;
    }
    decideHere(row, request, done);
  };

  /** A request this engine's pool serves: refused, forwarded to its leader, or decided here. */
  function decideHere(row: UnaryRow, request: TerminalRequest, done: Done): void {
    const replicator = deps.store.replicator;
    if (replicator !== undefined) {
      const replicas = request.forwarded === true ? undefined : deps.replicas;
      // A replicated pool's follower past its lag bound answers no read (the writes refuse themselves).
      const reads = row.route === Route.Pool || row.route === Route.Read;
      if (reads && replicator.readsRefused()) {
        done(refused(Status.ReplicaBehind));
        return;
      }
      // A write at a follower is the leader's to decide (its answer carries the leader's sequence).
      if (!reads && !replicator.leading && replicas !== undefined) {
        replicas.forward('', request, done);
        return;
      }
      done = withAppliedSeq(replicator, reads, done);
    }
    switch (row.route) {
      case Route.Pool:
        deps.pool.submit(row.op, request.format, request.auth, request.mac, request.body, done);
        return;
      case Route.Read:
        runRead(row, deps, prepareHere(row, request, clockNowMs()), request.format, done);
        return;
      case Route.Sessions:
        runSessions(row, deps, prepareHere(row, request, clockNowMs()), request.format, done);
        return;
      default:
        runLedger(row, deps, prepareHere(row, request, clockNowMs()), request.format, done);
    }
  }
}

/**
 * Stamps the answer with the applied sequence it was decided at. A read: the sequence when it was
 * dispatched (the snapshot it decides on is taken then or later: the main thread's refresh, a
 * worker's per batch). A write: the sequence when its commit returned (its own record's or later).
 */
function withAppliedSeq(replicator: { appliedSeq: number }, read: boolean, done: Done): Done {
  const atDispatch = replicator.appliedSeq;
  return (result) => {
    result.appliedSeq = read ? atDispatch : replicator.appliedSeq;
    done(result);
  };
}

interface Spent {
  verified: boolean;
  queueUs: number;
  decodeUs: number;
  decideUs: number;
  commitUs: number;
}

/** encode: the answer as a Handled (bytes: the reply already encoded in the request's format). */
function replied(row: UnaryRow, reply: ReplyBody, format: Format, spent: Spent, bytes?: Buffer): Handled {
  const t0 = performance.now();
  const body = bytes ?? encodeStage(row, reply, format);
  return {
    status: Status.Reply,
    body,
    reason: reasonIndex(reply.outcome.reason as ReasonCode),
    verified: spent.verified,
    queueUs: spent.queueUs,
    decodeUs: spent.decodeUs,
    decideUs: spent.decideUs,
    encodeUs: (performance.now() - t0) * 1000,
    commitUs: spent.commitUs,
    appliedSeq: 0,
  };
}

/** Time spent so far on the main thread, counted from the end of decoding. */
function spentHere(p: { verified: boolean; decodeUs: number; decodedAtMs: number }): Spent {
  const decideUs = (performance.now() - p.decodedAtMs) * 1000;
  return { verified: p.verified, queueUs: 0, decodeUs: p.decodeUs, decideUs, commitUs: 0 };
}

function runRead<Req>(row: ReadRow<Req>, deps: PipelineDeps, p: Prepared, format: Format, done: Done): void {
  if (p.status !== Status.Reply) {
    done(refused(p.status, p.detail, p.decodeUs));
    return;
  }
  const nowMs = clockNowMs();
  const reply =
    p.field === ''
      ? row.decide({ store: deps.store, view: deps.view }, p.message as Req, p.header, nowMs)
      : invalidReply(p.header, p.field, nowMs);
  done(replied(row, reply, format, spentHere(p)));
}

function runSessions<Req>(row: SessionsRow<Req>, deps: PipelineDeps, p: Prepared, format: Format, done: Done): void {
  if (p.status !== Status.Reply) {
    done(refused(p.status, p.detail, p.decodeUs));
    return;
  }
  const nowMs = clockNowMs();
  if (p.field !== '') {
    done(replied(row, invalidReply(p.header, p.field, nowMs), format, spentHere(p)));
    return;
  }
  // The prepared slot is reused by the next request: keep what the answer needs.
  const { verified, decodeUs, decodedAtMs } = p;
  row.decide(deps.sessions, p.header, nowMs).then(
    (reply) => done(replied(row, reply, format, spentHere({ verified, decodeUs, decodedAtMs }))),
    (error: unknown) => {
      // The store refused the write (disk full, read-only): 503 S01. An assertion ends the process.
      endIfAssertion('sessions', error);
      done(refused(isStorageError(error) ? Status.StoreUnavailable : Status.Internal, '', decodeUs));
    },
  );
}

function runLedger<Req>(row: LedgerRow<Req>, deps: PipelineDeps, p: Prepared, format: Format, done: Done): void {
  if (p.status !== Status.Reply) {
    done(refused(p.status, p.detail, p.decodeUs));
    return;
  }
  if (p.field !== '') {
    done(replied(row, invalidReply(p.header, p.field, clockNowMs()), format, spentHere(p)));
    return;
  }
  const { verified, decodeUs } = p;
  row.submit(deps.ledger, p.message as Req, p.header, (result: LedgerResult) => {
    if (result.status !== Status.Reply) {
      done(refused(result.status, '', decodeUs));
      return;
    }
    const spent = { verified, queueUs: result.queueUs, decodeUs, decideUs: result.decideUs, commitUs: result.commitUs };
    // The ledger encoded its protobuf reply for the journal: sent as it is.
    done(replied(row, result.reply as ReplyBody, format, spent, format === Format.Proto ? result.proto : undefined));
  });
}

/**
 * Before a body over limits.unsignedBodyBytesMax is decoded: its MAC must verify over the raw bytes
 * with the key of the terminal named outside the body ('' when it may be decoded, else why not;
 * answered 401 SSC_UNAUTHENTICATED). Small bodies are decoded first as before: an unknown terminal
 * then gets its I02 decision. The full check (MAC and clock) still runs after decoding.
 */
export function checkBeforeDecode(
  deps: { view: LmdbReadView; keys: TerminalKeys },
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
