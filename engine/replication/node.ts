// One engine of a replicated pool: the leader's commit path and the followers' apply loop over the
// pool's stream (stream-log.ts). The stream is the write-ahead log, LMDB the view:
//
//   leader    decide the group inside a write transaction, writes recorded, transaction aborted
//             -> append the record (expected last sequence = applied_seq, msg id pool:epoch:group)
//             -> once the stream acknowledged it (a quorum holds it): apply the same writes to
//                LMDB with meta replication.appliedSeq, then answer. No reply before the append.
//   follower  an ordered consumer from applied_seq + 1 applies every record in order (the same
//             apply code); it never decides. It serves reads from its LMDB.
//
// Fencing is the stream's: an append whose expected last sequence is stale is refused, and the
// node steps down at once (its writers answer 503 S01). The lease (KV, create / update by revision;
// taken over once not renewed for a TTL, as the taker saw it) only decides who should try to lead: a follower that takes it catches up to the
// stream's end and appends its epoch's barrier record (no writes) at the sequence after it, then
// leads. Safety never depends on the lease, and neither does a leader's tenure while the lease's
// bucket does not answer (its own Raft group, electing after a server's loss or return): the leader
// goes on as long as the stream acknowledges its records (an empty one per lease TTL when idle), and an
// engine that held the lease leads again on the stream's word alone.

import { ABORT } from 'lmdb';
import { assert } from '../core/assert.js';
import { endProcess } from '../runtime/fatal.js';
import { fault } from '../runtime/faults.js';
import type { Replicator, Store } from '../store/store.js';
import { applyWrites, decodeGroup, EffectRecorder, encodeGroup, recordHash, type Write } from './effects.js';
import { type ConnectionCounts, Fenced, LogUnavailable, type StreamLog } from './stream-log.js';
import { keepUndo, undoLast } from './undo.js';

/**
 * A decided transaction whose record would exceed what one append may carry (nothing was written):
 * the ledger splits its group and decides the halves apart.
 */
export class RecordTooLarge extends Error {
  readonly code = 'SSC_RECORD_TOO_LARGE';
}

/** The largest group record appended by default (the local cluster's servers take max_payload 8 MB). */
export const defaultRecordBytesMax = 4 * 1024 * 1024;

/** This node may not write now (it follows, or just stepped down): safe to retry at the leader. */
export class NotLeader extends Error {
  readonly code = 'SSC_NOT_LEADER';
}

/**
 * diverged: this replica applied a record the stream does not hold (the chain of record hashes broke):
 * it refuses reads, stops applying and never leads; rebuild it from a backup of a healthy replica.
 */
export const Role = { Follower: 'follower', Leader: 'leader', Stopped: 'stopped', Diverged: 'diverged' } as const;
export type Role = (typeof Role)[keyof typeof Role];

export interface NodeOptions {
  /** This engine's name in the pool (the lease's holder). */
  node: string;
  /** How often the lease is renewed (leader) or tried (follower): a third of its TTL. */
  leaseCheckMs: number;
  /**
   * A lease whose revision this node has seen unchanged for this long (its own clock, over reads that
   * all succeeded) is taken over (default 3 × leaseCheckMs).
   */
  leaseTtlMs?: number;
  /** Take part in lease elections (false: a follower that never leads, or a test that forces roles). */
  elect: boolean;
  /**
   * A follower refuses reads while more than this many records behind the stream's end, or when it
   * has seen no sign of the pool's quorum (a record applied, the lease renewed) for readContactMaxMs
   * (two lease TTLs).
   */
  readLagMax?: number;
  readContactMaxMs?: number;
  /** The largest record appended (default defaultRecordBytesMax): a larger group is split by the ledger. */
  recordBytesMax?: number;
  /** Records appended and not yet applied at most (default defaultAppendsInFlightMax; 1: no pipelining). */
  appendsInFlightMax?: number;
  /** Called when this node becomes leader, after it caught up (writers reload their in-memory state). */
  onPromote?: () => void;
}

