// The single writer for money: Settle (2102/2207), CancelSettlement (2103/2208) and Reverse (2601),
// and for visits (2201-2205, 2401-2404, 2301-2302): every write a terminal can cause.
//
// Every request is queued; the queue is drained in groups, one LMDB write transaction per group.
// Inside that transaction each request is judged against the data as it is at that moment, with
// the effects of the requests before it in the same group already visible, so two settlements
// for one person can never spend the same fen. A group's replies are released only once the
// transaction is flushed to disk (durable, not just visible): an answered settlement survives
// kill -9. How a group is committed (LedgerCommit):
//   pipelined  the default: lmdb-js's write thread runs the transaction (calling back into this
//              thread to decide) and flushes it; the next group is decided while the previous one
//              flushes, and this thread answers reads meanwhile.
//   sync       the transaction runs, commits and fsyncs on this thread (lmdb-js transactionSync)
//              and the replies leave at once: no thread hops, so settlements alone answer up to
//              twice as fast at low rates, but every read waits behind each group's fsync
//              (docs/BENCHMARKS.md, "The Settle tail": in the city mix Inquire's p99 was 1.5-1.6 ms
//              against 0.98 ms pipelined, over its 1 ms budget).
//   serial     as pipelined, but each group waits for the previous one's flush (the baseline).
//
// What each request does inside the transaction is book.ts. Write set per settlement, laid out for locality (docs/PERFORMANCE.md: random keys dirty a page each):
//   journal   seq -> entry                  append-only: new entries share the last page
//   accounts  idNo -> balance, idNo:year -> accumulators   adjacent keys: usually one page
//   messages  time-first msg key -> record  keys of "now" sit together
//   totals    day:institution:... -> sums   today's keys sit together

import { performance } from 'node:perf_hooks';
import { assert } from '../core/assert.js';
import type { SettleInput } from '../core/decide-pre-settle.js';
import { LedgerOp } from '../core/ledger-rules.js';
import { limits } from '../core/limits.js';
import type { RequestContext } from '../core/model.js';
import type { BenefitPolicy } from '../core/policy.js';
import type { DecisionSettings } from '../core/settings.js';
import { nowMs as clockNowMs } from '../runtime/clock.js';
import { endProcess } from '../runtime/fatal.js';
import { fault } from '../runtime/faults.js';
import type { LmdbReadView } from '../store/read-view.js';
import { absorbCommitError, type Store } from '../store/store.js';
import { Status } from '../wire/handled.js';
import { Book } from './book.js';
import { PruneBudget } from './prune-budget.js';
import { type Done, emptyBytes, type LedgerCommand, type LedgerResult, Work } from './work.js';

/** How a group's transaction is committed and flushed (see the top of this file). */
export type LedgerCommit = 'pipelined' | 'sync' | 'serial';
export const ledgerCommitModes: readonly LedgerCommit[] = ['pipelined', 'sync', 'serial'];

export interface LedgerOptions {
  /** Requests decided and committed in one transaction. 1 = a flush per settlement (the baseline). */
  groupItemsMax: number;
  /** How each group is committed and flushed. */
  commit: LedgerCommit;
  /** Requests waiting for the writer before new ones are refused with S01. */
  pendingItemsMax: number;
  /** Idempotency records are kept this long; older message ids are refused (V01 header.msg_id). */
  retentionMs: number;
  /** At most this many idempotency records; the oldest go first. */
  messagesMax: number;
  /** Items each pruner looks at per pass at most (idempotency records, visits, e-vouchers). */
  pruneItemsMax: number;
  /** A pruning pass at most this often (default limits.ledgerPruneIntervalMs). */
  pruneIntervalMs?: number;
  /** A pass ends after about this long on the main thread (default limits.ledgerPruneSliceUs). */
  pruneSliceUs?: number;
  /** Called once per group when its replies are released: its size and start-to-flushed time (metrics). */
  onGroup?: (items: number, commitUs: number) => void;
}

export type { LedgerResult } from './work.js';

export interface LedgerStats {
  groups: number;
  items: number;
  largestGroup: number;
  refused: number;
  pruned: number;
  /** Housekeeping passes inside group transactions, and the longest one's main-thread time (µs). */
  prunePasses: number;
  prunePassMaxUs: number;
}

function refusal(status: Status): LedgerResult {
  return { status, reply: {}, proto: emptyBytes, queueUs: 0, decideUs: 0, commitUs: 0 };
}

export class Ledger {
  private queue: Work[] = [];
  private running = false;
  private lastPruneMs = 0;
  /** Which pruner goes first in the next pass (they take turns: a slow one cannot starve the others). */
  private pruneTurn = 0;
  private idle: Promise<void> = Promise.resolve();
  private markIdle: () => void = () => {};
  readonly stats: LedgerStats = {
    groups: 0,
    items: 0,
    largestGroup: 0,
    refused: 0,
    pruned: 0,
    prunePasses: 0,
    prunePassMaxUs: 0,
  };

