// Failover of a replicated pool, measured as a terminal sees it: a local 3-node NATS cluster and three
// engines that all stand for the lease (bench/lib/pool-process.ts), a client settling one bill at a
// time at whichever engine leads, and per round one fault:
//   stream-stop   the stream leader's server paused (SIGSTOP) 12 s, then resumed;
//   lease-stop    the lease bucket's leader's server paused 12 s, the pool's stream led elsewhere (the
//                 bucket's leader is stepped down until it is);
//   stream-kill   the stream leader's server killed -9, restarted once writes resumed (or after 60 s).
// A round's failover is the time from the last settlement acknowledged before the fault to the first
// one after it (the target: 10 s). Variants are pools running side by side, their rounds
// interleaved: `current` (this build) and `base` (the build in --baseline-root), for an A/B in one run.
// `npm run bench:failover -- --rounds 6 --faults stream-stop,lease-stop [--variants current,base --baseline-root DIR]`
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { StreamLog } from '../../engine/replication/stream-log.js';
import { call, signIn } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { benchBill } from '../lib/bill.js';
import { openBenchDataset } from '../lib/dataset.js';
import { freshHeaders } from '../lib/flows.js';
import { type PoolProcesses, startPool } from '../lib/pool-process.js';
import { longestGap, machine, median } from '../lib/stats.js';

const { values } = parseArgs({
  options: {
    cards: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '6' },
    faults: { type: 'string', default: 'stream-stop,lease-stop' },
    variants: { type: 'string', default: 'current' },
    'baseline-root': { type: 'string' },
    'pause-ms': { type: 'string', default: '12000' },
    'lease-ms': { type: 'string', default: '1500' },
    // warn: each engine's role changes on its standard output (SSC_BENCH_ENGINE_OUT=<file> keeps them).
    'log-level': { type: 'string', default: 'error' },
  },
});
const faults = values.faults.split(',');
for (const f of faults)
  if (!['stream-stop', 'lease-stop', 'stream-kill'].includes(f)) throw new Error(`unknown fault ${f}`);
const variants = values.variants.split(',');
for (const v of variants) if (v !== 'current' && v !== 'base') throw new Error(`unknown variant ${v}`);
if (variants.includes('base') && values['baseline-root'] === undefined) throw new Error('base needs --baseline-root');
const pauseMs = Number(values['pause-ms']);
/** A killed server is restarted once writes resumed, or after this long. */
const waitMaxMs = 60_000;
/** Watched after a server's return: its election unsettles the pool again (docs/REPLICATION.md). */
const afterReturnMs = 15_000;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const data = await openBenchDataset(Number(values.cards));
const pharmacy = data.samples.terminals.find((t) => t.role === 'ningboPharmacy')!;
const cards = data.samples.cards.filter((c) => c.scenario === 'issued');
const codes = data.samples.catalogue.filter((c) => c.class !== 3).map((c) => c.code);
const fresh = freshHeaders();

