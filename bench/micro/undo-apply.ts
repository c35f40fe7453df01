// What keeping before-images costs a follower (engine/replication/undo.ts): the same group records
// applied one write transaction each, as a follower applies them, with and without their undo
// entries, in interleaved rounds on one store. A record: a group of settlements' effects as the
// ledger writes them (bench/lib/group-record.ts).
// `npm run build && node dist/bench/micro/undo-apply.js [--records 2000] [--group 4] [--rounds 5]`
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { applyWrites } from '../../engine/replication/effects.js';
import { keepUndo } from '../../engine/replication/undo.js';
import { defaultMapSizeBytes, Store } from '../../engine/store/store.js';
import { groupRecords } from '../lib/group-record.js';
import { machine, summarize } from '../lib/stats.js';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '2000' },
    group: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '5' },
  },
});
const recordsPerRound = Number(values.records);
const group = Number(values.group);
const rounds = Number(values.rounds);
const accountsCount = 10_000;

const dir = mkdtempSync(join(tmpdir(), 'ssc-undo-bench-'));
const store = Store.open({ path: dir, readOnly: false, mapSizeBytes: defaultMapSizeBytes });
const databases = store.namedDatabases();
await store.env.transaction(() => {
  for (let i = 0; i < accountsCount; i++) store.accounts.putSync(`P${i}`, Buffer.alloc(48, 1));
});

let seq = 0;
const record = groupRecords(group, accountsCount);

/** Per-record µs of `count` records applied one transaction each. */
async function applyRun(undo: boolean, count: number): Promise<number[]> {
  const us: number[] = [];
  for (let i = 0; i < count; i++) {
    const writes = record();
    seq++;
    const t0 = performance.now();
    await store.env.transaction(() => {
      if (undo) keepUndo(store, databases, seq, { hash: 'h', msgId: 'm' }, writes);
      else applyWrites(databases, writes);
      store.meta.putSync('replication.appliedSeq', seq);
    });
    us.push((performance.now() - t0) * 1000);
  }
  return us;
}

const medians: { plain: number[]; undo: number[] } = { plain: [], undo: [] };
const all: { plain: number[]; undo: number[] } = { plain: [], undo: [] };
try {
  await applyRun(true, 200); // warm-up
  for (let r = 0; r < rounds; r++) {
    // Interleaved, alternating which goes first.
    for (const undo of r % 2 === 0 ? [false, true] : [true, false]) {
      const us = await applyRun(undo, recordsPerRound);
      const key = undo ? 'undo' : 'plain';
      medians[key].push(summarize(us).p50);
      all[key].push(...us);
    }
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const plain = summarize(all.plain);
const undo = summarize(all.undo);
const result = {
  machine: machine(),
  recordsPerRound,
  group,
  rounds,
  plain: { p50Us: Math.round(median(medians.plain)), p99Us: Math.round(plain.p99) },
  undo: { p50Us: Math.round(median(medians.undo)), p99Us: Math.round(undo.p99) },
  ratioP50: Math.round((median(medians.undo) / median(medians.plain)) * 100) / 100,
};
process.stdout.write(
  `apply a ${group}-settlement record: plain p50 ${result.plain.p50Us} µs p99 ${result.plain.p99Us} µs; with undo p50 ${result.undo.p50Us} µs p99 ${result.undo.p99Us} µs (${result.ratioP50}x)\n`,
);
const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '');
const file = `bench/results/undo-apply-${stamp}.json`;
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`wrote ${file}\n`);
