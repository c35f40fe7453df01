// What one reply's socket write costs the thread that writes it, over loopback TCP, in isolation:
// a server (this process) answers every 16-byte request with a 200-byte reply and times each
// socket.write(); a client process offers the requests at a fixed rate, each released on its own
// (bench/lib/pacer.ts 'fine'), and reads the replies. A loopback write delivers the bytes to the
// client's socket and wakes the client's thread inside the writer's system call, so its cost
// depends on where the scheduler puts that thread: anywhere ('free', as in `npm run bench`), on
// the other core ('apart', as with --taskset) or on the writer's own core ('together').
// `node dist/bench/micro/loopback-write.js [--rates 2000,14000] [--seconds 3] [--rounds 2]`
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { pinToCpu, snapshot, unpin, usage } from '../lib/cpu.js';
import { machine, median, summarize } from '../lib/stats.js';

const { values } = parseArgs({
  options: {
    rates: { type: 'string', default: '2000,14000' },
    seconds: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '2' },
  },
});
const rates = values.rates.split(',').map(Number);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const placements = ['free', 'apart', 'together'] as const;

/** The client: 16 connections, requests released at the rate, replies read and dropped. */
const clientSource = (port: number, rate: number, ms: number): string => `
const { connect } = require('node:net');
const sockets = Array.from({ length: 16 }, () => connect({ host: '127.0.0.1', port: ${port}, noDelay: true }));
sockets.forEach((s) => s.on('data', () => {}));
const request = Buffer.alloc(16, 1);
const sleeper = new Int32Array(new SharedArrayBuffer(4));
let ready = 0;
sockets.forEach((s) => s.once('connect', () => { if (++ready === sockets.length) start(); }));
function start() {
  const started = performance.now();
  let sent = 0;
  const tick = () => {
    const elapsed = performance.now() - started;
    if (elapsed >= ${ms}) { sockets.forEach((s) => s.destroy()); return; }
    const due = Math.floor((elapsed / 1000) * ${rate});
    for (; sent < due; sent++) sockets[sent % sockets.length].write(request);
    Atomics.wait(sleeper, 0, 0, 0.05);
    setImmediate(tick);
  };
  tick();
}`;

const reply = Buffer.alloc(200, 2);

async function measure(rate: number, placement: (typeof placements)[number]) {
  const writesUs: number[] = [];
  const server = createServer({ noDelay: true }, (socket: Socket) => {
    let pending = 0;
    socket.on('data', (chunk: Buffer) => {
      pending += chunk.length;
      for (; pending >= 16; pending -= 16) {
        const t0 = performance.now();
        socket.write(reply);
        writesUs.push((performance.now() - t0) * 1000);
      }
    });
    socket.on('error', () => {});
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  if (placement !== 'free') pinToCpu(process.pid, 0);
  const client = spawn(process.execPath, ['-e', clientSource(port, rate, seconds * 1000)], { stdio: 'ignore' });
  if (placement !== 'free') pinToCpu(client.pid!, placement === 'apart' ? 1 : 0);
  const before = snapshot(process.pid);
  await once(client, 'exit');
  const cpu = usage(process.pid, before, snapshot(process.pid));
  server.close();
  // Back on every core for the next case.
  if (placement !== 'free') unpin(process.pid);
  const w = summarize(writesUs);
  return {
    rate,
    placement,
    writes: writesUs.length,
    writeP50Us: Math.round(w.p50 * 10) / 10,
    writeP99Us: Math.round(w.p99),
    writeP999Us: Math.round(w.p999),
    /** The server thread's CPU per reply, µs (reading, writing, the event loop). */
    cpuPerReplyUs: Math.round(((cpu.totalPct / 100) * 1e6) / (writesUs.length / seconds)),
  };
}

const runs: Awaited<ReturnType<typeof measure>>[] = [];
for (let round = 1; round <= rounds; round++) {
  for (const rate of rates) {
    const order = round % 2 === 1 ? placements : [...placements].reverse();
    for (const placement of order) {
      const r = await measure(rate, placement);
      runs.push(r);
      process.stderr.write(
        `round ${round} ${String(rate).padStart(6)}/s ${placement.padEnd(8)} write p50 ${r.writeP50Us} µs p99 ${r.writeP99Us} µs p99.9 ${r.writeP999Us} µs, server CPU ${r.cpuPerReplyUs} µs per reply\n`,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
const summary = rates.flatMap((rate) =>
  placements.map((placement) => {
    const mine = runs.filter((r) => r.rate === rate && r.placement === placement);
    return {
      rate,
      placement,
      writeP50Us: median(mine.map((r) => r.writeP50Us)),
      writeP99Us: median(mine.map((r) => r.writeP99Us)),
      writeP999Us: median(mine.map((r) => r.writeP999Us)),
      cpuPerReplyUs: median(mine.map((r) => r.cpuPerReplyUs)),
    };
  }),
);
const file = `bench/results/loopback-write-${new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '')}.json`;
writeFileSync(
  file,
  `${JSON.stringify({ machine: machine(), settings: { rates, seconds, rounds }, summary, runs }, null, 2)}\n`,
);
process.stdout.write(`${JSON.stringify(summary, null, 2)}\nreport: ${file}\n`);
