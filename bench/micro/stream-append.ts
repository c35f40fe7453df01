// The floor under the replicated pool's append latency, measured in isolation: one client appending
// records of a given size to a 3-replica JetStream stream on a local 3-node cluster of Debian's
// nats-server (the engine's own StreamLog: expected last sequence and msg id on every append), one at
// a time with nothing else running — no engine, no followers, no load generator. Each size's p50 /
// p99 is the best the replicated pool's append can do on this machine.
// `npm run build && node dist/bench/micro/stream-append.js [--samples 400] [--sizes 1024,3072,15360,102400,409600]`
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { NatsCluster } from '../../engine/replication/nats-cluster.js';
import { StreamLog } from '../../engine/replication/stream-log.js';
import { machine, summarize } from '../lib/stats.js';

const { values } = parseArgs({
  options: {
    samples: { type: 'string', default: '400' },
    sizes: { type: 'string', default: '1024,3072,15360,102400,409600' },
  },
});
const samples = Number(values.samples);
const sizes = values.sizes.split(',').map(Number);

const cluster = await NatsCluster.onFreePorts();
await cluster.start();
const rows: { bytes: number; p50Us: number; p99Us: number; maxUs: number }[] = [];
try {
  const log = await StreamLog.openWhenReady(
    { servers: cluster.servers, pool: '330298', replicas: 3, appendTimeoutMs: 5_000 },
    30_000,
  );
  let seq = await log.lastSeq();
  for (const bytes of sizes) {
    const record = Buffer.alloc(bytes, 7);
    const us: number[] = [];
    for (let i = 0; i < samples + 20; i++) {
      const t0 = performance.now();
      seq = await log.append(record, `bench:${bytes}:${i}`, seq);
      // The first appends of each size warm up (not counted).
      if (i >= 20) us.push((performance.now() - t0) * 1000);
    }
    const s = summarize(us);
    rows.push({ bytes, p50Us: Math.round(s.p50), p99Us: Math.round(s.p99), maxUs: Math.round(s.max) });
    process.stdout.write(
      `append ${String(bytes).padStart(7)} B: p50 ${(s.p50 / 1000).toFixed(2)} ms, p99 ${(s.p99 / 1000).toFixed(2)} ms, max ${(s.max / 1000).toFixed(2)} ms\n`,
    );
  }
  await log.close();
} finally {
  await cluster.stop();
}
const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '');
const file = `bench/results/stream-append-${stamp}.json`;
writeFileSync(file, `${JSON.stringify({ machine: machine(), samples, rows }, null, 2)}\n`);
process.stdout.write(`wrote ${file}\n`);
