// What fsync costs a replica's apply (engine/store/unsynced.ts): the same group records applied one
// write transaction each, as a pool's leader and followers apply them, to a store that syncs every
// commit (the single box's settings: overlappingSync) and to one that does not (a replica's,
// syncCommits false), in interleaved rounds, each on its own store in the bench data folder (the
// disk the engine uses, not tmpfs). A record: a group of settlements' effects (bench/lib/group-record.ts).
// `npm run build && node dist/bench/micro/apply-sync.js [--group 80] [--records 300] [--rounds 3] [--gap-ms 2]`
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { applyWrites } from '../../engine/replication/effects.js';
import { defaultMapSizeBytes, Store } from '../../engine/store/store.js';
import { groupRecords } from '../lib/group-record.js';
import { machine, median, summarize } from '../lib/stats.js';

const { values } = parseArgs({
  options: {
    group: { type: 'string', default: '80' },
    records: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '3' },
    // Between records, as the stream's acknowledgement spaces a leader's applies.
    'gap-ms': { type: 'string', default: '2' },
  },
});
const group = Number(values.group);
const recordsPerRound = Number(values.records);
const rounds = Number(values.rounds);
const gapMs = Number(values['gap-ms']);
const accountsCount = 100_000;
const parent = 'bench/.data';
mkdirSync(parent, { recursive: true });

const record = groupRecords(group, accountsCount);

/** Per-record µs (transaction start to committed) of one round on a fresh store. */
async function run(syncCommits: boolean): Promise<number[]> {
  const dir = mkdtempSync(join(parent, 'apply-sync-'));
  const store = Store.open({ path: dir, readOnly: false, mapSizeBytes: defaultMapSizeBytes, syncCommits });
  try {
    const databases = store.namedDatabases();
    await store.env.transaction(() => {
      for (let i = 0; i < accountsCount; i++) store.accounts.putSync(`P${i}`, Buffer.alloc(48, 1));
    });
    const us: number[] = [];
    for (let seq = 1; seq <= recordsPerRound; seq++) {
      const writes = record();
      const t0 = performance.now();
      await store.env.transaction(() => {
        applyWrites(databases, writes);
        store.meta.putSync('replication.appliedSeq', seq);
      });
      us.push((performance.now() - t0) * 1000);
      await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
    return us;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const p50s: { synced: number[]; unsynced: number[] } = { synced: [], unsynced: [] };
const all: { synced: number[]; unsynced: number[] } = { synced: [], unsynced: [] };
for (let r = 0; r < rounds; r++) {
  for (const syncCommits of r % 2 === 0 ? [true, false] : [false, true]) {
    const us = await run(syncCommits);
    const key = syncCommits ? 'synced' : 'unsynced';
    p50s[key].push(summarize(us).p50);
    all[key].push(...us);
  }
}
const result = {
  machine: machine(),
  group,
  recordsPerRound,
  rounds,
  gapMs,
  synced: { p50Us: Math.round(median(p50s.synced)), p99Us: Math.round(summarize(all.synced).p99) },
  unsynced: { p50Us: Math.round(median(p50s.unsynced)), p99Us: Math.round(summarize(all.unsynced).p99) },
  ratioP50: Math.round((median(p50s.synced) / median(p50s.unsynced)) * 100) / 100,
};
process.stdout.write(
  `apply a ${group}-settlement record: synced p50 ${result.synced.p50Us} µs p99 ${result.synced.p99Us} µs; unsynced p50 ${result.unsynced.p50Us} µs p99 ${result.unsynced.p99Us} µs (synced ${result.ratioP50}x)\n`,
);
const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '');
const file = `bench/results/apply-sync-${stamp}.json`;
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`wrote ${file}\n`);