export interface NodeStatus {
  node: string;
  role: Role;
  appliedSeq: number;
  epoch: number;
  /** Records applied since start (as leader or follower). */
  applied: number;
  /** Records applied from the stream and then undone since start: a server held a record the quorum did not. */
  undone: number;
  /** A follower: records behind the stream's end when last checked. */
  lagRecords: number;
  /** A follower refusing reads now (SSC_REPLICA_BEHIND). */
  readsRefused: boolean;
  appendP50Us: number;
  appendP99Us: number;
  /**
   * Applying one record to LMDB here (the transaction, from its start to its commit), over the last
   * 4,096: with the append, where a replicated commit's time goes.
   */
  applyP50Us: number;
  applyP99Us: number;
  /**
   * Lease ticks since start whose calls to the log (lease, stream end, a promotion's catch-up and
   * barrier) failed, and the last failure: a node that keeps the lease and cannot lead says why here.
   */
  tickFailures: number;
  lastTickError?: string;
  /**
   * Lease ticks whose lease call went unanswered while this node led (it went on, its heartbeat
   * acknowledged) or held the lease (it led again on the stream's word), and the last such answer.
   */
  leaseUnanswered: number;
  lastLeaseError?: string;
  /** Stream leaders whose own copy ended before this node's applied records, asked to step down. */
  staleLeaderStepDowns: number;
  /** Tenures ended because the stream held another writer's record past this leader's applied ones. */
  supersededStepDowns: number;
  /** Appends sent again because no server took them ("no responders", a server returning), since start. */
  appendsResent: number;
  /** Group records appended by this node: the largest and the mean, in bytes. */
  recordBytesMax: number;
  recordBytesMean: number;
  /** The engine's NATS connection since start: disconnects, reconnects, credentials read again. */
  nats: ConnectionCounts;
}

const appliedKey = 'replication.appliedSeq';
/** The hash of the last record applied (the chain's link, effects.ts GroupRecord.prev). */
const hashKey = 'replication.lastHash';
/** The msg id of the last record applied: every append expects it to be the stream's last (stream-log.ts). */
const msgIdKey = 'replication.lastMsgId';
/** The pool whose records this store applied (checked at start: engine/main.ts). */
const poolKey = 'replication.pool';

/**
 * Records appended and not yet applied at most (SSC_CLUSTER_APPENDS_IN_FLIGHT). 1: measured best on
 * one 2-core machine carrying the servers too (bench:settle, 2026-11-30: 6,838 settles/s at 1 against
 * 6,079 at 4 — the machine is CPU-bound, not waiting); more pays where an append waits on a network.
 */
export const defaultAppendsInFlightMax = 1;

/** A new leader's barrier append refused this many times in a row: it gives the lease up. */
const barrierAttemptsMax = 5;
/** A stream leader behind this node's applied records is asked to step down at most this often. */
const staleLeaderRetryMs = 5_000;
/** Lease ticks failing in a row before the node says so (once, in its role log). */
const tickFailuresToTell = 10;

/** A record appended (acknowledged or not yet) and not yet applied here. */
interface Pending {
  seq: number;
  writes: Write[];
  hash: string;
  msgId: string;
  /** Settles once applied here (rejects when it never will be: a failed append, a step-down). */
  applied: Promise<void>;
}

/** Keeps a sample in a window of the last 4,096 (NodeStatus quantiles). */
function keepLast(samples: number[], value: number): void {
  samples.push(value);
  if (samples.length > 4_096) samples.splice(0, samples.length - 4_096);
}

/** A fault test's crash at this point of the commit (SSC_TEST_FAULT): the process ends at once. */
function crashPoint(context: 'append' | 'appended'): void {
  try {
    fault(context);
  } catch (error) {
    endProcess(`replication ${context}`, error);
  }
}

/**
 * A fault test's storage failure (SSC_TEST_FAULT=apply:n): the leader's store refuses its nth own
 * acknowledged record, as lmdb-js did once under load (`mdb_page_alloc error`, then MDB_BAD_TXN).
 */
function storageFault(): void {
  try {
    fault('apply');
  } catch {
    throw Object.assign(new Error('MDB_BAD_TXN: Transaction must abort (injected fault)'), {
      code: 'SSC_STORE_UNAVAILABLE',
    });
  }
}

