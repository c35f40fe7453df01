// Where the Inquire tail comes from: the same open-loop TCP Inquire offered at fixed rates to engine
// variants (worker pool settings, the inline engine, V8 heap settings), interleaved rounds in one
// run. Per variant and rate: the server-side total and every stage (receive, decode, queue, decide,
// encode) at p50 / p99 / p99.9 from the engine's own histograms, the end-to-end p99, the
// generator's send lateness (its own stalls), and CPU per thread; each p99 as a ratio to the inline
// engine's in the same round.
// `npm run bench:tail -- [--cards 100000] [--rates 2000,6000] [--seconds 6] [--rounds 2]
//  [--variants inline,pool,...] [--taskset] [--settle-rate 0] [--settle-before 0] [--flows-before 0]
//  [--operation inquire|settle] [--cluster]
//  [--baseline-root DIR] [--out FILE]`:
// a rate of 0 is a closed loop (16 outstanding per connection, as `npm run bench`) and `half` half
// of what the same variant accepted closed loop earlier in the round (`--rates 0,half`); the
// variants `ceiling-tcp` and `ceiling-tcp-spin-<µs>` are no engine but its TCP server answering a
// fixed reply after that much CPU per request (the limit any server meets here); --taskset pins
// the engine to CPU 0 and the generator to CPU 1 (variantOf: modifiers lower the generator's
// priority, pace it finely or pin the engine's main thread only); --settle-rate offers settlements
// at the same time on their own connections; --settle-before S first offers S seconds of
// closed-loop settlements (40 connections × 16), so the rates meet an engine that has just
// written, as in the full run; --flows-before S first runs S seconds of whole outpatient visits (8
// clients), so the store holds visits as the full run's does; --operation settle offers durable settlements at the
// rates instead of Inquire, and reports their stages, commit included (with either, each variant
// runs on its own copy of the dataset); --cluster runs each variant as a replicated pool (three
// nats-servers, the leader measured, two followers) and reports every process's CPU; a variant
// named `<variant>@base` runs the engine built in --baseline-root (a checkout of an earlier commit
// with its own `npm run build`; `bench/.data` linked to this one's), so a code change is measured
// against its parent in the same run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { distinctMsgId, header, signIn } from '../../protocol/client.js';
import { encodeFrame, FrameType } from '../../protocol/frame.js';
import { macForTerminal } from '../../protocol/mac.js';
import { v1 } from '../../protocol/pb.js';
import { benchBill } from '../lib/bill.js';
import { type CanaryReading, startCanary } from '../lib/canary.js';
import {
  diskBytesPerSecond,
  machineBusyPct,
  machineTicks,
  pinThreadToCpu,
  pinToCpu,
  snapshot,
  unpin,
  usage,
  usageByName,
} from '../lib/cpu.js';
import { copyDataset, inquireFrames, openBenchDataset } from '../lib/dataset.js';
import { startServer, stopServer } from '../lib/engine-process.js';
import { flowLoad } from '../lib/flow-load.js';
import { freshHeaders, outpatientVisit } from '../lib/flows.js';
import type { Pacing } from '../lib/pacer.js';
import { startPool } from '../lib/pool-process.js';
import { quantileUs, scrape } from '../lib/server-metrics.js';
import { machine, median } from '../lib/stats.js';
import { tcpLoad } from '../lib/tcp-load.js';

