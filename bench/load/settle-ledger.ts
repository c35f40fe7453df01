// Durable settlements per second: the ledger with group commit against the same ledger committing
// and flushing once per settlement, interleaved in one run, then the group-commit ledger driven at
// half its measured peak (open loop) for the latency a hospital sees when the engine is not saturated.
// `npm run bench:settle -- [--cards 1000000] [--persons 20000] [--seconds 5] [--rounds 3] [--concurrency 1024]`
//    [--variants group-commit,group-128,group-64,flush-each,stream,stream-serial,stream-64] [--half-peak-rounds 3]
//
// `stream`: the same ledger on a replicated pool (engine/replication): every group appended to a
// 3-replica NATS JetStream stream and acknowledged before it is applied and answered, on a local
// 3-node cluster of Debian's nats-server that this bench starts and stops (docs/REPLICATION.md).
//
// In-process, no HTTP: it measures the writer (decide inside the write transaction, write set,
// commit, wait for the flush), which is what group commit changes. Random persons over the whole
// dataset; every request a distinct msg_id; each reply counted only after lmdb-js reports it
// flushed. The dataset is copied first: settlements write.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { decideInquire } from '../../engine/core/decide-inquire.js';
import type { SettleInput } from '../../engine/core/decide-pre-settle.js';
import type { RequestContext } from '../../engine/core/model.js';
import { defaultDecisionSettings } from '../../engine/core/settings.js';
import type { DemoSamples } from '../../engine/demo/demo.js';
import { settleDigest } from '../../engine/ledger/digest.js';
import { Ledger, type LedgerCommit, type LedgerResult } from '../../engine/ledger/ledger.js';
import { NatsCluster } from '../../engine/replication/nats-cluster.js';
import { ReplicatedNode } from '../../engine/replication/node.js';
import { StreamLog } from '../../engine/replication/stream-log.js';
import { Sessions } from '../../engine/sessions/sessions.js';
import { loadPolicyFile } from '../../engine/store/policy-file.js';
import { LmdbReadView } from '../../engine/store/read-view.js';
import { defaultMapSizeBytes, Store } from '../../engine/store/store.js';
import { Status } from '../../engine/wire/handled.js';
import { distinctMsgId, makeMsgId } from '../../protocol/client.js';
import { benchBill } from '../lib/bill.js';
import { snapshot, usage } from '../lib/cpu.js';
import { copyDataset, ensureDataset, sampleCards } from '../lib/dataset.js';
import { machine, median, summarize } from '../lib/stats.js';

const { values } = parseArgs({
  options: {
    cards: { type: 'string', default: '1000000' },
    persons: { type: 'string', default: '20000' },
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '1024' },
    lines: { type: 'string', default: '4' },
    variants: { type: 'string', default: 'group-commit,flush-each' },
    /** Rounds of the open-loop run at half the peak (0: skip). */
    'half-peak-rounds': { type: 'string' },
  },
});
const cards = Number(values.cards);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const concurrency = Number(values.concurrency);
const lineCount = Number(values.lines);

const { dir } = await ensureDataset(cards);
const workDir = copyDataset(dir, 'settle');
const store = Store.open({ path: workDir, readOnly: false, mapSizeBytes: defaultMapSizeBytes });
const settings = defaultDecisionSettings;
const policy = loadPolicyFile('engine/core/policies/ningbo-2011-illustrative.json');
const samples = store.meta.get('demo.samples') as DemoSamples;
const terminal = samples.terminals.find((t) => t.role === 'ningboHospitalL3')!;
const view = new LmdbReadView(store);

const baseHeader: RequestContext = {
  msgId: '',
  terminalId: terminal.terminalId,
  institutionCode: terminal.institutionCode,
  operatorId: 'op001',
  operatorType: 1,
  signNo: '',
  requestTimeMs: Date.now(),
  careRegion: terminal.region,
  insuredRegion: '',
};
const signedIn = await new Sessions(store, view, settings).signIn(
  { ...baseHeader, msgId: makeMsgId(terminal.institutionCode, Date.now(), 1) },
  Date.now(),
);
baseHeader.signNo = signedIn.signNo;