  /** What each request does inside the transaction (book.ts). */
  private readonly book: Book;

  constructor(
    private readonly store: Store,
    private readonly view: LmdbReadView,
    settings: DecisionSettings,
    policy: BenefitPolicy,
    private readonly options: LedgerOptions,
    /** Called when a transaction callback throws: a broken invariant must not commit half a group. */
    private readonly fatal: (error: unknown) => never = (error) => endProcess('ledger', error),
  ) {
    assert(options.groupItemsMax >= 1 && options.pendingItemsMax >= 1, 'ledger bounds are positive');
    this.book = new Book(store, view, settings, policy, options);
  }

  /** The last sequence number written (0: empty journal). */
  get sequence(): number {
    return this.book.lastSeq;
  }

  get pending(): number {
    return this.queue.length;
  }

  settle(header: RequestContext, input: SettleInput, digest: bigint, done: Done): void {
    this.submit(new Work(LedgerOp.Settle, header, digest, input, '', 0, undefined, performance.now(), done));
  }

  cancel(header: RequestContext, settlementId: string, digest: bigint, done: Done): void {
    this.submit(
      new Work(
        LedgerOp.CancelSettlement,
        header,
        digest,
        undefined,
        settlementId,
        0,
        undefined,
        performance.now(),
        done,
      ),
    );
  }

  reverse(header: RequestContext, originalMsgId: string, originalOp: number, digest: bigint, done: Done): void {
    this.submit(
      new Work(
        LedgerOp.Reverse,
        header,
        digest,
        undefined,
        originalMsgId,
        originalOp,
        undefined,
        performance.now(),
        done,
      ),
    );
  }

  /** A visit operation (open, update, upload, withdraw, cancel) or an e-voucher decode. */
  command(header: RequestContext, command: LedgerCommand, digest: bigint, done: Done): void {
    this.submit(new Work(command.op, header, digest, undefined, '', 0, command, performance.now(), done));
  }

  /** Resolves once everything queued so far has been answered. */
  drained(): Promise<void> {
    return this.running ? this.idle : Promise.resolve();
  }

  private submit(work: Work): void {
    if (this.queue.length >= this.options.pendingItemsMax) {
      this.stats.refused++;
      work.done(refusal(Status.Overloaded));
      return;
    }
    this.queue.push(work);
    if (!this.running) {
      this.running = true;
      this.idle = new Promise((resolve) => {
        this.markIdle = resolve;
      });
      // Requests arriving in the same I/O turn join the first group.
      setImmediate(() => void this.drain());
    }
  }

  private async drain(): Promise<void> {
    const flushes: Promise<void>[] = [];
    for (;;) {
      while (this.queue.length > 0) {
        const answered = await this.commitGroup(flushes);
        // A synchronous commit answered its group within this turn, and a caller in this process
        // may already have queued its next request: one turn of the event loop between groups, so
        // reads and timers wait for one group at most and the new arrivals join the next.
        if (answered && this.queue.length > 0) await new Promise(setImmediate);
      }
      // Replies released by these flushes may bring new requests (a client's next settlement):
      // they are taken here, never left waiting for a request that may not come.
      await Promise.all(flushes);
      flushes.length = 0;
      if (this.queue.length === 0) break;
    }
    this.running = false;
    this.markIdle();
  }

  /**
   * Decides and commits one group; its replies are released once the commit is flushed. True when
   * that happened within this call (a synchronous commit, or a refusal).
   */
  private async commitGroup(flushes: Promise<void>[]): Promise<boolean> {
    const group = this.queue.splice(0, this.options.groupItemsMax);
    this.stats.groups++;
    this.stats.items += group.length;
    if (group.length > this.stats.largestGroup) this.stats.largestGroup = group.length;
    this.view.refresh();
    const nowMs = clockNowMs();
    const startedMs = performance.now();
    if (this.store.replicator !== undefined) {
      await this.commitReplicated(group, nowMs, startedMs, flushes);
      return false;
    }
    const commit = this.options.commit;
    if (commit === 'sync') return this.commitSync(group, nowMs, startedMs);
    try {
      await this.store.env.transaction(() => this.applyGroup(group, nowMs));
    } catch (error) {
      this.notCommitted(group, error);
      return true;
    }
    const committedMs = performance.now();
    const flushed = Promise.resolve(this.store.env.flushed).then(
      () => {
        this.options.onGroup?.(group.length, (performance.now() - startedMs) * 1000);
        this.release(group, committedMs);
      },
      (error: unknown) => {
        absorbCommitError(error);
        for (const work of group) work.done(refusal(Status.StoreUnavailable));
      },
    );
    if (commit === 'serial') await flushed;
    else flushes.push(flushed);
    return false;
  }

  /**
   * Decides, commits and flushes one group on this thread (lmdb-js transactionSync with its default
   * flags: the commit is synced before it returns), then releases its replies.
   */
  private commitSync(group: Work[], nowMs: number, startedMs: number): true {
    try {
      this.store.env.transactionSync(() => this.applyGroup(group, nowMs));
    } catch (error) {
      this.notCommitted(group, error);
      return true;
    }
    const committedMs = performance.now();
    this.options.onGroup?.(group.length, (committedMs - startedMs) * 1000);
    this.release(group, committedMs);
    return true;
  }

