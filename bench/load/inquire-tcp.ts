// TCP pipelined Inquire against HTTP Inquire, same engine process, same request bodies, interleaved
// rounds. `npm run bench:tcp -- [--cards 1000000] [--seconds 8] [--rounds 3] [--tcp-connections 10]
// [--in-flight 16] [--http-connections 50] [--workers pool]`
// The TCP load generator is closed-loop: each connection keeps `in-flight` requests outstanding,
// sending raw pre-encoded frames (no reply decoding, so the generator is cheap); HTTP is autocannon.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { header, signIn } from '../../protocol/client.js';
import { encodeFrame, FrameType } from '../../protocol/frame.js';
import { macForTerminal } from '../../protocol/mac.js';
import { v1 } from '../../protocol/pb.js';
import { snapshot, usage } from '../lib/cpu.js';
import { macHeaders, openBenchDataset } from '../lib/dataset.js';
import { startServer, stopServer } from '../lib/engine-process.js';
import { autocannonLatencyUs, machine, median, type summarize } from '../lib/stats.js';
import { tcpLoad } from '../lib/tcp-load.js';

const { values } = parseArgs({
  options: {
    cards: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '3' },
    'tcp-connections': { type: 'string', default: '10' },
    'in-flight': { type: 'string', default: '16' },
    'http-connections': { type: 'string', default: '50' },
    workers: { type: 'string', default: 'pool' },
  },
});
const cards = Number(values.cards);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const tcpConnections = Number(values['tcp-connections']);
const inFlight = Number(values['in-flight']);
const httpConnections = Number(values['http-connections']);
const port = 18_600;
const url = `http://127.0.0.1:${port}`;

const { dir, terminal, cards: benchCards } = await openBenchDataset(cards);

function bodies(signNo: string): Buffer[] {
  return benchCards.map((c, i) =>
    Buffer.from(
      v1.InquireRequest.encode({
        header: header(terminal, signNo, i),
        credential: { type: 3, cardNo: c.cardNo, cardSn: c.cardSn, idNo: c.idNo },
      }).finish(),
    ),
  );
}

interface RunResult {
  transport: 'tcp' | 'http';
  round: number;
  requestsPerSecond: number;
  latencyUs: ReturnType<typeof summarize>;
  errors: number;
  serverCpu: ReturnType<typeof usage> | undefined;
  loadGeneratorCpuPct: number;
}

/** Closed loop over raw TCP frames (bench/lib/tcp-load.ts): every connection keeps `inFlight` outstanding. */
async function tcpRun(
  requestBodies: Buffer[],
  tcpPort: number,
): Promise<Omit<RunResult, 'round' | 'serverCpu' | 'loadGeneratorCpuPct'>> {
  const frames = requestBodies.map((body, i) =>
    encodeFrame(FrameType.Request, 1101, i + 1, body, macForTerminal(terminal.terminalId, body)),
  );
  const r = await tcpLoad({
    port: tcpPort,
    connections: tcpConnections,
    inFlight,
    seconds,
    ratePerSecond: 0,
    frame: (i) => Buffer.from(frames[i % frames.length]!),
  });
  return {
    transport: 'tcp',
    requestsPerSecond: r.requestsPerSecond,
    latencyUs: r.latencyUs,
    errors: r.errors + r.busy,
  };
}

async function httpLoad(
  requestBodies: Buffer[],
): Promise<Omit<RunResult, 'round' | 'serverCpu' | 'loadGeneratorCpuPct'>> {
  const result = await autocannon({
    url: url + '/ssc.v1.TransactionService/Inquire',
    connections: httpConnections,
    pipelining: 1,
    duration: seconds,
    requests: requestBodies.map((body) => ({
      method: 'POST',
      body,
      headers: { 'content-type': 'application/proto', ...macHeaders(terminal.terminalId, body) },
    })),
  });
  return {
    transport: 'http',
    requestsPerSecond: result.requests.average,
    latencyUs: autocannonLatencyUs(result),
    errors: result.errors + result.non2xx,
  };
}

const results: RunResult[] = [];
for (let round = 1; round <= rounds; round++) {
  const child = await startServer('engine', port, { dataDir: dir, env: { SSC_WORKERS: values.workers } });
  try {
    const signNo = await signIn(url, terminal);
    const requestBodies = bodies(signNo);
    for (const transport of ['tcp', 'http'] as const) {
      const run = (): ReturnType<typeof tcpRun> =>
        transport === 'tcp' ? tcpRun(requestBodies, port + 1) : httpLoad(requestBodies);
      const server0 = snapshot(child.pid!);
      const self0 = snapshot(process.pid);
      const result = await run();
      const serverCpu = usage(child.pid!, server0, snapshot(child.pid!));
      const loadGeneratorCpuPct = usage(process.pid, self0, snapshot(process.pid)).totalPct;
      results.push({ ...result, round, serverCpu, loadGeneratorCpuPct });
      process.stderr.write(
        `round ${round} ${transport.padEnd(4)} ${Math.round(result.requestsPerSecond).toLocaleString('en').padStart(7)} req/s  p50 ${(result.latencyUs.p50 / 1000).toFixed(2)} ms  p99 ${(result.latencyUs.p99 / 1000).toFixed(2)} ms  errors ${result.errors}  cpu% main ${serverCpu.mainPct} threads [${serverCpu.otherThreadsPct.join(',')}] loadgen ${loadGeneratorCpuPct}\n`,
      );
    }
  } finally {
    await stopServer(child);
  }
}

const pick = (transport: string) => results.filter((r) => r.transport === transport);
const summary = Object.fromEntries(
  ['tcp', 'http'].map((transport) => [
    transport,
    {
      requestsPerSecondMedian: Math.round(median(pick(transport).map((r) => r.requestsPerSecond))),
      p50UsMedian: median(pick(transport).map((r) => r.latencyUs.p50)),
      p99UsMedian: median(pick(transport).map((r) => r.latencyUs.p99)),
      serverMainThreadCpuPctMedian: median(pick(transport).map((r) => r.serverCpu?.mainPct ?? Number.NaN)),
      loadGeneratorCpuPctMedian: median(pick(transport).map((r) => r.loadGeneratorCpuPct)),
    },
  ]),
) as unknown as Record<'tcp' | 'http', { requestsPerSecondMedian: number }>;
const report = {
  machine: machine(),
  settings: { cards, seconds, rounds, tcpConnections, inFlight, httpConnections, workers: values.workers },
  summary,
  ratios: {
    tcpVsHttp: Number((summary.tcp.requestsPerSecondMedian / summary.http.requestsPerSecondMedian).toFixed(2)),
  },
  runs: results,
};
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/inquire-tcp-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '')}.json`;
writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
process.stdout.write(JSON.stringify({ summary, ratios: report.ratios }, null, 2) + `\nreport: ${file}\n`);
