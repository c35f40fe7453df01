// Hot path: bench/load/inquire-http.ts. The main-thread dispatcher: micro-batches read-only requests
// into one packed task per batch and keeps the pool busy without unbounded queues.
//
// One task per request costs ~50-65 us of piscina overhead and caps near 23k tasks/s (docs/PERFORMANCE.md),
// below fastify's own rate, so requests are grouped: a batch leaves when it holds batchItemsMax
// items, when its oldest item has waited batchWindowUs, or at once when no task is in flight (an
// idle pool gets work immediately; a busy one accumulates). A finished task sends what waits.
// Every piscina option is explicit; its queue is bounded and so is ours: over pendingItemsMax the
// request is refused at once (S01 / 503, Retry-After), and a task over taskTimeoutMs is aborted
// (piscina replaces the worker) and its requests are answered S01.
//
// Execution modes (workers/execution.ts chooses at start; docs/BENCHMARKS.md, the tail): `pool`
// hands every batch to a worker; `inline` decides on the main thread. On 2 cores a parked worker's
// wake-up put milliseconds at p99 where the main thread answered within one.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { EngineConfig } from '../engine/config.js';
import { assert } from '../engine/core/assert.js';
import { limits } from '../engine/core/limits.js';
import type { BenefitPolicy } from '../engine/core/policy.js';
import type { DecisionSettings } from '../engine/core/settings.js';
import type { PoolPort } from '../engine/operations/pipeline.js';
import { type Handled, refused, Status } from '../engine/wire/handled.js';
import type { Authorizer } from './authorize-batch.js';
import { type BatchItemIn, packRequests, ReplyBatchReader } from './batch.js';

export interface WorkerConfig {
  dataDir: string;
  mapSizeBytes: number;
  settings: DecisionSettings;
  policy: BenefitPolicy;
  /** Unseals terminal keys (MAC verification in the worker). */
  masterKey: Buffer;
  clockWindowMs: number;
  /** Test hook only (fault tests): each batch first blocks the worker this long. 0 in production. */
  testBatchDelayMs: number;
  /** Fault-test hook: a worker exits (dies) in every Nth batch it takes (0: never). */
  testWorkerExitEvery: number;
  /** Fault-test hook (SSC_TEST_FAULT): '' in production. */
  testFault: string;
  /** The engine clock's shared offset (engine/runtime/clock.ts). */
  clock: SharedArrayBuffer;
}

/** The batching and bounding settings come straight from the engine configuration. */
export type DispatcherOptions = Pick<
  EngineConfig,
  | 'threads'
  | 'tasksPerThread'
  | 'batchItemsMax'
  | 'inlineBatchItemsMax'
  | 'batchWindowUs'
  | 'pendingItemsMax'
  | 'queueWaitMaxMs'
  | 'poolQueueTasksMax'
  | 'taskTimeoutMs'
> & {
  /**
   * pool: workers decide (a lone request while every worker is idle: inline, with idleInline);
   * inline: the main thread decides everything, no workers.
   */
  mode: ExecutionMode;
  worker: WorkerConfig;
  /**
   * The authorizer for the main thread: inline mode runs everything on it; pool mode uses it only
   * for a lone request while every worker is idle (SSC_IDLE_INLINE), else not at all.
   */
  inline?: Authorizer;
  /** Called with each batch's size (metrics). */
  onBatch?: (items: number) => void;
};

type Callback = (result: Handled) => void;

export type ExecutionMode = 'pool' | 'inline';

class PendingItem implements BatchItemIn {
  constructor(
    readonly opId: number,
    readonly format: number,
    readonly auth: number,
    readonly mac: Uint8Array,
    readonly body: Uint8Array,
    readonly enqueuedMs: number,
    readonly done: Callback,
  ) {}
}