export class ReplicatedNode implements Replicator {
  role: Role = Role.Follower;
  appliedSeq: number;
  private epoch = 0;
  private leaseRevision = 0;
  private group = 0;
  private applied = 0;
  /** Records applied from the stream and then undone: the stream holds another record there. */
  private undone = 0;
  private readonly recorder: EffectRecorder;
  private readonly databases;
  private chain: Promise<unknown> = Promise.resolve();
  /** Decisions, one at a time in order: each sees every earlier one's writes. */
  private decideChain: Promise<unknown> = Promise.resolve();
  /** Appended, not yet applied here, in sequence order. */
  private pending: Pending[] = [];
  /** Records appended and not yet applied at most; a bench compares settings by changing it. */
  appendsInFlightMax: number;
  private stopFollowing: (() => void) | undefined;
  private leaseTimer: NodeJS.Timeout | undefined;
  private leaseBusy = false;
  /** Lease ticks in a row whose calls to the log failed, and the last failure's text (for /stats). */
  private tickFailures = 0;
  private tickFailuresTotal = 0;
  private lastTickError = '';
  /** Lease ticks whose lease call went unanswered while this node led, or led again, on the stream's word. */
  private leaseUnanswered = 0;
  private lastLeaseError = '';
  /** Stream leaders found behind this node's applied records, and asked to step down (when last: monotonic ms). */
  private staleLeaderStepDowns = 0;
  private staleLeaderAskedMs = Number.NEGATIVE_INFINITY;
  private supersededStepDowns = 0;
  /** The stream's last sequence when last looked at, and applied_seq then (follower stall check). */
  private streamLastSeq = 0;
  private lastCheckedSeq = -1;
  /**
   * When this node last saw the pool's quorum: a record applied, or the lease renewed since the
   * previous look (a server cut off from the quorum still answers, with what it had: reading the
   * stream's end from it proves nothing).
   */
  private lastContactMs = Date.now();
  private seenLeaseRevision = -1;
  /**
   * A follower: the lease's revision as first seen unchanged, and when (monotonic ms). Reset by any
   * lease read that fails, so a bucket just back from an election gives its holder a whole TTL to
   * renew before anyone takes the lease over.
   */
  private observed: { revision: number; sinceMs: number } | undefined;
  /** The hash of the last record applied ('' before the first, or in a store from before the chain). */
  private lastHash = '';
  /** The msg id of the last record applied ('' before the first, or in a store from before it was kept). */
  private lastMsgId = '';
  /** A follower: the engine holding the pool's lease when last looked at ('' when none). */
  private leaseHolder = '';
  private readonly appendUs: number[] = [];
  private readonly applyUs: number[] = [];
  private recordBytesMax = 0;
  private recordBytesTotal = 0;
  private readonly roleListeners: ((role: Role, reason: string) => void)[] = [];

  constructor(
    private readonly store: Store,
    readonly log: StreamLog,
    private readonly options: NodeOptions,
  ) {
    this.recorder = new EffectRecorder(store);
    this.databases = store.namedDatabases();
    this.appliedSeq = (store.meta.get(appliedKey) as number | undefined) ?? 0;
    this.appendsInFlightMax = options.appendsInFlightMax ?? defaultAppendsInFlightMax;
    this.lastHash = (store.meta.get(hashKey) as string | undefined) ?? '';
    this.lastMsgId = (store.meta.get(msgIdKey) as string | undefined) ?? '';
  }

  /** Follows the stream, and (when electing) tries for the lease at once and then periodically. */
  async start(): Promise<void> {
    this.store.replicator = this;
    this.follow();
    if (this.options.elect) await this.leaseTick();
    this.leaseTimer = setInterval(() => void this.leaseTick(), this.options.leaseCheckMs);
    this.leaseTimer.unref();
  }

  get leading(): boolean {
    return this.role === Role.Leader;
  }

  /** The lease's time to live, as this node judges it. */
  private get leaseTtlMs(): number {
    return this.options.leaseTtlMs ?? 3 * this.options.leaseCheckMs;
  }

  /** How often the lease is renewed or tried. */
  get leaseCheckMs(): number {
    return this.options.leaseCheckMs;
  }

  /** This engine's name in the pool. */
  get name(): string {
    return this.options.node;
  }

  /** The engine that leads the pool as far as this one knows ('' when none is known). */
  get leaderName(): string {
    return this.role === Role.Leader ? this.options.node : this.leaseHolder;
  }

  status(): NodeStatus {
    const quantile = (samples: number[]) => {
      const sorted = [...samples].sort((a, b) => a - b);
      return (q: number): number =>
        sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    };
    const at = quantile(this.appendUs);
    const applyAt = quantile(this.applyUs);
    return {
      node: this.options.node,
      role: this.role,
      appliedSeq: this.appliedSeq,
      epoch: this.epoch,
      applied: this.applied,
      undone: this.undone,
      lagRecords: this.role === Role.Leader ? 0 : Math.max(0, this.streamLastSeq - this.appliedSeq),
      readsRefused: this.readsRefused(),
      appendP50Us: Math.round(at(0.5)),
      appendP99Us: Math.round(at(0.99)),
      applyP50Us: Math.round(applyAt(0.5)),
      applyP99Us: Math.round(applyAt(0.99)),
      tickFailures: this.tickFailuresTotal,
      ...(this.lastTickError === '' ? {} : { lastTickError: this.lastTickError }),
      leaseUnanswered: this.leaseUnanswered,
      staleLeaderStepDowns: this.staleLeaderStepDowns,
      supersededStepDowns: this.supersededStepDowns,
      appendsResent: this.log.noResponders,
      ...(this.lastLeaseError === '' ? {} : { lastLeaseError: this.lastLeaseError }),
      recordBytesMax: this.recordBytesMax,
      recordBytesMean: this.group === 0 ? 0 : Math.round(this.recordBytesTotal / this.group),
      nats: { ...this.log.connection },
    };
  }

