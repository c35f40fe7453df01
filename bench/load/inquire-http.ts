// HTTP protobuf Inquire (or PreSettle: --operation PreSettle) under load, against the framework
// ceiling, pool vs inline, interleaved.
// `npm run bench:inquire -- [--cards 1000000] [--seconds 8] [--rounds 3] [--connections 50]
//  [--variants pool,inline,inline-batch-32,ceiling,ceiling-spin-20,inline-parallel-scavenge,inline-cpu-prof] [--baseline-root DIR] [--half]`
// (--half: after each closed-loop run, the same variant offered half of what it accepted, open loop,
// as the half-peak budgets measure the engine; its server-side p99 from the engine's /metrics, or
// from the ceiling server's own timing of each request)
// (inline-cpu-prof: the inline engine writing a V8 CPU profile into bench/results/profiles when it
// stops; `<variant>@base`: the engine built in --baseline-root, to measure a change in one run)
// Each variant runs as its own process (engine or ceiling server); autocannon runs here. Rounds
// interleave the variants so noise on this shared machine hits them alike; medians are reported.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { call, header, signIn } from '../../protocol/client.js';
import { type ssc, v1 } from '../../protocol/pb.js';
import { snapshot, usage } from '../lib/cpu.js';
import { macHeaders, openBenchDataset } from '../lib/dataset.js';
import { startServer, stopServer } from '../lib/engine-process.js';
import { httpOpenLoop } from '../lib/http-load.js';
import { quantileUs, scrape } from '../lib/server-metrics.js';
import { machine, median, summarize } from '../lib/stats.js';

const { values } = parseArgs({
  options: {
    cards: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    // Engines first in each round: the ceiling then answers with the size of a real reply.
    variants: { type: 'string', default: 'pool,inline,ceiling' },
    operation: { type: 'string', default: 'Inquire' },
    /** The checkout `<variant>@base` runs its engine from (its own `npm run build` done). */
    'baseline-root': { type: 'string' },
    half: { type: 'boolean', default: false },
  },
});
const cards = Number(values.cards);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const variants = values.variants.split(',');
const port = 18_500;
const url = `http://127.0.0.1:${port}`;

const { dir, samples, terminal, cards: benchCards } = await openBenchDataset(cards);

/** The engine variants: each an environment (`<variant>@base`: the engine built in --baseline-root). */
const engineVariants: Record<string, Record<string, string>> = {
  pool: { SSC_WORKERS: 'pool' },
  inline: { SSC_WORKERS: 'inline' },
  // The default: the engine chooses its execution mode from the machine.
  auto: {},
  // The inline engine deciding a turn's waiting requests only at its end (or at 32), as before 2026-12-01.
  'inline-batch-32': { SSC_WORKERS: 'inline', SSC_INLINE_BATCH_ITEMS_MAX: '32' },
  'inline-parallel-scavenge': { SSC_WORKERS: 'inline', SSC_SCAVENGE: 'parallel' },
  // The inline engine writing a V8 CPU profile when it stops (to bench/results/profiles).
  'inline-cpu-prof': {
    SSC_WORKERS: 'inline',
    BENCH_NODE_ARGS: `--cpu-prof --cpu-prof-dir=${resolve('bench/results/profiles')}`,
  },
};
function envOf(variant: string): Record<string, string> {
  const [name, root] = variant.split('@');
  const env = engineVariants[name!];
  if (env === undefined) throw new Error(`unknown variant ${variant}`);
  if (root === undefined) return env;
  if (root !== 'base' || values['baseline-root'] === undefined)
    throw new Error(`${variant}: @base needs --baseline-root`);
  return { ...env, BENCH_ROOT: values['baseline-root'] };
}
/**
 * `ceiling`: fastify answering a fixed reply of the engine's reply size; `ceiling-spin-<µs>`: after
 * that much CPU per request (what any engine whose decision costs that can reach).
 */
const ceilingVariant = /^ceiling(?:-spin-(\d+))?$/;
for (const v of variants) if (!ceilingVariant.test(v)) envOf(v);

