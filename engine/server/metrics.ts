// Hot path: bench/load/inquire-http.ts. Prometheus metrics on GET /metrics (prom-client registry,
// one per engine). Per-request latency goes into fixed-bucket histograms of our own (a bucket
// search and two adds, ~30 ns) exported through prom-client as ordinary histograms: prom-client's
// own observe costs ~0.4 µs, ×7 stages per request. Label sets are fixed and small: operation,
// transport, stage, reason code, refusal code; never a card, terminal or person. Worker threads'
// numbers arrive with their batch replies (timings, reason), so there is no per-request
// cross-thread traffic. Gauges are read when scraped.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { Counter, Gauge, Registry } from 'prom-client';
import { operations } from '../../protocol/operations.js';
import type { Dispatcher } from '../../workers/pool.js';
import type { Ledger } from '../ledger/ledger.js';
import type { Store, StoreSpace } from '../store/store.js';
import type { StageTimings } from '../wire/replies.js';

/** Bucket upper bounds in microseconds: 10 µs to 10 s, fine around the budgets (1, 1.5, 10 ms). */
const bucketsUs = [
  10, 25, 50, 75, 100, 150, 250, 400, 500, 750, 1_000, 1_500, 2_500, 4_000, 5_000, 7_500, 10_000, 15_000, 25_000,
  50_000, 100_000, 250_000, 1_000_000, 10_000_000,
];

/** Items per batch or group: 1 to 1,024. */
const bucketsItems = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1_024];

/** A histogram series with fixed buckets, cheap to observe. */
class Series {
  readonly counts: Float64Array;
  sum = 0;
  count = 0;

  constructor(
    readonly labels: Record<string, string>,
    readonly buckets: readonly number[],
  ) {
    this.counts = new Float64Array(buckets.length + 1);
  }

  observe(value: number): void {
    const buckets = this.buckets;
    let i = 0;
    while (i < buckets.length && value > buckets[i]!) i++;
    this.counts[i]!++;
    this.sum += value;
    this.count++;
  }
}

interface MetricValue {
  metricName: string;
  labels: Record<string, string | number>;
  value: number;
}

/** A family of Series exported as a Prometheus histogram (values divided by `scale`: µs -> s). */
class FastHistogram {
  private readonly series: Series[] = [];

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly buckets: readonly number[] = bucketsUs,
    private readonly scale = 1e6,
  ) {}

  child(labels: Record<string, string>): Series {
    const series = new Series(labels, this.buckets);
    this.series.push(series);
    return series;
  }

  get(): { name: string; help: string; type: string; aggregator: string; values: MetricValue[] } {
    const values: MetricValue[] = [];
    for (const s of this.series) {
      if (s.count === 0) continue;
      let cumulative = 0;
      for (let i = 0; i < this.buckets.length; i++) {
        cumulative += s.counts[i]!;
        values.push({
          metricName: this.name + '_bucket',
          labels: { ...s.labels, le: this.buckets[i]! / this.scale },
          value: cumulative,
        });
      }
      values.push({ metricName: this.name + '_bucket', labels: { ...s.labels, le: '+Inf' }, value: s.count });
      values.push({ metricName: this.name + '_sum', labels: s.labels, value: s.sum / this.scale });
      values.push({ metricName: this.name + '_count', labels: s.labels, value: s.count });
    }
    return { name: this.name, help: this.help, type: 'histogram', aggregator: 'sum', values };
  }
}

export type Transport = 'http' | 'tcp' | 'national';
const transports: Transport[] = ['http', 'tcp', 'national'];
const stages = ['receive', 'decode', 'queue', 'decide', 'encode', 'commit', 'total'] as const;

/** The seven stage series of one operation on one transport. */
class StageSet {
  constructor(readonly series: Series[]) {}