  /**
   * The commit path of every writer (ledger, sessions, card centre) on a replicated store, pipelined:
   * the decision is made on top of every record appended and not yet applied here (their writes
   * replayed first inside the same aborted transaction), appended with the sequence it must take,
   * and the next decision may start at once (`onDecided`), up to appendsInFlightMax records in
   * flight. Records are applied strictly in order, each once the stream acknowledged it; the result
   * resolves after its own record (or, with no writes, every earlier one) is applied. Any append
   * that fails steps the node down: the records after it are refused too (their expected sequence
   * named it), and what the stream really holds is applied by the follower loop.
   */
  commit<T>(decide: () => T, onDecided?: (refused?: unknown) => void, appendEmpty = false): Promise<T> {
    const decided = this.decideChain.then(async () => {
      try {
        const out = await this.decideOne(decide, appendEmpty);
        onDecided?.();
        return out;
      } catch (error) {
        // Before the next decision: a writer re-reads its in-memory state here (Ledger.reloadAhead).
        onDecided?.(error);
        throw error;
      }
    });
    this.decideChain = decided.catch(() => undefined);
    return decided.then(({ result, applied }) => applied.then(() => result));
  }

  /**
   * Runs fn inside an aborted transaction that holds every appended, not yet applied write: the
   * store as the next decision will see it (a writer re-reading its in-memory state after a failure).
   */
  readAhead<T>(fn: () => T): T {
    let out: T | undefined;
    const replay = this.pending.flatMap((p) => p.writes);
    this.store.env.transactionSync(() => {
      applyWrites(this.databases, replay);
      out = fn();
      return ABORT;
    });
    this.recorder.forgetAbortedStructures(replay);
    return out as T;
  }

  private async decideOne<T>(decide: () => T, appendEmpty: boolean): Promise<{ result: T; applied: Promise<void> }> {
    const most = this.appendsInFlightMax;
    while (this.role === Role.Leader && this.pending.length >= most) {
      const head = this.pending[0]!;
      await head.applied.catch(() => undefined);
      // A record settles applied (shifted off) or refused (the node stepped down, pending emptied):
      // still first and still leading would wait on it forever, with nothing else able to run.
      assert(this.role !== Role.Leader || this.pending[0] !== head, 'a settled record leaves the pending list');
    }
    if (this.role !== Role.Leader) throw new NotLeader('this engine does not lead the pool');
    let recorded: { result: T; writes: Write[] } | undefined;
    const replay = this.pending.flatMap((p) => p.writes);
    this.store.env.transactionSync(() => {
      applyWrites(this.databases, replay);
      recorded = this.recorder.record(decide);
      return ABORT;
    });
    const { result, writes } = recorded!;
    this.recorder.forgetAbortedStructures(replay.length === 0 ? writes : replay.concat(writes));
    // Nothing written (declined, a replay of an earlier answer): answered once everything it may
    // have read is applied, never before (a T01 for a record the stream may still refuse).
    if (writes.length === 0 && !appendEmpty)
      return { result, applied: this.pending.at(-1)?.applied ?? Promise.resolve() };
    const group = ++this.group;
    const prev = this.pending.at(-1)?.hash ?? this.lastHash;
    const record = encodeGroup({ v: 1, node: this.options.node, epoch: this.epoch, group, prev, writes });
    const bytesMax = this.options.recordBytesMax ?? defaultRecordBytesMax;
    if (record.length > bytesMax) {
      this.group--;
      throw new RecordTooLarge(`a record of ${record.length} bytes (at most ${bytesMax})`);
    }
    this.recordBytesMax = Math.max(this.recordBytesMax, record.length);
    this.recordBytesTotal += record.length;
    const seq = this.appliedSeq + this.pending.length + 1;
    crashPoint('append');
    const started = performance.now();
    const msgId = `${this.log.options.pool}:${this.epoch}:${this.options.node}:${group}`;
    const lastMsgId = this.pending.at(-1)?.msgId ?? this.lastMsgId;
    const acked = this.log.append(record, msgId, seq - 1, lastMsgId).then((ackSeq) => {
      this.noteAppend((performance.now() - started) * 1000);
      return ackSeq;
    });
    const entry: Pending = { seq, writes, hash: recordHash(record), msgId, applied: Promise.resolve() };
    entry.applied = this.serial(async () => {
      let ackedSeq: number;
      try {
        ackedSeq = await acked;
      } catch (error) {
        // Fenced: another writer appended, the lease is no longer worth keeping. Unavailable: it is
        // kept, and the next lease tick leads again (barrier first) as soon as the log answers.
        if (error instanceof Fenced) this.stepDown('fenced: another writer appended');
        else this.stepDown(`an append failed: ${(error as Error).message}`.slice(0, 200), true);
        throw error;
      }
      // Stepped down meanwhile (an earlier record failed, the lease was lost): the follower loop
      // applies what the stream holds.
      if (this.role !== Role.Leader || this.pending[0] !== entry)
        throw new NotLeader('stepped down before this record was applied');
      assert(ackedSeq === seq, `the stream acknowledged ${ackedSeq} for the record expected at ${seq}`);
      crashPoint('appended');
      try {
        storageFault();
        await this.apply(seq, writes, entry.hash, prev, msgId);
      } catch (error) {
        // The stream holds the record and this store did not take it (an LMDB failure): this replica
        // is behind its own log and may not lead. Its writers answer 503 S01; the follower loop
        // applies the stream from appliedSeq + 1 (this record first), and another engine may lead.
        this.stepDown(`this store refused record ${seq}: ${(error as Error).message}`.slice(0, 200));
        throw error;
      }
      this.pending.shift();
    });
    this.pending.push(entry);
    return { result, applied: entry.applied };
  }