/** The worker entry as built JS: tests run the sources, the worker always runs the build. */
export function workerFilename(): string {
  const here = fileURLToPath(import.meta.url);
  const built = here.endsWith('.ts')
    ? resolve(dirname(here), '../dist/workers/authorize.js')
    : join(dirname(here), 'authorize.js');
  assert(existsSync(built), `worker build present at ${built} (run npm run build)`);
  return built;
}

/** The worker pool behind the pipeline's pool route (engine/operations/pipeline.ts PoolPort). */
export class Dispatcher implements PoolPort {
  private pool: Piscina | undefined;
  private pending: PendingItem[] = [];
  private tasksInFlight = 0;
  private tasksInFlightMax: number;
  private checkScheduled = false;
  /** Inside together(): submissions wait for its end. */
  private held = 0;
  /** Inline: a request of this event-loop turn was decided at once. */
  private turnStarted = false;
  private readonly endTurn = (): void => {
    this.turnStarted = false;
  };
  private closed = false;
  /** Counters for metrics and the benchmark. */
  readonly stats = { batches: 0, pooledBatches: 0, items: 0, inlineItems: 0, refused: 0, timedOut: 0 };
  /** Where read-only requests are decided now (auto may change it once at start: useInline). */
  private currentMode: ExecutionMode;

  constructor(private readonly options: DispatcherOptions) {
    assert(
      options.batchItemsMax >= 1 && options.inlineBatchItemsMax >= 1 && options.threads >= 1,
      'dispatcher bounds positive',
    );
    // By default one task running and one ready per thread: a worker never waits for the main thread.
    this.currentMode = options.mode;
    this.tasksInFlightMax = options.mode === 'inline' ? 1 : options.threads * options.tasksPerThread;
    if (options.mode === 'pool') {
      this.pool = new Piscina({
        filename: workerFilename(),
        name: 'default',
        minThreads: options.threads,
        maxThreads: options.threads,
        idleTimeout: 2 ** 31 - 1,
        maxQueue: options.poolQueueTasksMax,
        concurrentTasksPerWorker: 1,
        atomics: 'sync',
        recordTiming: false,
        workerHistogram: false,
        closeTimeout: 5_000,
        stricterFIFO: false,
        niceIncrement: 0,
        trackUnmanagedFds: true,
        workerData: options.worker,
      });
    }
    if (options.mode === 'inline') assert(options.inline !== undefined, 'inline mode has an authorizer');
  }

  /** Resolves once every worker thread has started and opened the store. */
  async ready(): Promise<void> {
    if (this.pool === undefined) return;
    // An empty batch round-trips through each thread (count 0 -> busy time only).
    const empty = (): ArrayBuffer => packRequests([], 0);
    await Promise.all(Array.from({ length: this.options.threads }, () => this.pool!.run(empty())));
  }

  get threadCount(): number {
    return this.pool === undefined ? 0 : this.pool.threads.length;
  }

  /** Worker tasks running or ready. */
  get tasksRunning(): number {
    return this.tasksInFlight;
  }

  get queueDepth(): number {
    return this.pending.length;
  }

