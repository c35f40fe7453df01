// One question: how long does the decision itself take per request, and does batching help?
// `node dist/bench/micro/decide.js [--cards 1000000]` - reads a benchmark dataset (generated if
// missing), decides sample swipes in a tight loop through the LMDB read view.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { decideInquire, type InquireInput } from '../../engine/core/decide-inquire.js';
import { defaultDecisionSettings } from '../../engine/core/settings.js';
import type { DemoSamples } from '../../engine/demo/demo.js';
import { LmdbReadView } from '../../engine/store/read-view.js';
import { defaultMapSizeBytes, Store } from '../../engine/store/store.js';
import { ensureDataset, sampleCards } from '../lib/dataset.js';
import { machine, summarize } from '../lib/stats.js';

const { values } = parseArgs({
  options: { cards: { type: 'string', default: '1000000' }, iterations: { type: 'string', default: '200000' } },
});
const cards = Number(values.cards);
const iterations = Number(values.iterations);
const { dir } = await ensureDataset(cards);
const store = Store.open({ path: dir, readOnly: false, mapSizeBytes: defaultMapSizeBytes });
const samples = store.meta.get('demo.samples') as DemoSamples;
const terminal = samples.terminals.find((t) => t.role === 'ningboHospitalL3')!;
const nowMs = Date.now();
// A sign-in valid for the run, written straight into the store.
const { encodeSignIn } = await import('../../engine/store/records.js');
await store.signIns.put(
  terminal.terminalId,
  encodeSignIn({ signNo: 'bench', operatorId: 'op', signedInMs: nowMs, expiresMs: nowMs + 3_600_000, msgId: '' }),
);
const view = new LmdbReadView(store);
const inputs: InquireInput[] = sampleCards(dir, 10_000, cards).map((c, i) => ({
  header: {
    msgId: `${terminal.institutionCode}20261128100000${String(i % 10_000).padStart(4, '0')}`,
    terminalId: terminal.terminalId,
    institutionCode: terminal.institutionCode,
    operatorId: 'op',
    operatorType: 1,
    signNo: 'bench',
    requestTimeMs: nowMs,
    careRegion: terminal.region,
    insuredRegion: '',
  },
  credential: { type: 3, cardNo: c.cardNo, cardSn: c.cardSn, idNo: c.idNo },
  medicalType: 0,
  insuranceType: 0,
}));

const settings = defaultDecisionSettings;
const reasons = new Map<string, number>();
// Warm up.
for (let i = 0; i < 20_000; i++) decideInquire(view, inputs[i % inputs.length]!, nowMs, settings);

// Per-call latency (each call timed on its own).
const perCallUs: number[] = [];
for (let i = 0; i < iterations; i++) {
  const t0 = performance.now();
  const decision = decideInquire(view, inputs[i % inputs.length]!, nowMs, settings);
  perCallUs.push((performance.now() - t0) * 1000);
  reasons.set(decision.reason, (reasons.get(decision.reason) ?? 0) + 1);
}
// Throughput in batches of 32 (one read snapshot per batch, as a worker does).
const t0 = performance.now();
for (let i = 0; i < iterations; i++) {
  if (i % 32 === 0) view.refresh();
  decideInquire(view, inputs[i % inputs.length]!, nowMs, settings);
}
const batchedUsPerDecision = ((performance.now() - t0) * 1000) / iterations;
// One snapshot per decision (as when each request is its own event-loop turn).
const t1 = performance.now();
for (let i = 0; i < iterations / 4; i++) {
  view.refresh();
  decideInquire(view, inputs[i % inputs.length]!, nowMs, settings);
}
const unbatchedUsPerDecision = ((performance.now() - t1) * 1000) / (iterations / 4);

const result = {
  machine: machine(),
  cards,
  iterations,
  perCallUs: summarize(perCallUs),
  batchedUsPerDecision,
  unbatchedUsPerDecision,
  reasons: Object.fromEntries(reasons),
  rssMiB: Math.round(process.memoryUsage().rss / 1024 ** 2),
};
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
await store.close();