  /** Leader commits, follower applies and the catch-up of a promotion: one at a time, in order. */
  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.chain.then(run, run);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private noteAppend(us: number): void {
    keepLast(this.appendUs, us);
  }

  /**
   * Applies one record's writes, the applied sequence and its hash in one transaction. `undoable`:
   * a record read from the stream (follower, catch-up), not acknowledged to this node: its writes'
   * before-images are kept (undo.ts) in case the server it came from held a record the quorum never
   * did. A leader's own acknowledged record needs none.
   */
  private async apply(
    seq: number,
    writes: Write[],
    hash: string,
    prev: string | undefined,
    msgId: string,
    undoable = false,
  ): Promise<void> {
    assert(seq === this.appliedSeq + 1, `records apply in order without gaps (${this.appliedSeq} then ${seq})`);
    if (prev !== undefined && prev !== '' && this.lastHash !== '' && prev !== this.lastHash) {
      this.diverge(`record ${seq} follows ${prev}, this replica applied ${this.lastHash} before it`);
      throw new NotLeader('this replica diverged from the stream');
    }
    // Committed (visible to the next decision and to readers) is enough, and a replica's store
    // commits without fsync (store/unsynced.ts): the stream, not this disk, makes the record
    // durable. A record lost from the disk is lost with its appliedSeq (one transaction), and the
    // engine applies it again from the stream.
    const back = { hash: this.lastHash, msgId: this.lastMsgId };
    const started = performance.now();
    await this.store.env.transaction(() => {
      if (undoable) keepUndo(this.store, this.databases, seq, back, writes);
      else applyWrites(this.databases, writes);
      this.store.meta.putSync(appliedKey, seq);
      this.store.meta.putSync(hashKey, hash);
      this.store.meta.putSync(msgIdKey, msgId);
      if (seq === 1 || this.applied === 0) this.store.meta.putSync(poolKey, this.log.options.pool);
    });
    keepLast(this.applyUs, (performance.now() - started) * 1000);
    this.lastHash = hash;
    this.lastMsgId = msgId;
    this.appliedSeq = seq;
    this.applied++;
    // A record from the stream is no sign of the quorum: a server cut off from it still delivers
    // what it holds, even a record the quorum never stored. Only the leader's own acknowledged one is.
    if (!undoable) this.lastContactMs = Date.now();
  }

  /**
   * A record read from the stream, applied after the last one this replica applied, or — when its
   * `prev` names another record than that one — the last one undone first (false: the caller reads
   * the stream again from appliedSeq + 1). Without an undo entry left, the replica stops as diverged.
   */
  private async applyFromStream(seq: number, data: Uint8Array, msgId: string): Promise<boolean> {
    const record = decodeGroup(data);
    const prev = record.prev;
    if (prev !== undefined && prev !== '' && this.lastHash !== '' && prev !== this.lastHash) {
      const undone = await undoLast(this.store, this.databases, this.appliedSeq, (back) => {
        this.store.meta.putSync(appliedKey, this.appliedSeq - 1);
        this.store.meta.putSync(hashKey, back.hash);
        this.store.meta.putSync(msgIdKey, back.msgId);
      });
      if (undone === undefined) {
        this.diverge(
          `record ${seq} follows ${prev}, this replica applied ${this.lastHash} before it, with no undo left`,
        );
        throw new NotLeader('this replica diverged from the stream');
      }
      this.tellRole(`undid record ${this.appliedSeq}: the stream holds another record there`);
      this.appliedSeq--;
      this.lastHash = undone.hash;
      this.lastMsgId = undone.msgId;
      this.undone++;
      return false;
    }
    await this.apply(seq, record.writes, recordHash(data), prev, msgId, true);
    return true;
  }

