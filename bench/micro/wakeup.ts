// The limit under the worker path's tail, measured in isolation: the round trip of one tiny message
// to a worker thread that is parked between messages (as a piscina worker is between tasks), sent
// at a sparse, fixed pace (a request every `gap` ms, like a lightly loaded engine), against the same
// exchange with no thread hop. Each row with the machine otherwise idle, and with `busy` other
// threads spinning (the CPU a load generator and the engine's own I/O take on a 2-core machine).
// `node dist/bench/micro/wakeup.js [--samples 4000] [--gap 0.5]`
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { MessageChannel, Worker } from 'node:worker_threads';
import { machine, summarize } from '../lib/stats.js';

const { values } = parseArgs({
  options: { samples: { type: 'string', default: '4000' }, gap: { type: 'string', default: '0.5' } },
});
const samples = Number(values.samples);
const gapMs = Number(values.gap);

/** A worker that answers each message at once, parked in Atomics.wait between messages (piscina's 'sync' mode). */
const echoSource = `
const { parentPort, receiveMessageOnPort } = require('node:worker_threads');
parentPort.once('message', ({ port, flag }) => {
  const signal = new Int32Array(flag);
  for (;;) {
    Atomics.wait(signal, 0, 0);
    Atomics.store(signal, 0, 0);
    let m;
    while ((m = receiveMessageOnPort(port)) !== undefined) port.postMessage(m.message);
  }
});`;

/** A thread that spins for ever (other CPU demand on the machine). */
const spinSource = `for (;;) {}`;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function roundTrips(
  busyThreads: number,
): Promise<{ hop: ReturnType<typeof summarize>; none: ReturnType<typeof summarize> }> {
  const spinners = Array.from({ length: busyThreads }, () => new Worker(spinSource, { eval: true }));
  const worker = new Worker(echoSource, { eval: true });
  const { port1, port2 } = new MessageChannel();
  const flag = new SharedArrayBuffer(4);
  const signal = new Int32Array(flag);
  worker.postMessage({ port: port2, flag }, [port2]);
  const hop: number[] = [];
  const none: number[] = [];
  await sleep(200);
  for (let i = 0; i < samples; i++) {
    await sleep(gapMs);
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      port1.once('message', () => resolve());
      port1.postMessage(i);
      Atomics.store(signal, 0, 1);
      Atomics.notify(signal, 0);
    });
    hop.push((performance.now() - t0) * 1000);
    // The same pacing with no hop: a setImmediate turn on this thread.
    const t1 = performance.now();
    await new Promise<void>((resolve) => setImmediate(resolve));
    none.push((performance.now() - t1) * 1000);
  }
  port1.close();
  await worker.terminate();
  for (const s of spinners) await s.terminate();
  return { hop: summarize(hop), none: summarize(none) };
}

const rows: Record<string, unknown>[] = [];
for (const busy of [0, 1, 2]) {
  const r = await roundTrips(busy);
  rows.push({ busyThreads: busy, hopUs: r.hop, noHopUs: r.none });
  process.stderr.write(
    `busy ${busy}: hop p50 ${r.hop.p50.toFixed(0)} µs  p99 ${r.hop.p99.toFixed(0)} µs  p99.9 ${r.hop.p999.toFixed(0)} µs | no hop p50 ${r.none.p50.toFixed(0)} µs  p99 ${r.none.p99.toFixed(0)} µs\n`,
  );
}
process.stdout.write(`${JSON.stringify({ machine: machine(), samples, gapMs, rows }, null, 2)}\n`);
process.exit(0);