  submit(opId: number, format: number, auth: number, mac: Uint8Array, body: Uint8Array, done: Callback): void {
    // Admission: a hard bound on the queue, and a bound on how long its oldest request has waited
    // (bench/load/overload.ts: with the count bound alone, admitted requests waited 150-650 ms
    // behind 4,096 others when offered 1-3x the peak; the wait bound keeps the queue as long as the
    // workers can drain in queueWaitMaxMs, whatever their current speed). A burst up to
    // queueBurstItems is always queued: 400 terminals swiping at once is not an overload.
    if (
      this.closed ||
      this.pending.length >= this.options.pendingItemsMax ||
      (this.pending.length >= limits.queueBurstItems &&
        performance.now() - this.pending[0]!.enqueuedMs > this.options.queueWaitMaxMs)
    ) {
      this.stats.refused++;
      done(refused(Status.Overloaded));
      return;
    }
    const item = new PendingItem(opId, format, auth, mac, body, performance.now(), done);
    // Inline, the first request of an event-loop turn that finds nothing waiting is decided at once,
    // in the callback that brought it: deferred, it would wait behind whatever else the turn holds,
    // for no batch to share. The turn's later ones wait for its end and are decided as one batch
    // (under load a batch decides a request in two thirds of the time: bench:inquire). Requests
    // submitted together (a TCP read's pipelined frames: together()) are one batch, decided when
    // the last is submitted. Outside together(), a turn's waiting requests are decided once
    // inlineBatchItemsMax wait: the first of a long turn would otherwise wait for every later
    // request's parsing as well as the batch (HTTP at half its peak: 2.2-4.9 ms at p99 with 32,
    // 0.5-0.8 with 4).
    if (this.currentMode === 'inline' && this.held === 0 && this.pending.length === 0 && !this.turnStarted) {
      this.turnStarted = true;
      setImmediate(this.endTurn);
      this.decideOne(item);
      return;
    }
    this.pending.push(item);
    const itemsMax =
      this.currentMode === 'inline' && this.held === 0 ? this.options.inlineBatchItemsMax : this.options.batchItemsMax;
    if (this.pending.length >= itemsMax && this.tasksInFlight < this.tasksInFlightMax) {
      this.flush();
      return;
    }
    this.scheduleCheck();
  }

  /**
   * Runs fn, whose submissions (a TCP read's frames) are then decided together: inline, as one
   * batch before this returns; with the pool, as before (the next batch).
   */
  together(fn: () => void): void {
    this.held++;
    try {
      fn();
    } finally {
      this.held--;
      if (this.held === 0 && this.currentMode === 'inline' && this.pending.length > 0) {
        if (this.pending.length === 1) this.decideOne(this.pending.pop()!);
        else this.flush();
      }
    }
  }

  /** Where read-only requests are decided now. */
  get mode(): ExecutionMode {
    return this.currentMode;
  }

  /**
   * SSC_WORKERS=auto's choice, once at start, before any request: the main thread decides
   * everything from now on, and the worker threads are stopped.
   */
  async useInline(): Promise<void> {
    assert(this.options.inline !== undefined && this.tasksInFlight === 0, 'an idle pool and an inline authorizer');
    this.currentMode = 'inline';
    this.tasksInFlightMax = 1;
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }

  /**
   * Round trips of an empty batch through a worker, `count` of them `gapMs` apart so the workers
   * park in between (as at light load): the hand-off's own cost, in microseconds.
   */
  async measureHandOff(count: number, gapMs: number): Promise<{ p50Us: number; p99Us: number }> {
    assert(this.pool !== undefined && count > 0, 'a pool to measure');
    const us: number[] = [];
    for (let i = 0; i < count; i++) {
      await new Promise((resolve) => setTimeout(resolve, gapMs));
      const t0 = performance.now();
      await this.pool.run(packRequests([], 0));
      us.push((performance.now() - t0) * 1000);
    }
    us.sort((a, b) => a - b);
    const at = (q: number): number => Math.round(us[Math.min(us.length - 1, Math.floor(q * us.length))]!);
    return { p50Us: at(0.5), p99Us: at(0.99) };
  }

  private scheduleCheck(): void {
    if (this.checkScheduled) return;
    this.checkScheduled = true;
    setImmediate(this.check);
  }

  private readonly check = (): void => {
    this.checkScheduled = false;
    if (this.pending.length === 0) return;
    if (this.tasksInFlight >= this.tasksInFlightMax) return; // a completion will flush
    // A lone request while the pool is idle is decided here: the hop to a sleeping worker costs
    // more than the decision (docs/BENCHMARKS.md, unloaded latency). Anything more goes to the pool.
    if (this.tasksInFlight === 0 && this.pending.length === 1 && this.options.inline !== undefined) {
      const items = this.pending;
      this.pending = [];
      this.runInline(items);
      return;
    }
    const waitedUs = (performance.now() - this.pending[0]!.enqueuedMs) * 1000;
    if (this.tasksInFlight === 0 || waitedUs >= this.options.batchWindowUs) {
      this.flush();
      return;
    }
    this.scheduleCheck();
  };