/** The engine answering within `ms`, or undefined. */
async function within<T>(ms: number, work: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface Replication {
  role: string;
  epoch: number;
  tickFailures: number;
  lastTickError?: string;
}

class Pool {
  /** When each settlement was acknowledged (approved, 00). */
  readonly acknowledged: number[] = [];
  private stopped = false;
  private writing: Promise<void> = Promise.resolve();
  private constructor(
    readonly variant: string,
    readonly processes: PoolProcesses,
    readonly urls: string[],
    readonly probe: StreamLog,
  ) {}

  static async start(variant: string, port: number): Promise<Pool> {
    const env: Record<string, string> = {
      SSC_CLUSTER_LEASE_MS: values['lease-ms'],
      SSC_CLUSTER_APPEND_TIMEOUT_MS: '1500',
      SSC_WORKERS: 'inline',
      SSC_LOG_LEVEL: values['log-level'],
      ...(variant === 'base' ? { BENCH_ROOT: values['baseline-root']! } : {}),
    };
    const processes = await startPool(data.dir, port, env, { allElect: true });
    const urls = [`http://127.0.0.1:${port}`, ...processes.followerUrls];
    const probe = await StreamLog.openWhenReady(
      { servers: processes.cluster.servers, pool: '330299', replicas: 3, appendTimeoutMs: 2_000 },
      60_000,
    );
    const pool = new Pool(variant, processes, urls, probe);
    pool.writing = pool.write();
    return pool;
  }

  /** Each engine's replication status (/stats), undefined when it does not answer within a second. */
  states(): Promise<(Replication | undefined)[]> {
    return Promise.all(
      this.urls.map((url) =>
        fetch(`${url}/stats`, { signal: AbortSignal.timeout(1_000) })
          .then(async (r) => ((await r.json()) as { replication?: Replication }).replication)
          .catch(() => undefined),
      ),
    );
  }

  /** Each engine's role@epoch/failed lease ticks ('?': no answer within a second). */
  async roles(): Promise<string[]> {
    return (await this.states()).map((r) => (r === undefined ? '?' : `${r.role}@${r.epoch}/${r.tickFailures}`));
  }

  /** The engine that says it leads (undefined when none answers so). */
  private async leader(): Promise<string | undefined> {
    const roles = await this.roles();
    const i = roles.findIndex((r) => r.startsWith('leader'));
    return i < 0 ? undefined : this.urls[i];
  }

  /** One settlement at a time, at the engine that leads; a refusal or a timeout looks for the leader again. */
  private async write(): Promise<void> {
    let url: string | undefined;
    let signNo = '';
    for (let i = 0; !this.stopped; i++) {
      try {
        if (url === undefined) {
          url = await this.leader();
          if (url === undefined) {
            await sleep(100);
            continue;
          }
          signNo = (await within(3_000, signIn(url, pharmacy))) ?? '';
          if (signNo === '') throw new Error('no sign-in');
        }
        const card = cards[i % cards.length]!;
        const reply = await within(
          3_000,
          call<ssc.v1.SettleReply>(url, 'Settle', {
            header: fresh(pharmacy, signNo),
            credential: { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
            ...benchBill(i, codes, 4, 41),
          }),
        );
        if (reply?.reply?.outcome?.reason === '00') this.acknowledged.push(Date.now());
        else url = undefined;
      } catch {
        url = undefined;
      }
      await sleep(20);
    }
  }

  lastAck(): number {
    return this.acknowledged.at(-1) ?? 0;
  }

  /** Waits until a settlement is acknowledged after `t` (its time), or gives up at `t + waitMs` (0). */
  async ackAfter(t: number, waitMs: number): Promise<number> {
    while (Date.now() < t + waitMs) {
      const found = this.acknowledged.find((at) => at > t);
      if (found !== undefined) return found;
      await sleep(20);
    }
    return 0;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.writing;
    await this.probe.close();
    await this.processes.stop();
  }
}

interface Round {
  variant: string;
  fault: string;
  round: number;
  server: string;
  /** The lease bucket's leader was on the faulted server too (both Raft groups had to elect). */
  leaseOnSameServer: boolean;
  /**
   * The pool stream's leader before the fault and just before the server's return, then each leader
   * a server that stayed up named in the 15 s after it ('-': none), and how long it named none.
   */
  streamLeaders: string;
  streamLeaderlessAfterReturnMs: number;
  failoverMs: number;
  /** The longest stretch without an acknowledged settlement while the server was away, and in the 15 s after its return. */
  gapDuringFaultMs: number;
  gapAfterReturnMs: number;
  /** Each engine's role@epoch/failed lease ticks before the fault and once writes resumed. */
  rolesBefore: string[];
  rolesAfter: string[];
  /** The pool wrote nothing for 120 s after this round (what each engine and server said): no more rounds for it. */
  stuck?: string;
}

/** The pool did not write again within the wait: recorded, and the pool takes no more rounds. */
class Stuck extends Error {}

/** Until writes flow (one acknowledged in the last second) and both Raft groups have a leader. */
async function steady(pool: Pool): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const [stream, lease] = await Promise.all([
      pool.probe.streamLeader(),
      pool.probe.streamLeader(pool.probe.leaseStreamName),
    ]);
    if (stream !== '' && lease !== '' && Date.now() - pool.lastAck() < 1_000) return;
    await sleep(250);
  }
  throw new Stuck(
    `${pool.variant}: the pool did not settle again within 120 s; the stream ends at ${await pool.probe.lastSeq().catch(() => '?')}; engines ${JSON.stringify(await pool.states())}\n${await pool.processes.cluster.describe()}`,
  );
}

/** Steps the lease bucket's leader down until it is on another server than the stream's (false: not within 20 tries). */
async function separateLeaders(pool: Pool): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const [stream, lease] = await Promise.all([
      pool.probe.streamLeader(),
      pool.probe.streamLeader(pool.probe.leaseStreamName),
    ]);
    if (stream !== '' && lease !== '' && stream !== lease) return true;
    await pool.probe
      .request(`$JS.API.STREAM.LEADER.STEPDOWN.${pool.probe.leaseStreamName}`, new Uint8Array(), 2_000)
      .catch(() => undefined);
    await sleep(1_000);
    await steady(pool);
  }
  return false;
}