  /**
   * The transaction did not commit (storage full or failing): nothing of it happened, the sequence
   * numbers it took are given back (the change log keeps no gaps), and the group is refused 503 S01.
   */
  private notCommitted(group: Work[], error: unknown): void {
    absorbCommitError(error);
    this.book.reload();
    for (const work of group) work.done(refusal(Status.StoreUnavailable));
  }

  /**
   * A replicated pool (engine/replication/node.ts): the group is decided, appended to the pool's
   * log and applied before its replies leave; refused whole (503 S01) when this engine may not
   * write or the log did not acknowledge. Pipelined like the single box's flushes: the next group
   * is decided as soon as this one is (on top of its writes), its replies released once applied.
   */
  private commitReplicated(group: Work[], nowMs: number, startedMs: number, flushes: Promise<void>[]): Promise<void> {
    return new Promise((decided) => {
      const done = this.store.replicator!.commit(
        () => this.applyGroup(group, nowMs),
        (refused) => {
          // Refused: the book's sequence numbers are given back before the next group is decided.
          if (refused !== undefined) this.reloadAhead();
          decided();
        },
      );
      flushes.push(
        done.then(
          () => {
            const committedMs = performance.now();
            this.options.onGroup?.(group.length, (committedMs - startedMs) * 1000);
            this.release(group, committedMs);
          },
          (error: unknown) => this.replicatedRefused(group, nowMs, startedMs, error),
        ),
      );
    });
  }

  private async replicatedRefused(group: Work[], nowMs: number, startedMs: number, error: unknown): Promise<void> {
    absorbCommitError(error);
    // Its record would be too large for one append (large visits): the halves, decided apart.
    if ((error as { code?: string }).code === 'SSC_RECORD_TOO_LARGE' && group.length > 1) {
      const half = Math.ceil(group.length / 2);
      const halves: Promise<void>[] = [];
      await this.commitReplicated(group.slice(0, half), nowMs, startedMs, halves);
      await this.commitReplicated(group.slice(half), nowMs, startedMs, halves);
      await Promise.all(halves);
      return;
    }
    for (const work of group) work.done(refusal(Status.StoreUnavailable));
  }

  /** The book's in-memory state re-read from the store as the next decision will see it. */
  private reloadAhead(): void {
    const replicator = this.store.replicator;
    if (replicator === undefined) this.book.reload();
    else replicator.readAhead(() => this.book.reload());
  }

  /** Re-reads what the book keeps in memory (the last sequence): after this node was promoted. */
  reload(): void {
    this.reloadAhead();
  }

  private release(group: Work[], committedMs: number): void {
    const now = performance.now();
    for (const work of group) {
      work.done({
        status: Status.Reply,
        reply: work.reply,
        proto: work.proto,
        queueUs: (work.decidedMs - work.enqueuedMs) * 1000 - work.decideUs,
        decideUs: work.decideUs,
        commitUs: (now - Math.min(committedMs, work.decidedMs)) * 1000,
      });
    }
  }

  /**
   * Housekeeping, inside the group's transaction: idempotency records past their retention or bound,
   * expired and old visits, expired e-vouchers, within one shared time slice (prune-budget.ts).
   */
  private prunePass(nowMs: number): void {
    const startedMs = performance.now();
    const budget = new PruneBudget(
      this.options.pruneItemsMax,
      startedMs + (this.options.pruneSliceUs ?? limits.ledgerPruneSliceUs) / 1000,
    );
    const pruners = [
      () => {
        this.stats.pruned += this.book.prune(nowMs, budget);
      },
      () => this.book.visits.prune(nowMs, budget),
      () => this.book.evouchers.prune(nowMs, budget),
    ];
    const first = this.pruneTurn++ % pruners.length;
    for (let i = 0; i < pruners.length; i++) pruners[(first + i) % pruners.length]!();
    this.stats.prunePasses++;
    this.stats.prunePassMaxUs = Math.max(this.stats.prunePassMaxUs, Math.round((performance.now() - startedMs) * 1000));
  }

  /** Runs inside the write transaction: decide and write each request in order. */
  private applyGroup(group: Work[], nowMs: number): void {
    try {
      for (const work of group) {
        const t0 = performance.now();
        this.book.apply(work, nowMs);
        fault('ledger'); // test hook: after this item's writes, before the commit
        work.decidedMs = performance.now();
        work.decideUs = (work.decidedMs - t0) * 1000;
      }
      if (nowMs - this.lastPruneMs >= (this.options.pruneIntervalMs ?? limits.ledgerPruneIntervalMs)) {
        this.lastPruneMs = nowMs;
        this.prunePass(nowMs);
      }
    } catch (error) {
      this.fatal(error);
    }
  }
}