/** The experiments: each an engine environment (everything else at its default); see variantOf. */
const allVariants: Record<string, Record<string, string>> = {
  inline: { SSC_WORKERS: 'inline' },
  'inline-perf': { SSC_WORKERS: 'inline', NODE_OPTIONS: '--perf-basic-prof' },
  // Every collection's phases, one line each (kept with SSC_BENCH_ENGINE_OUT=<file>).
  'inline-trace-gc': { SSC_WORKERS: 'inline', BENCH_NODE_ARGS: '--trace-gc-nvp' },
  // A V8 CPU profile of the engine, written when it stops (to bench/results/profiles).
  'inline-cpu-prof': {
    SSC_WORKERS: 'inline',
    BENCH_NODE_ARGS: `--cpu-prof --cpu-prof-dir=${resolve('bench/results/profiles')}`,
  },
  'inline-parallel-scavenge': { SSC_WORKERS: 'inline', SSC_SCAVENGE: 'parallel' },
  'pool-serial-scavenge': { SSC_WORKERS: 'pool', SSC_SCAVENGE: 'serial' },
  'inline-parallel-scavenge-trace-gc': {
    SSC_WORKERS: 'inline',
    SSC_SCAVENGE: 'parallel',
    BENCH_NODE_ARGS: '--trace-gc-nvp',
  },
  auto: {},
  'inline-commit-sync': { SSC_WORKERS: 'inline', SSC_LEDGER_COMMIT: 'sync' },
  'inline-group-64': { SSC_WORKERS: 'inline', SSC_LEDGER_GROUP_ITEMS_MAX: '64' },
  'inline-group-16': { SSC_WORKERS: 'inline', SSC_LEDGER_GROUP_ITEMS_MAX: '16' },
  'inline-group-256': { SSC_WORKERS: 'inline', SSC_LEDGER_GROUP_ITEMS_MAX: '256' },
  'inline-group-512': { SSC_WORKERS: 'inline', SSC_LEDGER_GROUP_ITEMS_MAX: '512' },
  'pool-group-16': { SSC_WORKERS: 'pool', SSC_LEDGER_GROUP_ITEMS_MAX: '16' },
  pool: { SSC_WORKERS: 'pool' },
  'pool-1-thread': { SSC_WORKERS: 'pool', SSC_THREADS: '1' },
  'pool-no-idle-inline': { SSC_WORKERS: 'pool', SSC_IDLE_INLINE: '0' },
  'pool-window-0': { SSC_WORKERS: 'pool', SSC_BATCH_WINDOW_US: '0' },
  'pool-window-1000': { SSC_WORKERS: 'pool', SSC_BATCH_WINDOW_US: '1000' },
  'pool-1-task': { SSC_WORKERS: 'pool', SSC_TASKS_PER_THREAD: '1' },
  'pool-batch-8': { SSC_WORKERS: 'pool', SSC_BATCH_ITEMS_MAX: '8' },
  'pool-semi-space-64': { SSC_WORKERS: 'pool', NODE_OPTIONS: '--max-semi-space-size=64' },
  'inline-semi-space-64': { SSC_WORKERS: 'inline', NODE_OPTIONS: '--max-semi-space-size=64' },
  'inline-appends-2': { SSC_WORKERS: 'inline', SSC_CLUSTER_APPENDS_IN_FLIGHT: '2' },
  'inline-appends-4': { SSC_WORKERS: 'inline', SSC_CLUSTER_APPENDS_IN_FLIGHT: '4' },
  'inline-appends-8': { SSC_WORKERS: 'inline', SSC_CLUSTER_APPENDS_IN_FLIGHT: '8' },
  'inline-semi-space-4': { SSC_WORKERS: 'inline', NODE_OPTIONS: '--max-semi-space-size=4' },
  'inline-semi-space-1': { SSC_WORKERS: 'inline', NODE_OPTIONS: '--max-semi-space-size=1' },
  'inline-semi-space-2': { SSC_WORKERS: 'inline', NODE_OPTIONS: '--max-semi-space-size=2' },
};

const { values } = parseArgs({
  options: {
    cards: { type: 'string', default: '100000' },
    rates: { type: 'string', default: '2000,6000' },
    seconds: { type: 'string', default: '6' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '16' },
    variants: { type: 'string', default: Object.keys(allVariants).join(',') },
    taskset: { type: 'boolean', default: false },
    /** Settlements per second offered at the same time on their own connections (money on the same engine). */
    'settle-rate': { type: 'string', default: '0' },
    /** Seconds of closed-loop durable settlements (40 connections × 16) before each variant's rates. */
    'settle-before': { type: 'string', default: '0' },
    'flows-before': { type: 'string', default: '0' },
    /** What the measured stream offers: Inquire (read) or Settle (a durable write each). */
    operation: { type: 'string', default: 'inquire' },
    /** Each variant as a replicated pool (bench/lib/pool-process.ts): measured at its leader. */
    cluster: { type: 'boolean', default: false },
    /** The checkout `<variant>@base` runs its engine from. */
    'baseline-root': { type: 'string' },
    /** The report's file (default: bench/results/tail-<time>.json). */
    out: { type: 'string' },
  },
});
const settleRate = Number(values['settle-rate']);
const settleBeforeS = Number(values['settle-before']);
/** Seconds of outpatient visits (8 clients, bench/lib/flows.ts) before the rates: visits in the store, as in the full run. */
const flowsBeforeS = Number(values['flows-before']);
const focus = values.operation === 'settle' ? 'Settle' : 'Inquire';
if (values.operation !== 'settle' && values.operation !== 'inquire') throw new Error('--operation inquire|settle');
const cards = Number(values.cards);
/**
 * Offered rates per second; 0 is a closed loop, and `half` half of what the same variant accepted
 * closed loop earlier in the same round (its own half peak: `--rates 0,half`).
 */