  /** Stops for good: the store no longer matches the stream (Role.Diverged). */
  private diverge(why: string): void {
    this.role = Role.Diverged;
    this.pending = [];
    this.unfollow();
    this.tellRole(`diverged: ${why}; rebuild this replica from a backup of a healthy one`);
  }

  /**
   * A follower past its lag bound, or any node with no sign of the quorum for readContactMaxMs: a
   * leader's signs are its renewals and its acknowledged records, so one cut off from both (its
   * heartbeat not yet failed) stops answering reads as a follower would.
   */
  readsRefused(): boolean {
    if (this.role === Role.Diverged) return true;
    const contactMaxMs = this.options.readContactMaxMs ?? 6_000;
    const out = Date.now() - this.lastContactMs > contactMaxMs;
    if (this.role === Role.Leader) return out;
    const lag = this.streamLastSeq - this.appliedSeq;
    return lag > (this.options.readLagMax ?? 1_000) || out;
  }

  private follow(): void {
    if (this.stopFollowing !== undefined) return;
    this.stopFollowing = this.log.follow(
      () => this.appliedSeq + 1,
      (seq, data, msgId) =>
        this.serial(async () => {
          // Already applied (a promotion's catch-up got there first), or this node leads now.
          if (seq <= this.appliedSeq || this.role !== Role.Follower) return;
          // A consumer that skipped ahead is made again from the next sequence (stream-log.ts).
          if (seq !== this.appliedSeq + 1) throw new Error(`record ${seq} arrived after ${this.appliedSeq}`);
          // A record undone: read the stream again from the one now missing.
          if (!(await this.applyFromStream(seq, data, msgId))) throw new Error(`record ${seq - 1} undone`);
        }),
      (next, firstSeq) =>
        this.diverge(
          `this replica needs record ${next} and the stream now starts at ${firstSeq} (SSC_CLUSTER_STREAM_MAX_RECORDS, or a purge)`,
        ),
    );
  }

  private unfollow(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
  }

  /** Applies whatever the stream holds beyond applied_seq (a new leader before its first append). */
  private async catchUp(): Promise<void> {
    const last = await this.log.lastSeq();
    while (this.appliedSeq < last) {
      const found = await this.log.get(this.appliedSeq + 1);
      assert(found !== undefined, 'the stream holds every record up to its last sequence');
      await this.applyFromStream(this.appliedSeq + 1, found.data, found.msgId);
    }
  }

  /**
   * A new leader's first record, with no writes, appended at the sequence after the last one this
   * node applied. Its acknowledgement proves this node holds the stream's end: the stream's end as
   * read from a server just back from a partition may be stale (a partition run led at sequence 4
   * of 8 that way). Fenced, it catches up again and retries; a few refusals in a row, it gives up
   * (another leader writes: the lease is released and this node follows).
   */
  private async appendBarrier(epoch: number): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await this.catchUp();
      const prev = this.lastHash;
      const record = encodeGroup({ v: 1, node: this.options.node, epoch, group: 0, prev, writes: [] });
      // Named by the sequence it is to take: an engine may lead again under the same epoch (the lease's
      // bucket away), and an earlier barrier's id inside the duplicate window would be answered
      // with that barrier's place.
      const msgId = `${this.log.options.pool}:${epoch}:${this.options.node}:barrier@${this.appliedSeq + 1}`;
      try {
        const seq = await this.log.append(record, msgId, this.appliedSeq, this.lastMsgId);
        await this.apply(seq, [], recordHash(record), prev, msgId);
        return;
      } catch (error) {
        if (error instanceof Fenced) await this.replaceStaleStreamLeader(error);
        if (!(error instanceof Fenced) || attempt >= barrierAttemptsMax) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  }

  /**
   * A refusal that names a stream end before this node's applied sequence: every record up to
   * appliedSeq was acknowledged by a quorum (or applied from the stream), so the stream's leader is a
   * server whose own copy is behind them, and it refuses every append until it is replaced. Its Raft
   * group is asked to elect another, at most once per staleLeaderRetryMs.
   */
  private async replaceStaleStreamLeader(refusal: Fenced): Promise<void> {
    const end = refusal.streamLastSeq;
    if (end === undefined || end >= this.appliedSeq) return;
    if (performance.now() - this.staleLeaderAskedMs < staleLeaderRetryMs) return;
    this.staleLeaderAskedMs = performance.now();
    this.staleLeaderStepDowns++;
    this.tellRole(
      `the stream's leader ends at ${end}, before record ${this.appliedSeq} applied here: asking its group to elect another`,
    );
    await this.log.stepDownStreamLeader().catch(() => undefined);
  }