// Persons an outpatient settlement approves for (random over the key range).
const candidates = sampleCards(dir, Number(values.persons) * 2, cards);
view.refresh();
const persons = candidates.filter((c) => {
  const decision = decideInquire(
    view,
    { header: baseHeader, credential: { type: 3, ...c }, medicalType: 11, insuranceType: 0 },
    Date.now(),
    settings,
  );
  return decision.reason === '00';
});
const catalogue = samples.catalogue.filter((c) => c.class !== 3).map((c) => c.code);

let sequence = 0;
const startMs = Date.now();
/** Distinct msg ids: the 4-digit sequence wraps every 10,000, so the time part advances a second per wrap. */
function nextRequest(): { header: RequestContext; input: SettleInput; digest: bigint } {
  const k = sequence++;
  const header = {
    ...baseHeader,
    msgId: distinctMsgId(terminal.institutionCode, startMs, k),
  };
  const person = persons[(k * 7919) % persons.length]!;
  const input: SettleInput = {
    header,
    credential: { type: 3, cardNo: person.cardNo, cardSn: person.cardSn, idNo: person.idNo },
    insuranceType: 0,
    visitId: '',
    personNo: '',
    diseaseCode: '',
    ...benchBill(k, catalogue, lineCount, 11),
  };
  return { header, input, digest: settleDigest(header, input) };
}

interface Variant {
  name: string;
  groupItemsMax: number;
  commit: LedgerCommit;
  /** Through the pool's replicated log (a leader on a local NATS cluster). */
  replicated?: boolean;
  /** Replicated: group records appended and not yet applied at most (SSC_CLUSTER_APPENDS_IN_FLIGHT). */
  appendsInFlight?: number;
}
const allVariants: Variant[] = [
  { name: 'group-commit', groupItemsMax: 512, commit: 'pipelined' },
  { name: 'group-sync', groupItemsMax: 512, commit: 'sync' },
  { name: 'group-128', groupItemsMax: 128, commit: 'sync' },
  { name: 'group-64', groupItemsMax: 64, commit: 'sync' },
  { name: 'flush-each', groupItemsMax: 1, commit: 'serial' },
  { name: 'flush-each-sync', groupItemsMax: 1, commit: 'sync' },
  // The replicated path appends and applies on its own (engine/replication/node.ts): commit does not apply.
  { name: 'stream', groupItemsMax: 512, commit: 'serial', replicated: true, appendsInFlight: 4 },
  { name: 'stream-serial', groupItemsMax: 512, commit: 'serial', replicated: true, appendsInFlight: 1 },
  { name: 'stream-64', groupItemsMax: 64, commit: 'serial', replicated: true, appendsInFlight: 4 },
];
const variants = allVariants.filter((v) => values.variants.split(',').includes(v.name));

/** The replicated variant's cluster and this process as the pool's leader (started only when asked). */
const replication = variants.some((v) => v.replicated) ? await startReplication() : undefined;
async function startReplication(): Promise<{ cluster: NatsCluster; node: ReplicatedNode }> {
  const cluster = await NatsCluster.onFreePorts();
  await cluster.start();
  const log = await StreamLog.openWhenReady(
    { servers: cluster.servers, pool: '330200', replicas: 3, appendTimeoutMs: 5_000 },
    30_000,
  );
  const node = new ReplicatedNode(store, log, { node: 'bench', leaseCheckMs: 1_000, elect: false });
  await node.start();
  await node.lead(1);
  store.replicator = undefined;
  return { cluster, node };
}

function ledgerFor(variant: Variant): Ledger {
  store.replicator = variant.replicated === true ? replication!.node : undefined;
  if (variant.replicated === true) replication!.node.appendsInFlightMax = variant.appendsInFlight ?? 4;
  return new Ledger(store, new LmdbReadView(store), settings, policy, {
    groupItemsMax: variant.groupItemsMax,
    commit: variant.commit,
    pendingItemsMax: 1_000_000,
    retentionMs: 72 * 3_600_000,
    messagesMax: 50_000_000,
    pruneItemsMax: 1_024,
  });
}

interface RunResult {
  variant: string;
  round: number;
  mode: 'closed' | 'open';
  /** Requests refused (503 S01) and retried: none expected. */
  refused?: number;
  /** Open loop: waiting for the writer, and commit + flush, per settlement. */
  phases?: { queueUs: ReturnType<typeof summarize>; commitUs: ReturnType<typeof summarize> };
  offeredPerSecond: number;
  settledPerSecond: number;
  approvedShare: number;
  latencyUs: ReturnType<typeof summarize>;
  averageGroupItems: number;
  mainThreadCpuPct: number;
  otherThreadsCpuPct: number[];
}

