// Overload: the engine offered 1x, 2x and 3x its measured peak over TCP (the POS path), then half
// of it again. Excess must be refused quickly (busy frames, SSC_OVERLOADED error frames) instead of
// queueing without bound; admitted requests keep their latency; memory stays bounded; throughput
// recovers as soon as the load drops. `npm run bench:overload -- [--cards 100000] [--seconds 6]`
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { signIn } from '../../protocol/client.js';
import { inquireFrames, openBenchDataset } from '../lib/dataset.js';
import { startServer, stopServer } from '../lib/engine-process.js';
import { machine } from '../lib/stats.js';
import { tcpLoad } from '../lib/tcp-load.js';

const { values } = parseArgs({
  options: {
    cards: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '6' },
    connections: { type: 'string', default: '64' },
    /** SSC_PENDING_ITEMS_MAX for the engine (the dispatcher's admission bound); '' = the default. */
    pending: { type: 'string', default: '' },
    /** SSC_QUEUE_WAIT_MAX_MS for the engine; '' = the default. */
    'queue-wait': { type: 'string', default: '' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const port = 18_700;
const tcpPort = port + 1;
const { dir, terminal, cards } = await openBenchDataset(Number(values.cards));
const child = await startServer('engine', port, {
  dataDir: dir,
  env: {
    ...(values.pending === '' ? {} : { SSC_PENDING_ITEMS_MAX: values.pending }),
    ...(values['queue-wait'] === '' ? {} : { SSC_QUEUE_WAIT_MAX_MS: values['queue-wait'] }),
  },
});

function rssMb(): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? '0') / 1024);
}

interface Phase {
  phase: string;
  offeredPerSecond: number;
  admittedPerSecond: number;
  refusedPerSecond: number;
  admittedP50Ms: number;
  admittedP99Ms: number;
  refusedP99Ms: number;
  busy: number;
  errorFrames: number;
  serverRssMaxMb: number;
}

try {
  const signNo = await signIn(`http://127.0.0.1:${port}`, terminal);
  const frames = inquireFrames({ terminal, cards }, signNo);
  const frame = (i: number): Buffer => Buffer.from(frames[i % frames.length]!);
  const ms = (us: number): number => Math.round(us / 10) / 100;

  // The peak: closed loop, the same shape as the TCP benchmark (10 connections x 16 in flight).
  const peakRun = await tcpLoad({ port: tcpPort, connections: 10, inFlight: 16, seconds, ratePerSecond: 0, frame });
  const peak = Math.round(peakRun.admittedPerSecond);
  process.stdout.write(
    `peak (closed loop): ${peak.toLocaleString('en')} decisions/s, p99 ${ms(peakRun.admittedLatencyUs.p99)} ms\n`,
  );

  const phases: Phase[] = [];
  for (const [name, factor] of [
    ['1x', 1],
    ['2x', 2],
    ['3x', 3],
    ['recovery 0.5x', 0.5],
  ] as const) {
    let rssMax = 0;
    const sampler = setInterval(() => {
      rssMax = Math.max(rssMax, rssMb());
    }, 100);
    const r = await tcpLoad({
      port: tcpPort,
      connections,
      inFlight: 0,
      seconds,
      ratePerSecond: Math.round(peak * factor),
      frame,
    });
    clearInterval(sampler);
    const phase: Phase = {
      phase: name,
      offeredPerSecond: Math.round(peak * factor),
      admittedPerSecond: Math.round(r.admittedPerSecond),
      refusedPerSecond: Math.round((r.busy + r.errors) / seconds),
      admittedP50Ms: ms(r.admittedLatencyUs.p50),
      admittedP99Ms: ms(r.admittedLatencyUs.p99),
      refusedP99Ms: ms(r.refusedLatencyUs.p99),
      busy: r.busy,
      errorFrames: r.errors,
      serverRssMaxMb: rssMax,
    };
    phases.push(phase);
    process.stdout.write(
      `${name.padEnd(14)} offered ${phase.offeredPerSecond.toLocaleString('en')}/s  admitted ${phase.admittedPerSecond.toLocaleString('en')}/s (p50 ${phase.admittedP50Ms} ms, p99 ${phase.admittedP99Ms} ms)  refused ${phase.refusedPerSecond.toLocaleString('en')}/s (p99 ${phase.refusedP99Ms} ms)  RSS max ${rssMax} MB\n`,
    );
  }
  mkdirSync('bench/results', { recursive: true });
  const out = `bench/results/overload-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '')}.json`;
  writeFileSync(
    out,
    `${JSON.stringify({ bench: 'overload', machine: machine(), cards: cards.length, seconds, connections, pendingItemsMax: values.pending || 'default', queueWaitMaxMs: values['queue-wait'] || 'default', peak, phases }, null, 2)}\n`,
  );
  process.stdout.write(`wrote ${out}\n`);
} finally {
  await stopServer(child);
}