function startVariant(variant: string, replyBytes: number): ReturnType<typeof startServer> {
  const ceiling = ceilingVariant.exec(variant);
  return ceiling !== null
    ? startServer('ceiling', port, { replyBytes, spinUs: Number(ceiling[1] ?? '0') })
    : startServer('engine', port, { dataDir: dir, env: envOf(variant) });
}

const operation = values.operation === 'PreSettle' ? 'PreSettle' : 'Inquire';
const catalogue = samples.catalogue.map((c) => c.code);

/** PreSettle: an outpatient bill of 8 demo catalogue items. */
function bill(i: number): { medicalType: number; useAccount: boolean; lines: ssc.v1.ILineItem[]; totalFen: number } {
  const lines = Array.from({ length: 8 }, (_, k) => {
    const unitPriceFen = 500 + ((i * 31 + k * 977) % 20_000);
    return {
      lineNo: k + 1,
      catalogueCode: catalogue[(i + k * 5) % catalogue.length]!,
      quantityMilli: 1_000,
      unitPriceFen,
      amountFen: unitPriceFen,
    };
  });
  return {
    medicalType: 11,
    useAccount: true,
    lines,
    totalFen: lines.reduce((sum, l) => sum + (l.amountFen as number), 0),
  };
}

function requestFor(signNo: string, i: number): object {
  const c = benchCards[i % benchCards.length]!;
  const base = {
    header: header(terminal, signNo, i),
    credential: { type: 3, cardNo: c.cardNo, cardSn: c.cardSn, idNo: c.idNo },
  };
  return operation === 'PreSettle' ? { ...base, ...bill(i) } : base;
}

/** Encoded request bodies for the bench cards, with this engine run's sign-in number. */
function bodies(signNo: string): Buffer[] {
  const type = operation === 'PreSettle' ? v1.SettleRequest : v1.InquireRequest;
  return benchCards.map((_c, i) => Buffer.from(type.encode(requestFor(signNo, i)).finish()));
}

interface RunResult {
  variant: string;
  round: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; p999: number; max: number };
  non2xx: number;
  errors: number;
  cpuPct?: { server: ReturnType<typeof usage>; loadGenerator: number };
  serverUs?: {
    decide: ReturnType<typeof summarize>;
    total: ReturnType<typeof summarize>;
    queue: ReturnType<typeof summarize>;
  };
  /** --half: open loop at half of requestsPerSecond. */
  half?: HalfResult;
}

interface HalfResult {
  offeredPerSecond: number;
  acceptedPerSecond: number;
  endToEndP99Us: number;
  serverP50Us: number;
  serverP99Us: number;
  errors: number;
  serverMainCpuPct: number;
}

/** The variant offered half its closed-loop rate, open loop; server time as each kind of server reports it. */
async function halfLoad(
  ceiling: boolean,
  requestBodies: Buffer[],
  rate: number,
  serverPid: number,
): Promise<HalfResult> {
  const headers = requestBodies.map((body) => ({
    'content-type': 'application/proto',
    ...macHeaders(terminal.terminalId, body),
  }));
  const request = (i: number): { body: Uint8Array; headers: Record<string, string> } => ({
    body: requestBodies[i % requestBodies.length]!,
    headers: headers[i % requestBodies.length]!,
  });
  const path = '/ssc.v1.TransactionService/' + operation;
  // 1 s of warm-up at the rate, then the measured run.
  await httpOpenLoop({ url, path, ratePerSecond: rate, seconds: 1, connections, request });
  const ceilingTotals = async (): Promise<number[]> =>
    (await (await fetch(url + '/ceiling-totals')).json()) as number[];
  if (ceiling) await ceilingTotals(); // what the warm-up left
  const before = ceiling ? undefined : await scrape(url);
  const server0 = snapshot(serverPid);
  const r = await httpOpenLoop({ url, path, ratePerSecond: rate, seconds, connections, request });
  const cpu = usage(serverPid, server0, snapshot(serverPid));
  let serverP50Us: number;
  let serverP99Us: number;
  if (before === undefined) {
    const totals = summarize(await ceilingTotals());
    serverP50Us = totals.p50;
    serverP99Us = totals.p99;
  } else {
    const after = await scrape(url);
    serverP50Us = quantileUs(before, after, `${operation}|http|total`, 0.5);
    serverP99Us = quantileUs(before, after, `${operation}|http|total`, 0.99);
  }
  return {
    offeredPerSecond: rate,
    acceptedPerSecond: Math.round(r.requestsPerSecond),
    endToEndP99Us: Math.round(r.p99),
    serverP50Us: Math.round(serverP50Us),
    serverP99Us: Math.round(serverP99Us),
    errors: r.errors,
    serverMainCpuPct: cpu.mainPct,
  };
}