  /**
   * Leads from now on (the lease granted `epoch`): stop following, apply the stream's tail, append
   * the epoch's barrier record (an elected leader), then let the writers in. Tests force it without
   * a lease (elect false, no barrier) to make two engines believe they lead at once.
   */
  async lead(epoch: number): Promise<void> {
    this.unfollow();
    this.leaseHolder = '';
    // After any follower apply under way (the same chain of transactions).
    try {
      await this.serial(async () => {
        this.pending = [];
        if (this.options.elect) await this.appendBarrier(epoch);
        else await this.catchUp();
        // The group number goes on (never reset): the msg ids of a tenure under the same epoch stay new.
        this.epoch = epoch;
        this.role = Role.Leader;
      });
    } catch (error) {
      // Refused (another writer): the lease goes. Unanswered: it is kept, and tried again next tick.
      if (!(error instanceof LogUnavailable)) {
        if (this.options.elect && this.leaseRevision > 0) await this.log.releaseLease(this.leaseRevision);
        this.leaseRevision = 0;
      }
      this.follow();
      throw error;
    }
    this.options.onPromote?.();
    this.tellRole(`epoch ${epoch}`);
  }

  /** Stops writing at once and follows the stream again. */
  stepDown(reason: string, keepLease = false): void {
    if (this.role !== Role.Leader) return;
    this.role = Role.Follower;
    this.pending = [];
    if (!keepLease) this.leaseRevision = 0;
    this.tellRole(reason);
    this.follow();
  }

  /**
   * A follower whose consumer stalled (servers restarted under it, a quorum regained) while the
   * stream moved on: behind the stream and no progress since the last check -> a new consumer.
   */
  private async watchFollowing(lease?: { revision: number; holder: string }): Promise<void> {
    const [last, { revision, holder }] = await Promise.all([this.log.lastSeq(), lease ?? this.log.lease()]);
    this.streamLastSeq = last;
    this.leaseHolder = holder;
    if (revision !== this.seenLeaseRevision) {
      this.seenLeaseRevision = revision;
      this.lastContactMs = Date.now();
    }
    const stalled = this.streamLastSeq > this.appliedSeq && this.appliedSeq === this.lastCheckedSeq;
    this.lastCheckedSeq = this.appliedSeq;
    if (stalled && this.role === Role.Follower) {
      this.unfollow();
      this.follow();
    }
  }

  /**
   * A follower's try for the lease: taken when nobody holds it, or taken over (an update on the
   * revision seen, so only one taker lands) once its holder has not renewed it for a TTL as this
   * node saw it. The revision taken, or 0 with the lease as read.
   */
  private async takeLease(): Promise<{ revision: number; lease: { revision: number; holder: string } }> {
    let lease: { revision: number; holder: string };
    try {
      lease = await this.log.lease();
    } catch (error) {
      this.observed = undefined;
      throw error;
    }
    if (lease.holder === '') return { revision: await this.log.acquireLease(this.options.node), lease };
    const now = performance.now();
    if (this.observed?.revision !== lease.revision) {
      this.observed = { revision: lease.revision, sinceMs: now };
      return { revision: 0, lease };
    }
    if (now - this.observed.sinceMs < this.leaseTtlMs) return { revision: 0, lease };
    return { revision: await this.log.renewLease(this.options.node, lease.revision), lease };
  }

  /** Called on every role change from now on (logs). */
  onRole(listener: (role: Role, reason: string) => void): void {
    this.roleListeners.push(listener);
  }

  private tellRole(reason: string): void {
    for (const listener of this.roleListeners) listener(this.role, reason);
  }

  /**
   * The lease held at leaseRevision, renewed: its new revision, or 0 when it is lost. A renewal
   * refused because the lease moved on may be this node's own earlier renewal whose answer was
   * lost (the lease then names this node), and a lease nobody holds (released, or aged out of a
   * bucket made with a max age by an earlier version) is taken again.
   */
  private async renew(): Promise<number> {
    const revision = await this.log.renewLease(this.options.node, this.leaseRevision);
    if (revision > 0) return revision;
    const now = await this.log.lease();
    if (now.holder === this.options.node) return now.revision;
    return now.holder === '' ? await this.log.acquireLease(this.options.node) : 0;
  }

  /**
   * A record with no writes appended as the leader's next: while the lease's bucket does not answer,
   * the stream's acknowledgement is what shows this node still leads (fenced, or unanswered, it steps
   * down as for any record), and keeps its reads within readContactMaxMs.
   */
  private heartbeat(): Promise<void> {
    return this.commit(() => undefined, undefined, true);
  }