async function faultRound(pool: Pool, fault: string, round: number): Promise<Round | undefined> {
  await steady(pool);
  if (fault === 'lease-stop' && !(await separateLeaders(pool))) return undefined;
  const stream = await pool.probe.streamLeader();
  const lease = await pool.probe.streamLeader(pool.probe.leaseStreamName);
  const server = fault === 'lease-stop' ? lease : stream;
  const cluster = pool.processes.cluster;
  const index = cluster.nodes.findIndex((n) => n.name === server);
  if (index < 0) return undefined;
  const rolesBefore = await pool.roles();
  const lastBefore = pool.lastAck();
  const faulted = Date.now();
  // The server's return: its restart once writes resumed (or after the wait), or the end of its pause.
  let returned: number;
  let leaderBeforeReturn = '';
  if (fault === 'stream-kill') {
    await cluster.stopNode(index, 'SIGKILL');
    await pool.ackAfter(faulted, waitMaxMs);
    leaderBeforeReturn = await pool.probe.streamLeader();
    await cluster.restartNode(index);
    returned = Date.now();
  } else {
    cluster.signal(index, 'SIGSTOP');
    await sleep(pauseMs);
    leaderBeforeReturn = await pool.probe.streamLeader();
    cluster.signal(index, 'SIGCONT');
    returned = Date.now();
  }
  // The pool stream's leader as a server that stayed up sees it, every 250 ms after the return: a
  // returning server that stands for election may depose the stream's leader.
  const witness = cluster.nodes.findIndex((_, i) => i !== index);
  const views: string[] = [];
  let leaderlessMs = 0;
  while (Date.now() < returned + afterReturnMs) {
    const view = (await cluster.leaderViews(pool.probe.streamName))[witness]!;
    if (views.at(-1) !== view) views.push(view);
    if (view === '-') leaderlessMs += 250;
    await sleep(250);
  }
  const gapDuringFaultMs = longestGap(pool.acknowledged, lastBefore, returned);
  const gapAfterReturnMs = longestGap(pool.acknowledged, returned, returned + afterReturnMs);
  const result: Round = {
    variant: pool.variant,
    fault,
    round,
    server,
    leaseOnSameServer: lease === stream,
    streamLeaders: `${stream} -> ${leaderBeforeReturn || '-'} | ${views.join(' ')}`,
    streamLeaderlessAfterReturnMs: leaderlessMs,
    failoverMs: Math.max(gapDuringFaultMs, gapAfterReturnMs),
    gapDuringFaultMs,
    gapAfterReturnMs,
    rolesBefore,
    rolesAfter: await pool.roles(),
  };
  process.stdout.write(
    `round ${round} ${pool.variant} ${fault} ${server}${result.leaseOnSameServer ? ' (the lease bucket led there too)' : ''}: longest write gap ${gapDuringFaultMs} ms away, ${gapAfterReturnMs} ms after its return (stream leader ${result.streamLeaders}, none for ${leaderlessMs} ms; engines ${rolesBefore.join(' ')} -> ${result.rolesAfter.join(' ')})\n`,
  );
  try {
    await steady(pool);
  } catch (error) {
    if (!(error instanceof Stuck)) throw error;
    result.stuck = error.message;
    process.stdout.write(`${error.message}\n`);
  }
  return result;
}

const pools: Pool[] = [];
const results: Round[] = [];
try {
  for (const [i, variant] of variants.entries()) pools.push(await Pool.start(variant, 19_500 + 100 * i));
  for (let round = 1; round <= Number(values.rounds); round++) {
    const order = round % 2 === 1 ? pools : [...pools].reverse();
    for (const fault of faults)
      for (const pool of order) {
        if (results.some((r) => r.variant === pool.variant && r.stuck !== undefined)) continue;
        const result = await faultRound(pool, fault, round);
        if (result !== undefined) results.push(result);
      }
  }
} finally {
  for (const pool of pools) await pool.stop().catch(() => undefined);
}

const summary = variants.flatMap((variant) =>
  faults.map((fault) => {
    const gaps = results.filter((r) => r.variant === variant && r.fault === fault).map((r) => r.failoverMs);
    return {
      variant,
      fault,
      rounds: gaps.length,
      failoverMs: { median: median(gaps), max: Math.max(...gaps), over10s: gaps.filter((g) => g > 10_000).length },
      stuck: results.filter((r) => r.variant === variant && r.fault === fault && r.stuck !== undefined).length,
      all: [...gaps].sort((a, b) => a - b),
    };
  }),
);
for (const s of summary)
  process.stdout.write(
    `${s.variant} ${s.fault}: ${s.rounds} rounds, failover median ${s.failoverMs.median} ms, max ${s.failoverMs.max} ms, over 10 s ${s.failoverMs.over10s}, stuck after ${s.stuck} (${s.all.join(', ')})\n`,
  );
const file = `bench/results/failover-${new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '')}.json`;
writeFileSync(file, `${JSON.stringify({ machine: machine(), options: values, pauseMs, summary, results }, null, 2)}\n`);
process.stdout.write(`${file}\n`);