/** Closed loop: `concurrency` requests always outstanding, for `seconds`. */
async function closedLoop(variant: Variant, round: number): Promise<RunResult> {
  const ledger = ledgerFor(variant);
  let refused = 0;
  const latencies: number[] = [];
  let approved = 0;
  let stopped = false;
  const cpu0 = snapshot(process.pid);
  const t0 = performance.now();
  const submit = (): void => {
    if (stopped) return;
    const { header, input, digest } = nextRequest();
    const sent = performance.now();
    ledger.settle(header, input, digest, (result: LedgerResult) => {
      // Refused (S01: the store or the replicated log): counted, retried after a pause, not timed.
      if (result.status !== Status.Reply) {
        refused++;
        setTimeout(submit, 10);
        return;
      }
      latencies.push((performance.now() - sent) * 1000);
      if ((result.reply as { outcome?: { result?: number } }).outcome?.result === 1) approved++;
      submit();
    });
  };
  for (let i = 0; i < concurrency; i++) submit();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  stopped = true;
  const elapsedS = (performance.now() - t0) / 1000;
  const counted = latencies.length;
  await ledger.drained();
  const cpu = usage(process.pid, cpu0, snapshot(process.pid));
  return {
    variant: variant.name,
    round,
    mode: 'closed',
    refused,
    offeredPerSecond: 0,
    settledPerSecond: Math.round(counted / elapsedS),
    approvedShare: approved / Math.max(1, latencies.length),
    latencyUs: summarize(latencies),
    averageGroupItems: ledger.stats.items / Math.max(1, ledger.stats.groups),
    mainThreadCpuPct: cpu.mainPct,
    otherThreadsCpuPct: cpu.otherThreadsPct,
  };
}

/** Open loop: requests offered at a fixed rate whatever the answers do. */
async function openLoop(variant: Variant, ratePerSecond: number, round: number): Promise<RunResult> {
  const ledger = ledgerFor(variant);
  const latencies: number[] = [];
  const queueUs: number[] = [];
  const commitUs: number[] = [];
  let approved = 0;
  let offered = 0;
  const cpu0 = snapshot(process.pid);
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const elapsedMs = performance.now() - t0;
      if (elapsedMs >= seconds * 1000) {
        resolve();
        return;
      }
      const due = Math.floor((elapsedMs / 1000) * ratePerSecond) - offered;
      for (let i = 0; i < due; i++) {
        offered++;
        const { header, input, digest } = nextRequest();
        const sent = performance.now();
        ledger.settle(header, input, digest, (result: LedgerResult) => {
          latencies.push((performance.now() - sent) * 1000);
          queueUs.push(result.queueUs);
          commitUs.push(result.commitUs);
          if ((result.reply as { outcome?: { result?: number } }).outcome?.result === 1) approved++;
        });
      }
      // A timer, not a setImmediate spin: the generator must not eat the writer's thread.
      setTimeout(tick, 1);
    };
    tick();
  });
  await ledger.drained();
  const elapsedS = (performance.now() - t0) / 1000;
  const cpu = usage(process.pid, cpu0, snapshot(process.pid));
  return {
    variant: variant.name,
    round,
    mode: 'open',
    phases: { queueUs: summarize(queueUs), commitUs: summarize(commitUs) },
    offeredPerSecond: ratePerSecond,
    settledPerSecond: Math.round(latencies.length / elapsedS),
    approvedShare: approved / Math.max(1, latencies.length),
    latencyUs: summarize(latencies),
    averageGroupItems: ledger.stats.items / Math.max(1, ledger.stats.groups),
    mainThreadCpuPct: cpu.mainPct,
    otherThreadsCpuPct: cpu.otherThreadsPct,
  };
}

