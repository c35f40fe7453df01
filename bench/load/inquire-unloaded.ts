// Unloaded latency: one connection, sequential Inquire requests, back to back and with 5 ms gaps
// (a quiet terminal), for the pool with and without idle-inline and for inline mode. Reports the
// server-side stages the replies carry and the client round trip, in microseconds.
// `npm run build && node dist/bench/load/inquire-unloaded.js [--cards 1000000] [--requests 2000]`
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { call, header, signIn } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { openBenchDataset } from '../lib/dataset.js';
import { startServer, stopServer } from '../lib/engine-process.js';
import { machine, summarize } from '../lib/stats.js';

const { values } = parseArgs({
  options: { cards: { type: 'string', default: '1000000' }, requests: { type: 'string', default: '2000' } },
});
const cards = Number(values.cards);
const requests = Number(values.requests);
const port = 18_510;
const url = `http://127.0.0.1:${port}`;
const { dir, terminal, cards: benchCards } = await openBenchDataset(cards);

const variants: { name: string; env: Record<string, string> }[] = [
  { name: 'pool + idle-inline (default)', env: { SSC_WORKERS: 'pool', SSC_IDLE_INLINE: '1' } },
  { name: 'pool, always to a worker', env: { SSC_WORKERS: 'pool', SSC_IDLE_INLINE: '0' } },
  { name: 'inline', env: { SSC_WORKERS: 'inline' } },
];

const results: Record<string, unknown>[] = [];
for (const variant of variants) {
  const child = await startServer('engine', port, { dataDir: dir, env: variant.env });
  try {
    const signNo = await signIn(url, terminal);
    for (const gapMs of [0, 5]) {
      const total: number[] = [];
      const queue: number[] = [];
      const decide: number[] = [];
      const roundTrip: number[] = [];
      for (let i = 0; i < requests + 200; i++) {
        const c = benchCards[i % benchCards.length]!;
        const t0 = performance.now();
        const r = await call<ssc.v1.InquireReply>(url, 'Inquire', {
          header: header(terminal, signNo, i),
          credential: { type: 3, cardNo: c.cardNo, cardSn: c.cardSn, idNo: c.idNo },
        });
        const t1 = performance.now();
        if (i >= 200 && r.reply?.timings) {
          total.push(r.reply.timings.totalUs ?? 0);
          queue.push(r.reply.timings.queueUs ?? 0);
          decide.push(r.reply.timings.decideUs ?? 0);
          roundTrip.push(Math.round((t1 - t0) * 1000));
        }
        if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
      }
      const row = {
        variant: variant.name,
        gapMs,
        serverTotalUs: summarize(total),
        queueUs: summarize(queue),
        decideUs: summarize(decide),
        clientRoundTripUs: summarize(roundTrip),
      };
      results.push(row);
      process.stderr.write(
        `${variant.name.padEnd(30)} gap ${gapMs} ms  server total p50/p99 ${row.serverTotalUs.p50}/${row.serverTotalUs.p99} us  queue ${row.queueUs.p50}/${row.queueUs.p99}  decide ${row.decideUs.p50}/${row.decideUs.p99}  round trip ${row.clientRoundTripUs.p50}/${row.clientRoundTripUs.p99}\n`,
      );
    }
  } finally {
    await stopServer(child);
  }
}
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/inquire-unloaded-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '')}.json`;
writeFileSync(file, JSON.stringify({ machine: machine(), settings: { cards, requests }, results }, null, 2) + '\n');
process.stdout.write(`report: ${file}\n`);
