// What an Inquire allocates on the engine's main thread (young-generation garbage is what the
// scavenges that stall the event loop collect): the engine runs in this process (inline), the load
// generator on a worker thread (its own V8 isolate, not sampled), and V8's sampling heap profiler
// counts every allocation, collected ones included. Prints KB per request and the allocating
// functions by their share. `npm run build && node dist/bench/load/alloc-profile.js [--cards 1000000]
// [--rate 2000] [--seconds 5]`; writes bench/results/alloc-profile-<stamp>.json.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadConfig } from '../../engine/config.js';
import { startEngine } from '../../engine/main.js';
import { signIn } from '../../protocol/client.js';
import { inquireFrames, openBenchDataset } from '../lib/dataset.js';
import { machine } from '../lib/stats.js';
import { tcpLoad } from '../lib/tcp-load.js';

const port = 18_970;

interface LoadJob {
  cards: number;
  rate: number;
  seconds: number;
}

/** The generator's side: open-loop TCP Inquire at the rate, answered with the requests sent. */
async function generate(job: LoadJob): Promise<number> {
  const dataset = await openBenchDataset(job.cards);
  const signNo = await signIn(`http://127.0.0.1:${port}`, dataset.terminal);
  const frames = inquireFrames(dataset, signNo);
  const r = await tcpLoad({
    port: port + 1,
    connections: 16,
    inFlight: 0,
    seconds: job.seconds,
    ratePerSecond: job.rate,
    frame: (i) => Buffer.from(frames[i % frames.length]!),
  });
  return Math.round(r.admittedPerSecond * job.seconds);
}

function load(job: LoadJob): Promise<number> {
  return new Promise((done, failed) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    worker.once('message', done);
    worker.once('error', failed);
  });
}

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

if (!isMainThread) {
  parentPort!.postMessage(await generate(workerData as LoadJob));
} else {
  const { values } = parseArgs({
    options: {
      cards: { type: 'string', default: '1000000' },
      rate: { type: 'string', default: '2000' },
      seconds: { type: 'string', default: '5' },
    },
  });
  const job: LoadJob = { cards: Number(values.cards), rate: Number(values.rate), seconds: Number(values.seconds) };
  const dataset = await openBenchDataset(job.cards);
  const dir = mkdtempSync(join(dirname(dataset.dir), 'alloc-'));
  copyFileSync(join(dataset.dir, 'data.mdb'), join(dir, 'data.mdb'));
  const engine = await startEngine(
    loadConfig({
      ...process.env,
      SSC_DATA_DIR: dir,
      SSC_PORT: String(port),
      SSC_TCP_PORT: String(port + 1),
      SSC_WORKERS: 'inline',
      SSC_LOG_LEVEL: 'warn',
    }),
  );
  const session = new Session();
  session.connect();
  try {
    await load({ ...job, seconds: 2 }); // warm-up
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 1024,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    const requests = await load(job);
    const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: ProfileNode } };
    const bySite = new Map<string, number>();
    const walk = (node: ProfileNode): void => {
      const f = node.callFrame;
      const site = `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
      if (node.selfSize > 0) bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
      for (const child of node.children) walk(child);
    };
    walk(profile.head);
    const total = [...bySite.values()].reduce((a, b) => a + b, 0);
    const sites = [...bySite.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([site, bytes]) => ({ site, bytesPerRequest: Math.round(bytes / requests), share: bytes / total }));
    const report = { machine: machine(), ...job, requests, bytesPerRequest: Math.round(total / requests), sites };
    const file = `bench/results/alloc-profile-${new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '')}.json`;
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(
      `${requests} Inquire at ${job.rate}/s: ${(report.bytesPerRequest / 1024).toFixed(1)} KB allocated per request on the main thread\n`,
    );
    for (const s of sites)
      process.stdout.write(
        `${(s.share * 100).toFixed(1).padStart(5)}%  ${String(s.bytesPerRequest).padStart(5)} B  ${s.site}\n`,
      );
    process.stdout.write(`report: ${file}\n`);
  } finally {
    session.disconnect();
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