const rateSpecs = values.rates.split(',');
for (const spec of rateSpecs)
  if (spec !== 'half' && !Number.isFinite(Number(spec))) throw new Error(`--rates: numbers or half, not ${spec}`);
const closedIndex = rateSpecs.indexOf('0');
if (rateSpecs.includes('half') && (closedIndex === -1 || closedIndex > rateSpecs.indexOf('half')))
  throw new Error('--rates: half needs a 0 before it');
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const variants = values.variants.split(',');
/**
 * A variant: an engine environment, then modifiers of the load generator and the placement:
 * `+gen-nice-19` (the generator at the lowest CPU priority), `+fine-pacing` (each request released
 * within ~0.1 ms of its due time instead of bursts from a 1 ms timer: bench/lib/pacer.ts) and
 * `+pin-main` (the engine's main thread on CPU 0 and the generator on CPU 1, the engine's other
 * threads on either; --taskset pins all of the engine's threads to CPU 0); `+cluster` runs the
 * variant as a replicated pool (as --cluster does for all), `+replicas-in-memory` as a pool whose
 * nats-servers and followers keep their files on tmpfs (only the leader's LMDB on the disk).
 */
const modifiers = ['gen-nice-19', 'fine-pacing', 'pin-main', 'cluster', 'replicas-in-memory'] as const;
/**
 * `ceiling-tcp` and `ceiling-tcp-spin-<µs>`: no engine, the engine's TCP server answering a fixed
 * reply the size of an Inquire's (169 bytes, the median over 1M cards), after that much CPU per
 * request (bench/load/ceiling-tcp.ts): what this machine and generator allow any server.
 */
const ceilingVariant = /^ceiling-tcp(?:-spin-(\d+))?$/;
const ceilingReplyBytes = 169;
function variantOf(name: string): {
  env: Record<string, string>;
  generatorNice: number;
  pacing: Pacing;
  pinMain: boolean;
  /** A ceiling variant: its CPU per request (µs). */
  ceilingSpinUs?: number;
  /** Run as a replicated pool (--cluster, or `+cluster`); `+replicas-in-memory`: only the leader on disk. */
  cluster: boolean;
  replicasInMemory: boolean;
} {
  const [withRoot, ...mods] = name.split('+');
  const [base, root] = withRoot!.split('@');
  const ceiling = ceilingVariant.exec(base!);
  const variantEnv = ceiling === null ? allVariants[base!] : {};
  if (variantEnv === undefined) throw new Error(`unknown variant ${name}`);
  if (ceiling !== null && root !== undefined) throw new Error(`${name}: a ceiling has no @base`);
  if (root !== undefined && (root !== 'base' || values['baseline-root'] === undefined))
    throw new Error(`${name}: @base needs --baseline-root`);
  const env = root === undefined ? variantEnv : { ...variantEnv, BENCH_ROOT: values['baseline-root']! };
  for (const m of mods)
    if (!(modifiers as readonly string[]).includes(m)) throw new Error(`unknown modifier +${m} in ${name}`);
  return {
    env,
    generatorNice: mods.includes('gen-nice-19') ? 19 : 0,
    pacing: mods.includes('fine-pacing') ? 'fine' : 'timer',
    pinMain: mods.includes('pin-main'),
    cluster: values.cluster || mods.includes('cluster') || mods.includes('replicas-in-memory'),
    replicasInMemory: mods.includes('replicas-in-memory'),
    ...(ceiling === null ? {} : { ceilingSpinUs: Number(ceiling[1] ?? '0') }),
  };
}
for (const v of variants) {
  const parsed = variantOf(v);
  if (parsed.ceilingSpinUs !== undefined && parsed.cluster) throw new Error(`${v}: a ceiling is no pool`);
}
/**
 * The load generator's (this thread's) CPU priority. Going back to 0 after 19 needs CAP_SYS_NICE:
 * without it, run a niced variant on its own.
 */