  observe(t: StageTimings): void {
    const s = this.series;
    s[0]!.observe(t.receiveUs);
    s[1]!.observe(t.decodeUs);
    s[2]!.observe(t.queueUs);
    s[3]!.observe(t.decideUs);
    s[4]!.observe(t.encodeUs);
    if (t.commitUs > 0) s[5]!.observe(t.commitUs);
    s[6]!.observe(t.totalUs);
  }
}

export interface MetricsSources {
  store: Store;
  dispatcher: Dispatcher;
  ledger: Ledger;
  dataDir: string;
  mapSizeBytes: number;
  /** Requests being handled now (HTTP and TCP). */
  inFlight: () => number;
  tcpConnections: () => number;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly stagesByKey = new Map<string, StageSet>();
  private readonly decisions: Counter<'operation' | 'reason'>;
  private readonly refused: Counter<'code'>;
  private readonly ignored: Counter<'operation'>;
  private readonly batchItems = new FastHistogram('ssc_batch_items', 'Requests per worker batch', bucketsItems, 1);
  private readonly batchSeries: Series;
  private readonly groupItems = new FastHistogram(
    'ssc_ledger_group_items',
    'Requests per group commit',
    bucketsItems,
    1,
  );
  private readonly groupSeries: Series;
  private readonly flush = new FastHistogram('ssc_ledger_commit_seconds', 'Group commit: transaction start to flushed');
  private readonly flushSeries: Series;
  private readonly lag = monitorEventLoopDelay({ resolution: lagResolutionMs });
  /** Garbage-collection pauses of the main thread: the longest since the last scrape, and totals. */
  private gcPauseMaxMs = 0;
  private gcPauseTotalMs = 0;
  private gcPauses = 0;
  private readonly gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      this.gcPauses++;
      this.gcPauseTotalMs += entry.duration;
      if (entry.duration > this.gcPauseMaxMs) this.gcPauseMaxMs = entry.duration;
    }
  });
  private sources: MetricsSources | undefined;

  constructor() {
    const stageHistogram = new FastHistogram(
      'ssc_stage_seconds',
      'Server-side time per stage: receive, decode, queue (worker or writer), decide, encode, commit (money: until flushed), total',
    );
    for (const spec of operations) {
      if (spec.streaming) continue;
      for (const transport of transports) {
        const series = stages.map((stage) => stageHistogram.child({ operation: spec.method, transport, stage }));
        this.stagesByKey.set(spec.method + '|' + transport, new StageSet(series));
      }
    }
    this.registry.registerMetric(stageHistogram as never);
    this.batchSeries = this.batchItems.child({});
    this.groupSeries = this.groupItems.child({});
    this.flushSeries = this.flush.child({});
    for (const h of [this.batchItems, this.groupItems, this.flush]) this.registry.registerMetric(h as never);
    this.decisions = new Counter({
      name: 'ssc_decisions_total',
      help: 'Answered requests by operation and reason code',
      labelNames: ['operation', 'reason'],
      registers: [this.registry],
    });
    this.ignored = new Counter({
      name: 'ssc_national_ignored_fields_total',
      help: 'Envelope fields and input sections of national requests the engine did not read, by operation',
      labelNames: ['operation'],
      registers: [this.registry],
    });
    this.refused = new Counter({
      name: 'ssc_refused_total',
      help: 'Refused requests by stable error code',
      labelNames: ['code'],
      registers: [this.registry],
    });
    this.lag.enable();
    this.gc.observe({ entryTypes: ['gc'] });
    const gauge = (name: string, help: string, read: (s: MetricsSources) => number): void => {
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect: function (this: Gauge) {
          // biome-ignore lint/complexity/noUselessThisAlias: prom-client calls collect with the gauge as this
          const self = this;
          if (metrics.sources !== undefined) self.set(read(metrics.sources));
        },
      });
    };
    const metrics = this;
    gauge('ssc_pool_threads', 'Worker threads up', (s) => s.dispatcher.threadCount);
    gauge('ssc_pool_tasks_in_flight', 'Worker tasks running or ready', (s) => s.dispatcher.tasksRunning);
    gauge('ssc_dispatch_queue_depth', 'Requests waiting in the dispatcher', (s) => s.dispatcher.queueDepth);
    gauge('ssc_ledger_queue_depth', 'Money requests waiting for the writer', (s) => s.ledger.pending);
    gauge('ssc_ledger_sequence', 'Last change-log sequence number', (s) => s.ledger.sequence);
    gauge('ssc_in_flight_requests', 'Requests being handled (HTTP and TCP)', (s) => s.inFlight());
    gauge('ssc_tcp_connections', 'Open TCP connections', (s) => s.tcpConnections());
    gauge('ssc_lmdb_file_bytes', 'Size of the LMDB data file', (s) => fileBytes(join(s.dataDir, 'data.mdb')));
    // Both from one count of the store's pages per scrape (the first gauge collected takes it).
    let space: { atMs: number; value: StoreSpace } | undefined;
    const spaceOf = (s: MetricsSources): StoreSpace => {
      const nowMs = Date.now();
      if (space === undefined || nowMs - space.atMs > 100) space = { atMs: nowMs, value: s.store.space() };
      return space.value;
    };
    gauge('ssc_lmdb_used_bytes', "LMDB pages in some database's tree", (s) => spaceOf(s).usedBytes);
    gauge(
      'ssc_lmdb_free_bytes',
      'LMDB pages on the free list (reused by later commits; only a compacting copy returns them)',
      (s) => spaceOf(s).freeBytes,
    );
    gauge('ssc_lmdb_map_bytes', 'LMDB map size (virtual)', (s) => s.mapSizeBytes);
    gauge('ssc_event_loop_lag_p99_seconds', 'Event-loop delay p99 since the last scrape', () => {
      // The histogram holds whole intervals of its timer: the delay is what exceeds the resolution.
      const p99 = Math.max(0, this.lag.percentile(99) - lagResolutionMs * 1e6) / 1e9;
      this.lag.reset();
      return Number.isFinite(p99) ? p99 : 0;
    });
    gauge(
      'ssc_gc_pause_max_seconds',
      'Longest garbage-collection pause of the main thread since the last scrape',
      () => {
        const max = Math.round(this.gcPauseMaxMs * 1000) / 1e6;
        this.gcPauseMaxMs = 0;
        return max;
      },
    );
    gauge(
      'ssc_gc_pause_seconds_total',
      'Garbage-collection pauses of the main thread, summed',
      () => Math.round(this.gcPauseTotalMs * 1000) / 1e6,
    );
    gauge('ssc_gc_pauses_total', 'Garbage-collection pauses of the main thread', () => this.gcPauses);
  }

  attach(sources: MetricsSources): void {
    this.sources = sources;
  }

  /** The stage series of an operation on a transport (looked up once per route or connection). */
  stagesFor(method: string, transport: Transport): StageSet {
    const set = this.stagesByKey.get(method + '|' + transport);
    if (set === undefined) throw new Error(`assertion: no stage series for ${method} ${transport}`);
    return set;
  }

  decided(method: string, reason: string): void {
    this.decisions.inc({ operation: method, reason });
  }

  /** Fields a national request carried that the engine did not read (ignored, never an error). */
  nationalIgnored(method: string, fields: number): void {
    this.ignored.inc({ operation: method }, fields);
  }

  refusedWith(code: string): void {
    this.refused.inc({ code });
  }

  batch(items: number): void {
    this.batchSeries.observe(items);
  }

  group(items: number, commitUs: number): void {
    this.groupSeries.observe(items);
    this.flushSeries.observe(commitUs);
  }

  close(): void {
    this.lag.disable();
    this.gc.disconnect();
  }
}

/** The event-loop delay monitor's timer interval, ms. */
const lagResolutionMs = 10;

function fileBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