async function load(requestBodies: Buffer[], sampleSignNo: string | undefined, serverPid: number): Promise<RunResult> {
  const decide: number[] = [];
  const total: number[] = [];
  const queue: number[] = [];
  let sampling = sampleSignNo !== undefined;
  // A side client sampling the server-side timings the replies carry, ~50 per second.
  const sampler = (async () => {
    let i = 0;
    while (sampling) {
      const r = await call<ssc.v1.InquireReply>(url, operation, requestFor(sampleSignNo!, i++));
      if (r.reply?.timings) {
        decide.push(r.reply.timings.decideUs ?? 0);
        total.push(r.reply.timings.totalUs ?? 0);
        queue.push(r.reply.timings.queueUs ?? 0);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  // CPU of the server's threads and of this process, over the middle of the run.
  let cpu: RunResult['cpuPct'];
  const cpuTimer = setTimeout(
    () => {
      const server0 = snapshot(serverPid);
      const self0 = snapshot(process.pid);
      setTimeout(
        () => {
          const self1 = snapshot(process.pid);
          cpu = {
            server: usage(serverPid, server0, snapshot(serverPid)),
            loadGenerator: usage(process.pid, self0, self1).totalPct,
          };
        },
        (seconds * 1000) / 2,
      );
    },
    (seconds * 1000) / 4,
  );
  const result = await autocannon({
    url: url + '/ssc.v1.TransactionService/' + operation,
    connections,
    pipelining: 1,
    duration: seconds,
    requests: requestBodies.map((body) => ({
      method: 'POST',
      body,
      headers: { 'content-type': 'application/proto', ...macHeaders(terminal.terminalId, body) },
    })),
  });
  sampling = false;
  await sampler;
  clearTimeout(cpuTimer);
  return {
    variant: '',
    round: 0,
    requestsPerSecond: result.requests.average,
    latencyMs: {
      p50: result.latency.p50,
      p99: result.latency.p99,
      p999: result.latency.p99_9,
      max: result.latency.max,
    },
    non2xx: result.non2xx,
    errors: result.errors,
    ...(cpu === undefined ? {} : { cpuPct: cpu }),
    ...(sampleSignNo === undefined
      ? {}
      : { serverUs: { decide: summarize(decide), total: summarize(total), queue: summarize(queue) } }),
  };
}

// The reply size the ceiling must match: one real reply from the engine.
let replyBytes = 200;
const results: RunResult[] = [];
for (let round = 1; round <= rounds; round++) {
  for (const variant of variants) {
    const child = await startVariant(variant, replyBytes);
    try {
      let requestBodies: Buffer[];
      let signNo: string | undefined;
      if (ceilingVariant.test(variant)) {
        requestBodies = bodies('ceiling');
      } else {
        signNo = await signIn(url, terminal);
        requestBodies = bodies(signNo);
        const probe = await fetch(url + '/ssc.v1.TransactionService/' + operation, {
          method: 'POST',
          body: requestBodies[0],
          headers: { 'content-type': 'application/proto', ...macHeaders(terminal.terminalId, requestBodies[0]!) },
        });
        replyBytes = (await probe.arrayBuffer()).byteLength;
      }
      await load(requestBodies.slice(0, 200), undefined, child.pid!).catch(() => undefined); // warm-up
      const result = await load(requestBodies, signNo, child.pid!);
      result.variant = variant;
      result.round = round;
      if (values.half)
        result.half = await halfLoad(
          ceilingVariant.test(variant),
          requestBodies,
          Math.round(result.requestsPerSecond / 2),
          child.pid!,
        );
      results.push(result);
      process.stderr.write(
        `round ${round} ${variant.padEnd(8)} ${Math.round(result.requestsPerSecond).toLocaleString('en').padStart(7)} req/s  p50 ${result.latencyMs.p50} ms  p99 ${result.latencyMs.p99} ms  non2xx ${result.non2xx}` +
          (result.cpuPct
            ? `  cpu% main ${result.cpuPct.server.mainPct} threads [${result.cpuPct.server.otherThreadsPct.join(',')}] loadgen ${result.cpuPct.loadGenerator}`
            : '') +
          (result.serverUs
            ? `  server decide p50/p99 ${result.serverUs.decide.p50}/${result.serverUs.decide.p99} us total ${result.serverUs.total.p50}/${result.serverUs.total.p99} us`
            : '') +
          (result.half
            ? `\n        half ${result.half.offeredPerSecond}/s open loop: accepted ${result.half.acceptedPerSecond}/s  server p50/p99 ${result.half.serverP50Us}/${result.half.serverP99Us} us  e2e p99 ${(result.half.endToEndP99Us / 1000).toFixed(2)} ms  main ${result.half.serverMainCpuPct}%  errors ${result.half.errors}`
            : '') +
          '\n',
      );
    } finally {
      await stopServer(child);
    }
  }
}

const byVariant = (variant: string): RunResult[] => results.filter((r) => r.variant === variant);
const summary: Record<string, unknown> = {};
for (const variant of variants) {
  const runs = byVariant(variant);
  summary[variant] = {
    requestsPerSecondMedian: Math.round(median(runs.map((r) => r.requestsPerSecond))),
    p99MsMedian: median(runs.map((r) => r.latencyMs.p99)),
    serverDecideUsP50Median: runs[0]?.serverUs ? median(runs.map((r) => r.serverUs!.decide.p50)) : undefined,
    serverDecideUsP99Median: runs[0]?.serverUs ? median(runs.map((r) => r.serverUs!.decide.p99)) : undefined,
    serverTotalUsP99Median: runs[0]?.serverUs ? median(runs.map((r) => r.serverUs!.total.p99)) : undefined,
    serverMainThreadCpuPctMedian: median(runs.map((r) => r.cpuPct?.server.mainPct ?? Number.NaN)),
    serverOtherThreadsCpuPctMedian: median(
      runs.map((r) => (r.cpuPct?.server.totalPct ?? Number.NaN) - (r.cpuPct?.server.mainPct ?? 0)),
    ),
    loadGeneratorCpuPctMedian: median(runs.map((r) => r.cpuPct?.loadGenerator ?? Number.NaN)),
    ...(values.half
      ? {
          halfServerP99UsMedian: median(runs.map((r) => r.half?.serverP99Us ?? Number.NaN)),
          halfServerP99UsAll: runs.map((r) => r.half?.serverP99Us),
        }
      : {}),
  };
}
const ratio = (a: string, b: string): number | undefined => {
  const x = summary[a] as { requestsPerSecondMedian: number } | undefined;
  const y = summary[b] as { requestsPerSecondMedian: number } | undefined;
  return x && y ? Number((x.requestsPerSecondMedian / y.requestsPerSecondMedian).toFixed(3)) : undefined;
};
const report = {
  machine: machine(),
  settings: {
    operation,
    cards,
    seconds,
    rounds,
    connections,
    replyBytes,
    bodies: benchCards.length,
    half: values.half,
  },
  summary,
  ratios: {
    poolVsCeiling: ratio('pool', 'ceiling'),
    inlineVsCeiling: ratio('inline', 'ceiling'),
    poolVsInline: ratio('pool', 'inline'),
  },
  runs: results,
};
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${operation === 'PreSettle' ? 'presettle' : 'inquire'}-http-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '')}.json`;
writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
process.stdout.write(JSON.stringify({ summary, ratios: report.ratios }, null, 2) + `\nreport: ${file}\n`);