  private flush(): void {
    while (this.pending.length > 0 && this.tasksInFlight < this.tasksInFlightMax) {
      const count = Math.min(this.pending.length, this.options.batchItemsMax);
      const items = this.pending.length === count ? this.pending : this.pending.slice(0, count);
      this.pending = this.pending.length === count ? [] : this.pending.slice(count);
      this.dispatch(items);
    }
  }

  private runInline(items: PendingItem[]): void {
    const postedMs = performance.now();
    this.stats.batches++;
    this.stats.items += items.length;
    this.stats.inlineItems += items.length;
    this.options.onBatch?.(items.length);
    this.complete(items, postedMs, this.options.inline!.run(packRequests(items, items.length)));
  }

  /** One request decided here and now, nothing packed (inline mode, nothing waiting). */
  private decideOne(item: PendingItem): void {
    this.stats.batches++;
    this.stats.items++;
    this.stats.inlineItems++;
    this.options.onBatch?.(1);
    const startedMs = performance.now();
    const reply = this.options.inline!.decideOne(item.opId, item.format, item.auth, item.mac, item.body);
    item.done({
      status: reply.status,
      body: Buffer.isBuffer(reply.body)
        ? reply.body
        : Buffer.from(reply.body.buffer, reply.body.byteOffset, reply.body.byteLength),
      queueUs: (startedMs - item.enqueuedMs) * 1000,
      decodeUs: reply.decodeUs,
      decideUs: reply.decideUs,
      encodeUs: reply.encodeUs,
      reason: reply.reasonIndex,
      verified: reply.verified,
      commitUs: 0,
      appliedSeq: 0,
    });
  }

  private dispatch(items: PendingItem[]): void {
    if (this.pool === undefined) {
      this.runInline(items);
      return;
    }
    const batch = packRequests(items, items.length);
    const postedMs = performance.now();
    this.stats.batches++;
    this.stats.items += items.length;
    this.stats.pooledBatches++;
    this.options.onBatch?.(items.length);
    this.tasksInFlight++;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.options.taskTimeoutMs);
    this.pool.run(batch, { transferList: [batch], signal: abort.signal }).then(
      (replies: ArrayBuffer) => {
        clearTimeout(timer);
        this.tasksInFlight--;
        this.complete(items, postedMs, replies);
        this.flush();
      },
      () => {
        clearTimeout(timer);
        this.tasksInFlight--;
        this.stats.timedOut++;
        for (let i = 0; i < items.length; i++) items[i]!.done(refused(Status.WorkerFailed));
        this.flush();
      },
    );
  }

  private complete(items: PendingItem[], postedMs: number, replies: ArrayBuffer): void {
    const reader = new ReplyBatchReader(replies);
    assert(reader.count === items.length, 'one reply per request');
    const roundTripUs = (performance.now() - postedMs) * 1000;
    const transitUs = roundTripUs > reader.busyUs ? roundTripUs - reader.busyUs : 0;
    for (let i = 0; i < items.length; i++) {
      reader.next();
      const item = items[i]!;
      const waitedUs = (postedMs - item.enqueuedMs) * 1000;
      item.done({
        status: reader.status,
        body: reader.body(),
        queueUs: waitedUs + transitUs + reader.startUs,
        decodeUs: reader.decodeUs,
        decideUs: reader.decideUs,
        encodeUs: reader.encodeUs,
        reason: reader.reasonIndex,
        verified: reader.verified,
        commitUs: 0,
        appliedSeq: 0,
      });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const waiting = this.pending;
    this.pending = [];
    for (const item of waiting) item.done(refused(Status.Overloaded));
    if (this.pool !== undefined) await this.pool.destroy();
  }
}