function niceGenerator(nice: number): void {
  if (getPriority(0) === nice) return;
  try {
    setPriority(0, nice);
  } catch (e) {
    throw new Error(
      `cannot set the generator's nice value to ${nice} (${(e as Error).message}): run a +gen-nice-19 variant on its own`,
    );
  }
}
const port = 18_800;
const url = `http://127.0.0.1:${port}`;
/** A closed loop (a rate of 0): requests outstanding per connection, as in `npm run bench`. */
const closedLoopInFlight = 16;
const stages = ['receive', 'decode', 'queue', 'decide', 'encode', 'commit', 'total'] as const;

const dataset = await openBenchDataset(cards);
const { terminal, cards: benchCards } = dataset;
/** An idle process beside every run, with a disk probe on the datasets' disk (bench/lib/canary.ts). */
const canary = await startCanary(dirname(dataset.dir));
// Settlements write: each variant then gets its own copy of the dataset, removed at the end.
const copies: string[] = [];
function dataDirFor(): string {
  if (settleRate === 0 && settleBeforeS === 0 && flowsBeforeS === 0 && focus === 'Inquire') return dataset.dir;
  const copy = copyDataset(dataset.dir, 'tail');
  copies.push(copy);
  return copy;
}
const codes = dataset.samples.catalogue.filter((c) => c.class !== 3).map((c) => c.code);
const msgStartMs = Date.now();
let msgSequence = 0;