  /**
   * A leader's look at the stream's end: a record past what it applied that another node appended
   * (or this node under another epoch) means another engine led meanwhile. Its appends were fenced
   * in order, so nothing is lost, but an idle leader makes none and would go on serving reads from a
   * store that misses that engine's writes. It happens when the lease was taken over while this
   * leader's renewals went unanswered (its next heartbeat would be fenced, later), and once, in CI,
   * when the lease's bucket, led after a partition from a server's stale copy (nats-server 2.9.10),
   * granted a second lease while this one held.
   * Why it stops leading, or undefined; a stream that does not answer is left to the lease's checks.
   */
  private async anotherWriter(): Promise<string | undefined> {
    try {
      const last = await this.log.lastSeq();
      // Its own records appended and not yet applied come first (and a group record may be MBs: a
      // busy leader reads none).
      if (last <= this.appliedSeq + this.pending.length) return undefined;
      const found = await this.log.get(last);
      if (found === undefined || this.role !== Role.Leader) return undefined;
      let by: string;
      try {
        const { node, epoch } = decodeGroup(found.data);
        if (node === this.options.node && epoch === this.epoch) return undefined;
        by = `was appended by ${node} under epoch ${epoch}`;
      } catch {
        // Not a group record of this version: not this leader's; the follower loop says what it is.
        by = 'is no group record of this version';
      }
      return `record ${last} in the stream, past ${this.appliedSeq} applied here, ${by}`;
    } catch (error) {
      if (error instanceof LogUnavailable) return undefined;
      throw error;
    }
  }

  private noteLeaseUnanswered(error: Error): void {
    this.leaseUnanswered++;
    this.lastLeaseError = `${error.name}: ${error.message}`.slice(0, 300);
  }

  private async leaseTick(): Promise<void> {
    if (this.leaseBusy || this.role === Role.Stopped || this.role === Role.Diverged) return;
    this.leaseBusy = true;
    try {
      if (this.role === Role.Leader) {
        const other = await this.anotherWriter();
        if (other !== undefined) {
          this.supersededStepDowns++;
          this.stepDown(`${other}: following to catch up`, true);
          return;
        }
        // A leader made by lead() without the lease (tests, the bench) has none to renew.
        if (!this.options.elect) return;
        let revision: number | undefined;
        try {
          revision = await this.renew();
        } catch (error) {
          if (!(error instanceof LogUnavailable)) throw error;
          // The bucket does not answer (its Raft group electing after a server's loss or return):
          // the tenure goes on while the stream acknowledges this node's records.
          this.noteLeaseUnanswered(error);
          // Proof is due once no record of its own was acknowledged for a lease TTL (a busy leader's
          // records are proof enough; an idle one appends at most one empty record per TTL).
          if (Date.now() - this.lastContactMs >= this.leaseTtlMs) await this.heartbeat();
        }
        if (revision === 0) this.stepDown('lease lost');
        else if (revision !== undefined) {
          this.leaseRevision = revision;
          this.lastContactMs = Date.now();
        }
      } else {
        // Still holding the lease (stepped down while the log did not answer, or a barrier that
        // timed out): renewed and tried again, rather than left to expire. When the bucket does not
        // answer, the stream alone decides: the barrier append is fenced like any record.
        let revision = 0;
        let lease: { revision: number; holder: string } | undefined;
        if (this.options.elect) {
          try {
            if (this.leaseRevision > 0) revision = await this.renew();
            else ({ revision, lease } = await this.takeLease());
          } catch (error) {
            if (!(error instanceof LogUnavailable) || this.leaseRevision === 0) throw error;
            this.noteLeaseUnanswered(error);
            revision = this.leaseRevision;
          }
        }
        if (revision > 0) {
          this.leaseRevision = revision;
          this.observed = undefined;
          await this.lead(revision);
        } else {
          this.leaseRevision = 0;
          await this.watchFollowing(lease);
        }
      }
      this.tickFailures = 0;
    } catch (error) {
      // The log unreachable: a leader whose heartbeat went unanswered stops writing; it keeps the
      // lease, to lead again once the log answers (unless it expires meanwhile).
      if (error instanceof LogUnavailable) this.stepDown('log unavailable', true);
      this.tickFailures++;
      this.tickFailuresTotal++;
      this.lastTickError = `${(error as Error).name}: ${(error as Error).message}`.slice(0, 300);
      // Said once when it lasts (an operator's first question when nobody leads), not every tick.
      if (this.tickFailures === tickFailuresToTell)
        this.tellRole(`the log has failed ${tickFailuresToTell} lease ticks in a row: ${this.lastTickError}`);
    } finally {
      this.leaseBusy = false;
    }
  }

  async stop(): Promise<void> {
    if (this.leaseTimer !== undefined) clearInterval(this.leaseTimer);
    this.role = Role.Stopped;
    this.unfollow();
    await this.serial(async () => undefined);
    // Leading, or kept through a step-down: released, so the next leader need not wait for its TTL.
    if (this.options.elect && this.leaseRevision > 0) await this.log.releaseLease(this.leaseRevision);
    this.store.replicator = undefined;
    await this.log.close();
  }
}