process.stdout.write(
  `settle ledger: ${persons.length.toLocaleString('en')} persons of ${cards.toLocaleString('en')} cards, ${lineCount}-line outpatient bills, concurrency ${concurrency}, ${rounds} rounds x ${seconds} s\n`,
);
const results: RunResult[] = [];
// Warm-up (not reported): page cache, JIT, the journal's first pages.
await closedLoop({ ...allVariants[0]!, name: 'warm-up' }, 0);
const show = (r: RunResult): void => {
  process.stdout.write(
    `  ${r.mode} ${r.variant.padEnd(13)} round ${r.round}: ${r.settledPerSecond.toLocaleString('en').padStart(7)} settled/s` +
      `${r.refused ? ` REFUSED ${r.refused}` : ''}${r.mode === 'open' ? ` (offered ${r.offeredPerSecond.toLocaleString('en')}/s)` : ''}  p50 ${(r.latencyUs.p50 / 1000).toFixed(2)} ms  p99 ${(r.latencyUs.p99 / 1000).toFixed(2)} ms  group ${r.averageGroupItems.toFixed(1)}  approved ${(r.approvedShare * 100).toFixed(1)}%  main thread ${r.mainThreadCpuPct}%${r.phases === undefined ? '' : ` (queue p99 ${(r.phases.queueUs.p99 / 1000).toFixed(2)} ms, commit+flush p99 ${(r.phases.commitUs.p99 / 1000).toFixed(2)} ms)`}, lmdb/other ${r.otherThreadsCpuPct.slice(0, 2).join('/')}%\n`,
  );
};
for (let round = 1; round <= rounds; round++) {
  for (const variant of variants) {
    const result = await closedLoop(variant, round);
    results.push(result);
    show(result);
  }
}
store.replicator = undefined;
const appendUs = replication?.node.status();
const streamed = median(results.filter((r) => r.variant === 'stream').map((r) => r.settledPerSecond));
const peak = median(results.filter((r) => r.variant === 'group-commit').map((r) => r.settledPerSecond));
const flushEach = median(results.filter((r) => r.variant === 'flush-each').map((r) => r.settledPerSecond));
const halfPeakRounds = Number(values['half-peak-rounds'] ?? rounds);
for (let round = 1; round <= halfPeakRounds; round++) {
  const result = await openLoop(allVariants[0]!, Math.round(peak / 2), round);
  results.push(result);
  show(result);
}
const half = results.filter((r) => r.mode === 'open');
const summary = {
  groupCommitPerSecond: peak,
  flushEachPerSecond: flushEach,
  ratio: Math.round((peak / flushEach) * 10) / 10,
  halfPeakP50Us: median(half.map((r) => r.latencyUs.p50)),
  halfPeakP99Us: median(half.map((r) => r.latencyUs.p99)),
  ...(replication === undefined
    ? {}
    : {
        streamPerSecond: streamed,
        streamVsGroupCommit: Math.round((streamed / peak) * 100) / 100,
        groupAppendP50Us: appendUs!.appendP50Us,
        groupAppendP99Us: appendUs!.appendP99Us,
        recordBytesMean: appendUs!.recordBytesMean,
        recordBytesMax: appendUs!.recordBytesMax,
      }),
};
if (replication !== undefined) {
  process.stdout.write(
    `stream: ${streamed.toLocaleString('en')} durable settles/s through the replicated log (${summary.streamVsGroupCommit}x the single box); group-record append p50 ${(appendUs!.appendP50Us / 1000).toFixed(2)} ms, p99 ${(appendUs!.appendP99Us / 1000).toFixed(2)} ms; records mean ${appendUs!.recordBytesMean.toLocaleString('en')} B, largest ${appendUs!.recordBytesMax.toLocaleString('en')} B\n`,
  );
  await replication.node.stop();
  await replication.cluster.stop();
}
process.stdout.write(
  `median: group commit ${peak.toLocaleString('en')}/s, flush each ${flushEach.toLocaleString('en')}/s (${summary.ratio}x); at half peak p50 ${(summary.halfPeakP50Us / 1000).toFixed(2)} ms, p99 ${(summary.halfPeakP99Us / 1000).toFixed(2)} ms\n`,
);
await store.close();
rmSync(workDir, { recursive: true, force: true });
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/settle-ledger-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '')}.json`;
writeFileSync(
  file,
  JSON.stringify(
    {
      bench: 'settle-ledger',
      machine: machine(),
      cards,
      persons: persons.length,
      lineCount,
      concurrency,
      seconds,
      rounds,
      summary,
      runs: results,
    },
    null,
    2,
  ) + '\n',
);
process.stdout.write(`wrote ${file}\n`);