/** A Settle frame with a msg id never used before (open loop: one per offered settlement). */
function settleFrame(signNo: string, i: number): Buffer {
  const card = benchCards[(i * 7919) % benchCards.length]!;
  const k = msgSequence++;
  const body = Buffer.from(
    v1.SettleRequest.encode({
      header: { ...header(terminal, signNo, k), msgId: distinctMsgId(terminal.institutionCode, msgStartMs, k) },
      credential: { type: 3, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
      ...benchBill(i, codes, 4, 11),
    }).finish(),
  );
  return encodeFrame(FrameType.Request, 2102, 0, body, macForTerminal(terminal.terminalId, body));
}

interface ReplicationTimes {
  /** The measured engine's role and epoch at the end (a step-down or a new tenure shows here). */
  role: string;
  epoch: number;
  appendP50Us: number;
  appendP99Us: number;
  applyP50Us: number;
  applyP99Us: number;
}

/** The engine's ledger counters (/stats): groups decided and the requests in them; a pool's leader's record times. */
async function ledgerStats(): Promise<{
  groups: number;
  items: number;
  replication?: ReplicationTimes;
  /** None from a ceiling server (no store). */
  store?: { fileBytes: number; freeBytes: number };
}> {
  const stats = (await (await fetch(`${url}/stats`)).json()) as {
    ledger: { groups: number; items: number };
    replication?: ReplicationTimes;
    store?: { fileBytes: number; freeBytes: number };
  };
  return { ...stats.ledger, replication: stats.replication, store: stats.store };
}

/** Pins a process to one CPU, when asked. */
function pin(pid: number, cpu: number): void {
  if (values.taskset) pinToCpu(pid, cpu);
}

interface Run {
  variant: string;
  /** As given in --rates ('half' for the variant's own half peak). */
  rateSpec: string;
  /** Offered per second (0: closed loop). */
  rate: number;
  round: number;
  acceptedPerSecond: number;
  endToEndP99Us: number;
  sendLatenessP99Us: number;
  /** stage -> [p50, p99, p999] in µs (server side). */
  server: Record<string, [number, number, number]>;
  /** With --settle-rate: the settlements' server-side p99 (µs). */
  settleP99Us: number;
  cpu: ReturnType<typeof usage>;
  /** The engine's other threads by name (libuv-worker: lmdb-js's commits and flushes), % of one core. */
  threadsByName: { name: string; pct: number }[];
  /** Bytes the machine's disks wrote per second during the run, and per settlement offered (with any). */
  writeBytesPerSecond: number;
  writeBytesPerSettle: number | null;
  loadGeneratorCpuPct: number;
  /** The whole machine, percent of one core (2 cores: up to 200). */
  machineBusyPct: number;
  /** --cluster: each process of the pool, percent of one core. */
  poolCpuPct: Record<string, number>;
  /** Money requests per group the ledger decided during the run (one commit or one record each). */
  ledgerGroupItemsMean: number;
  /** The store's free pages (LMDB's free list) before and after the run, MB: a long list slows every commit. */
  storeFreeMB: [number, number] | null;
  /** The idle probe beside the run: its timer's delay and the disk's 4 KB fdatasync (bench/lib/canary.ts). */
  idleProbe: CanaryReading;
  /** --cluster: the leader's group-record append and LMDB apply times (its last 4,096 records). */
  records?: ReplicationTimes;
  /** The engine's major page faults during the run (reads that waited for the disk). */
  majorFaults: number;
  minorFaults: number;
  /** The engine's main thread over the run: event-loop delay p99, longest GC pause, GC time (µs). */
  loop: { delayP99Us: number; gcMaxUs: number; gcTotalUs: number };
}

const runs: Run[] = [];
for (let round = 1; round <= rounds; round++) {
  const order = round % 2 === 1 ? variants : [...variants].reverse();
  for (const variant of order) {
    const { env, generatorNice, pacing, pinMain, ceilingSpinUs, cluster, replicasInMemory } = variantOf(variant);
    // The engine inherits this process's priority and CPUs: it starts from the usual ones, and
    // only the generator is lowered or pinned.
    niceGenerator(0);
    if (!values.taskset) unpin(process.pid);
    const pool = cluster ? await startPool(dataset.dir, port, env, { replicasInMemory }) : undefined;
    const child =
      pool?.leader ??
      (ceilingSpinUs === undefined
        ? await startServer('engine', port, { dataDir: dataDirFor(), env })
        : await startServer('ceiling-tcp', port, { replyBytes: ceilingReplyBytes, spinUs: ceilingSpinUs }));
    niceGenerator(generatorNice);
    try {
      if (pinMain) {
        pinThreadToCpu(child.pid!, 0);
        pinToCpu(process.pid, 1);
      }
      pin(child.pid!, 0);
      pin(process.pid, 1);
      const signNo = await signIn(url, terminal);
      const inquiries = inquireFrames(dataset, signNo);
      const measured = (i: number): Buffer =>
        focus === 'Settle' ? settleFrame(signNo, i) : Buffer.from(inquiries[i % inquiries.length]!);
      /** The concurrent settlement stream for a run of `s` seconds (none without --settle-rate). */
      const money = (s: number): Promise<unknown> =>
        settleRate === 0
          ? Promise.resolve()
          : tcpLoad({
              port: port + 1,
              connections: 4,
              inFlight: 0,
              seconds: s,
              ratePerSecond: settleRate,
              frame: (i) => settleFrame(signNo, i),
              pacing,
            });
      // The engine after a burst of durable settlements, as the full run's budgets meet it.
      if (settleBeforeS > 0)
        await tcpLoad({
          port: port + 1,
          connections: 40,
          inFlight: closedLoopInFlight,
          seconds: settleBeforeS,
          ratePerSecond: 0,
          frame: (i) => settleFrame(signNo, i),
          pacing,
        });
      // Whole outpatient visits first (open, ten uploads, pre-settle, settle): the store then holds
      // visits, as the full run's engine does when it meets the city's load.
      if (flowsBeforeS > 0)
        await flowLoad({
          port: port + 1,
          clients: 8,
          seconds: flowsBeforeS,
          flow: outpatientVisit(dataset, () => signNo, freshHeaders()),
        });
      let closedLoopPerSecond = 0;
      for (const rateSpec of rateSpecs) {
        const rate = rateSpec === 'half' ? Math.round(closedLoopPerSecond / 2) : Number(rateSpec);
        // 1 s of warm-up at the same rate, then the measured run.
        await tcpLoad({
          port: port + 1,
          connections: Number(values.connections),
          inFlight: rate === 0 ? closedLoopInFlight : 0,
          seconds: 1,
          ratePerSecond: rate,
          frame: measured,
          pacing,
        });
        const ledger0 = await ledgerStats();
        const before = await scrape(url);
        const server0 = snapshot(child.pid!);
        const self0 = snapshot(process.pid);
        const machine0 = machineTicks();
        await canary.read();
        const pool0 = pool
          ?.processes()
          .map(([name, pid]) => [name, pid, pid === undefined ? undefined : snapshot(pid)] as const);
        const [r] = await Promise.all([
          tcpLoad({
            port: port + 1,
            connections: Number(values.connections),
            inFlight: rate === 0 ? closedLoopInFlight : 0,
            seconds,
            ratePerSecond: rate,
            frame: measured,
            pacing,
          }),
          money(seconds),
        ]);
        const idle = await canary.read();
        const server1 = snapshot(child.pid!);
        const machineBusy = machineBusyPct(machine0, machineTicks());
        const poolCpu = Object.fromEntries(
          (pool0 ?? []).map(([name, pid, s0]) => [
            name,
            pid === undefined || s0 === undefined ? 0 : usage(pid, s0, snapshot(pid)).totalPct,
          ]),
        );
        const cpu = usage(child.pid!, server0, server1);
        const written = diskBytesPerSecond(server0, server1);
        const settlesPerSecond = focus === 'Settle' ? (rate === 0 ? r.admittedPerSecond : rate) : settleRate;
        const loadGeneratorCpuPct = usage(process.pid, self0, snapshot(process.pid)).totalPct;
        const after = await scrape(url);
        const ledger1 = await ledgerStats();
        const groups = ledger1.groups - ledger0.groups;
        const server: Run['server'] = {};
        for (const stage of stages) {
          const key = `${focus}|tcp|${stage}`;
          server[stage] = [0.5, 0.99, 0.999].map((q) => Math.round(quantileUs(before, after, key, q))) as [
            number,
            number,
            number,
          ];
        }
        if (rate === 0) closedLoopPerSecond = Math.round(r.admittedPerSecond); // as the report records it
        const run: Run = {
          variant,
          rateSpec,
          rate,
          round,
          acceptedPerSecond: Math.round(r.admittedPerSecond),
          endToEndP99Us: Math.round(r.admittedLatencyUs.p99),
          sendLatenessP99Us: Math.round(r.sendLatenessUs.p99),
          server,
          settleP99Us: Math.round(quantileUs(before, after, 'Settle|tcp|total', 0.99)),
          cpu,
          threadsByName: usageByName(child.pid!, server0, server1),
          writeBytesPerSecond: Math.round(written),
          writeBytesPerSettle: settlesPerSecond > 0 ? Math.round(written / settlesPerSecond) : null,
          loadGeneratorCpuPct,
          machineBusyPct: machineBusy,
          poolCpuPct: poolCpu,
          majorFaults: server1.majorFaults - server0.majorFaults,
          minorFaults: server1.minorFaults - server0.minorFaults,
          ledgerGroupItemsMean: groups === 0 ? 0 : Math.round((ledger1.items - ledger0.items) / groups),
          idleProbe: idle,
          storeFreeMB:
            ledger0.store === undefined || ledger1.store === undefined
              ? null
              : ([ledger0.store.freeBytes, ledger1.store.freeBytes].map((b) => Math.round(b / 1e5) / 10) as [
                  number,
                  number,
                ]),
          ...(ledger1.replication === undefined
            ? {}
            : {
                records: {
                  role: ledger1.replication.role,
                  epoch: ledger1.replication.epoch,
                  appendP50Us: ledger1.replication.appendP50Us,
                  appendP99Us: ledger1.replication.appendP99Us,
                  applyP50Us: ledger1.replication.applyP50Us,
                  applyP99Us: ledger1.replication.applyP99Us,
                },
              }),
          loop: {
            delayP99Us: Math.round((after.gauges.get('ssc_event_loop_lag_p99_seconds') ?? 0) * 1e6),
            gcMaxUs: Math.round((after.gauges.get('ssc_gc_pause_max_seconds') ?? 0) * 1e6),
            gcTotalUs: Math.round(
              ((after.gauges.get('ssc_gc_pause_seconds_total') ?? 0) -
                (before.gauges.get('ssc_gc_pause_seconds_total') ?? 0)) *
                1e6,
            ),
          },
        };
        runs.push(run);
        process.stderr.write(
          `round ${round} ${variant.padEnd(22)} ${rate === 0 ? `closed ${Math.round(r.admittedPerSecond)}/s` : `${String(rate).padStart(6)}/s`}  server p99 ${(server['total']![1] / 1000).toFixed(2)} ms (queue ${(server['queue']![1] / 1000).toFixed(2)}, decide ${(server['decide']![1] / 1000).toFixed(2)}${focus === 'Settle' ? `, commit ${(server['commit']![1] / 1000).toFixed(2)}` : ''})  p99.9 ${(server['total']![2] / 1000).toFixed(2)} ms  e2e p99 ${(run.endToEndP99Us / 1000).toFixed(2)} ms  late p99 ${(run.sendLatenessP99Us / 1000).toFixed(2)} ms${settleRate > 0 ? `  settle p99 ${(run.settleP99Us / 1000).toFixed(2)} ms` : ''}  loop delay p99 ${(run.loop.delayP99Us / 1000).toFixed(2)} ms (idle probe ${(idle.delayP99Us / 1000).toFixed(2)}, max ${(idle.delayMaxUs / 1000).toFixed(2)}; disk fdatasync p99 ${(idle.diskSyncP99Us / 1000).toFixed(2)}, max ${(idle.diskSyncMaxUs / 1000).toFixed(2)})  gc max ${(run.loop.gcMaxUs / 1000).toFixed(2)} ms total ${(run.loop.gcTotalUs / 1000).toFixed(0)} ms  major faults ${run.majorFaults} minor ${run.minorFaults}  cpu main ${cpu.mainPct}% threads [${run.threadsByName.map((t) => `${t.name} ${t.pct}`).join(', ')}] gen ${loadGeneratorCpuPct}%  groups of ${run.ledgerGroupItemsMean}${run.storeFreeMB === null ? '' : `  store free ${run.storeFreeMB[0]} -> ${run.storeFreeMB[1]} MB`}${run.records === undefined ? '' : ` (append p50/p99 ${(run.records.appendP50Us / 1000).toFixed(1)}/${(run.records.appendP99Us / 1000).toFixed(1)} ms, apply ${(run.records.applyP50Us / 1000).toFixed(1)}/${(run.records.applyP99Us / 1000).toFixed(1)} ms; ${run.records.role} at epoch ${run.records.epoch})`}  machine ${machineBusy}%${
            pool === undefined
              ? ''
              : ` [${Object.entries(poolCpu)
                  .map(([name, pct]) => `${name} ${pct}`)
                  .join(', ')}]`
          }  disk (machine) ${(run.writeBytesPerSecond / 1e6).toFixed(1)} MB/s${run.writeBytesPerSettle === null ? '' : ` (${(run.writeBytesPerSettle / 1024).toFixed(1)} KB/settle)`}\n`,
        );
      }
    } finally {
      if (pool !== undefined) await pool.stop();
      else await stopServer(child);
    }
  }
}

/** Medians over rounds, and each p99 as a ratio to the inline engine at the same rate. */
const summary = rateSpecs.flatMap((rate) =>
  variants.map((variant) => {
    const mine = runs.filter((r) => r.variant === variant && r.rateSpec === rate);
    const inline = runs.filter((r) => r.variant === 'inline' && r.rateSpec === rate);
    const p = (rs: Run[], stage: string, i: number): number => median(rs.map((r) => r.server[stage]![i]!));
    return {
      variant,
      rate: rate === 'half' ? rate : Number(rate),
      offeredPerSecond: median(mine.map((r) => r.rate)),
      acceptedPerSecond: median(mine.map((r) => r.acceptedPerSecond)),
      serverP50Us: p(mine, 'total', 0),
      serverP99Us: p(mine, 'total', 1),
      serverP999Us: p(mine, 'total', 2),
      queueP99Us: p(mine, 'queue', 1),
      decideP99Us: p(mine, 'decide', 1),
      commitP99Us: p(mine, 'commit', 1),
      endToEndP99Us: median(mine.map((r) => r.endToEndP99Us)),
      sendLatenessP99Us: median(mine.map((r) => r.sendLatenessP99Us)),
      settleP99Us: median(mine.map((r) => r.settleP99Us)),
      writeBytesPerSettle:
        mine[0]?.writeBytesPerSettle === null ? null : median(mine.map((r) => r.writeBytesPerSettle!)),
      serverP99VsInline: inline.length === 0 ? null : Number((p(mine, 'total', 1) / p(inline, 'total', 1)).toFixed(2)),
    };
  }),
);
const report = {
  machine: machine(),
  settings: {
    cards,
    rates: rateSpecs,
    seconds,
    rounds,
    connections: Number(values.connections),
    taskset: values.taskset,
    settleRatePerSecond: settleRate,
    operation: focus,
  },
  variants: Object.fromEntries(variants.map((v) => [v, variantOf(v)])),
  summary,
  runs,
};
await canary.stop();
for (const copy of copies) rmSync(copy, { recursive: true, force: true });
mkdirSync('bench/results', { recursive: true });
const file = values.out ?? `bench/results/tail-${new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '')}.json`;
writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
process.stdout.write(`${JSON.stringify(summary, null, 2)}\nreport: ${file}\n`);
