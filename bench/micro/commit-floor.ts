// The floor under the Settle budget: what a durable commit costs on this machine's disk, in
// isolation (nothing else running), interleaved in one run so the ratios hold on a noisy VM.
//   fdatasync   one 4 KB write then fdatasync (the disk's own floor)
//   sync        an LMDB write transaction of k settlements' worth of writes, laid out as the
//               ledger's (engine/ledger/ledger.ts): a journal entry and an idempotency record at
//               the end of their tables, a balance and the year's accumulators under adjacent keys
//               of a random person, a day's total among a few; committed and fsynced on the calling
//               thread (lmdb-js transactionSync: the ledger's sync commit)
//   async       the same transaction through lmdb-js's write thread, timed to `flushed` (the
//               ledger's pipelined commit: three thread hops)
// Each sample is paced (--gap ms apart). `node dist/bench/micro/commit-floor.js [--samples 400]
// [--gap 3] [--groups 1,16,64] [--rounds 3]`; writes bench/results/commit-floor-<stamp>.json.
import { closeSync, fdatasyncSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { open } from 'lmdb';
import { machine, median, summarize } from '../lib/stats.js';

const { values } = parseArgs({
  options: {
    samples: { type: 'string', default: '400' },
    gap: { type: 'string', default: '3' },
    groups: { type: 'string', default: '1,16,64' },
    rounds: { type: 'string', default: '3' },
  },
});
const samples = Number(values.samples);
const gapMs = Number(values.gap);
const groups = values.groups.split(',').map(Number);
const rounds = Number(values.rounds);
const keys = 200_000;

// On the bench datasets' disk (bench/.data), not tmpfs.
mkdirSync('bench/.data', { recursive: true });
const dir = mkdtempSync(join(resolve('bench/.data'), 'commit-floor-'));
const env = open({ path: dir, mapSize: 2 ** 32, pageSize: 4096, overlappingSync: true, noSync: false, cache: false });
const dbs = ['journal', 'accounts', 'messages', 'totals'].map((name) => env.openDB(name, { encoding: 'binary' }));
await env.transaction(() => {
  for (let i = 0; i < keys; i++) dbs[i % 4]!.put(key(i), Buffer.alloc(100, 1));
});
await env.flushed;
const value = Buffer.alloc(120, 2);

function key(i: number): string {
  return String(i).padStart(8, '0');
}

let appended = keys;
function writes(settlements: number): void {
  const [journal, accounts, messages, totals] = dbs as [
    (typeof dbs)[0],
    (typeof dbs)[0],
    (typeof dbs)[0],
    (typeof dbs)[0],
  ];
  for (let i = 0; i < settlements; i++) {
    const person = key(Math.floor(Math.random() * keys));
    journal.put(key(appended), value);
    messages.put(key(appended++), value);
    accounts.put(person, value);
    accounts.put(`${person}:2026`, value);
    totals.put(`t${Math.floor(Math.random() * 32)}`, value);
  }
}

function pause(untilMs: number): Promise<void> {
  return new Promise((done) => setTimeout(done, Math.max(0, untilMs - performance.now())));
}

type Variant = { name: string; run: () => Promise<number> };
const probe = join(dir, 'probe');
const fd = openSync(probe, 'w');
const page = Buffer.alloc(4096, 3);
const variants: Variant[] = [
  {
    name: 'fdatasync 4 KB',
    run: async () => {
      const t0 = performance.now();
      writeSync(fd, page, 0, page.length, 0);
      fdatasyncSync(fd);
      return performance.now() - t0;
    },
  },
  ...groups.flatMap((k): Variant[] => [
    {
      name: `sync, ${k} settlement(s)`,
      run: async () => {
        const t0 = performance.now();
        env.transactionSync(() => writes(k));
        return performance.now() - t0;
      },
    },
    {
      name: `async to flushed, ${k} settlement(s)`,
      run: async () => {
        const t0 = performance.now();
        await env.transaction(() => writes(k));
        await env.flushed;
        return performance.now() - t0;
      },
    },
  ]),
];

const runs: { variant: string; round: number; p50: number; p99: number; p999: number }[] = [];
for (let round = 1; round <= rounds; round++) {
  const order = round % 2 === 1 ? variants : [...variants].reverse();
  for (const variant of order) {
    const us: number[] = [];
    let next = performance.now();
    for (let i = 0; i < samples; i++) {
      us.push((await variant.run()) * 1000);
      next += gapMs;
      await pause(next);
    }
    const { p50, p99, p999 } = summarize(us);
    const q = { p50: Math.round(p50), p99: Math.round(p99), p999: Math.round(p999) };
    runs.push({ variant: variant.name, round, ...q });
    process.stderr.write(
      `round ${round} ${variant.name.padEnd(34)} p50 ${q.p50} µs  p99 ${q.p99} µs  p99.9 ${q.p999} µs\n`,
    );
  }
}
closeSync(fd);
await env.close();
rmSync(dir, { recursive: true, force: true });

const summary = variants.map((v) => {
  const mine = runs.filter((r) => r.variant === v.name);
  return {
    variant: v.name,
    p50Us: median(mine.map((r) => r.p50)),
    p99Us: median(mine.map((r) => r.p99)),
    p999Us: median(mine.map((r) => r.p999)),
  };
});
const file = `bench/results/commit-floor-${new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '')}.json`;
writeFileSync(
  file,
  `${JSON.stringify({ machine: machine(), samples, gapMs, groups, rounds, summary, runs }, null, 2)}\n`,
);
process.stdout.write(`${JSON.stringify(summary, null, 2)}\nreport: ${file}\n`);
