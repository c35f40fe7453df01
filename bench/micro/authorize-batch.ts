// What the worker-side stages cost per request (decode, authenticate, validate, decide, encode), for
// one or more builds in one run: packed batches of 32 signed Inquire and PreSettle requests
// (protobuf), decided by each build's own createAuthorizer on this thread, rounds interleaved.
// `node dist/bench/micro/authorize-batch.js [--cards 100000] [--rounds 3] [--roots current=.,before=/path]`
// (each root is a checkout with `npm run build` done; default: this one).
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { v1 } from '../../protocol/pb.js';
import { benchBill } from '../lib/bill.js';
import { ensureDataset, sampleCards } from '../lib/dataset.js';
import { machine, summarize } from '../lib/stats.js';

const { values } = parseArgs({
  options: {
    cards: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '3' },
    batches: { type: 'string', default: '3000' },
    roots: { type: 'string', default: 'current=.' },
  },
});
const cards = Number(values.cards);
const rounds = Number(values.rounds);
const batches = Number(values.batches);
const batchItems = 32;
const roots = values.roots.split(',').map((pair) => {
  const [name, path] = pair.split('=');
  return { name: name!, dir: resolve(path!, 'dist') };
});

interface Build {
  name: string;
  run: (batch: ArrayBuffer) => ArrayBuffer;
  pack: (items: object[], count: number) => ArrayBuffer;
  /** The main thread's inline path as the dispatcher runs it: items in, one answer per item out. */
  inline: (items: object[]) => number;
}

const { dir } = await ensureDataset(cards);
const sample = sampleCards(dir, 2_000, cards);

/** Each build's modules, from its own dist/ (so the comparison is code against code). */
async function load(
  name: string,
  root: string,
): Promise<Build & { prepare: () => Promise<object[]>; answers: (r: ArrayBuffer) => Record<string, number> }> {
  const mod = async (path: string): Promise<Record<string, unknown>> => import(`${root}/${path}`);
  const { createAuthorizer } = (await mod('workers/authorize-batch.js')) as {
    createAuthorizer: (...args: unknown[]) => {
      run(batch: ArrayBuffer): ArrayBuffer;
    };
  };
  const { packRequests, ReplyBatchReader } = (await mod('workers/batch.js')) as {
    packRequests: Build['pack'];
    ReplyBatchReader: new (
      b: ArrayBuffer,
    ) => { count: number; status: number; reasonIndex: number; next(): void; body(): Uint8Array };
  };
  const { TerminalKeys } = (await mod('engine/auth/terminal-keys.js')) as {
    TerminalKeys: new (...a: unknown[]) => object;
  };
  const { LmdbReadView } = (await mod('engine/store/read-view.js')) as { LmdbReadView: new (s: unknown) => object };
  const { Store, defaultMapSizeBytes } = (await mod('engine/store/store.js')) as {
    Store: {
      open(o: object): { meta: { get(k: string): unknown }; signIns: { put(k: string, v: unknown): Promise<boolean> } };
    };
    defaultMapSizeBytes: number;
  };
  const { loadConfig } = (await mod('engine/config.js')) as { loadConfig(env: object): Record<string, unknown> };
  const { loadPolicyFile } = (await mod('engine/store/policy-file.js')) as { loadPolicyFile(p: unknown): object };
  const { encodeSignIn } = (await mod('engine/store/records.js')) as { encodeSignIn(r: object): Uint8Array };
  const { demoTerminalKey, macOf } = (await mod('protocol/mac.js')) as {
    demoTerminalKey(k: Buffer, id: string): Uint8Array;
    macOf(a: number, k: Uint8Array, b: Uint8Array): Uint8Array;
  };
  const config = loadConfig({});
  const masterKey = config['masterKey'] as Buffer;
  const store = Store.open({ path: dir, readOnly: false, mapSizeBytes: defaultMapSizeBytes });
  const samples = store.meta.get('demo.samples') as {
    terminals: { role: string; terminalId: string; institutionCode: string; region: string; macAlgorithm: number }[];
    catalogue: { code: string; class: number }[];
  };
  const codes = samples.catalogue.filter((c) => c.class !== 3).map((c) => c.code);
  const terminal = samples.terminals.find((t) => t.role === 'ningboHospitalL3')!;
  const authorizer = createAuthorizer(
    new LmdbReadView(store),
    config['settings'],
    loadPolicyFile(config['policyFile']),
    new TerminalKeys(masterKey, config['clockWindowMs']),
    'inline',
  );
  const key = demoTerminalKey(masterKey, terminal.terminalId);
  const prepare = async (): Promise<object[]> => {
    const nowMs = Date.now();
    await store.signIns.put(
      terminal.terminalId,
      encodeSignIn({
        signNo: 'bench',
        operatorId: 'op001',
        signedInMs: nowMs,
        expiresMs: nowMs + 3_600_000,
        msgId: '',
      }),
    );
    return Array.from({ length: batchItems * 8 }, (_, i) => {
      const card = sample[i % sample.length]!;
      const header = {
        msgId: `${terminal.institutionCode}${'20261130000000'}${String(i).padStart(4, '0')}`,
        terminalId: terminal.terminalId,
        institutionCode: terminal.institutionCode,
        operatorId: 'op001',
        operatorType: 1,
        signNo: 'bench',
        requestTimeMs: nowMs,
        careRegion: terminal.region,
      };
      const credential = { type: 3, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo };
      const preSettle = i % 4 === 3;
      const body = preSettle
        ? v1.SettleRequest.encode({ header, credential, ...benchBill(i, codes, 5, 11) }).finish()
        : v1.InquireRequest.encode({ header, credential, medicalType: 11 }).finish();
      return { opId: preSettle ? 4 : 3, format: 0, auth: 0, mac: macOf(terminal.macAlgorithm, key, body), body };
    });
  };
  /** What a batch was answered: "status/reason index" -> count (a check that the work is real). */
  const answers = (replies: ArrayBuffer): Record<string, number> => {
    const reader = new ReplyBatchReader(replies);
    const out: Record<string, number> = {};
    for (let i = 0; i < reader.count; i++) {
      reader.next();
      const key = `${reader.status}/${reader.reasonIndex}`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  };
  // What the dispatcher's inline path does: pack the items, run the batch, read every reply.
  const inline = (items: object[]): number => {
    const reader = new ReplyBatchReader(authorizer.run(packRequests(items, items.length)));
    let bytes = 0;
    for (let i = 0; i < reader.count; i++) {
      reader.next();
      bytes += reader.body().length;
    }
    return bytes;
  };
  return { name, run: (batch) => authorizer.run(batch), pack: packRequests, prepare, answers, inline };
}

const builds = [];
for (const root of roots) builds.push(await load(root.name, root.dir));
const perRequestUs: Record<string, number[]> = {};
for (let round = 0; round < rounds; round++) {
  // Interleaved, and the order alternates: no build always runs first.
  const order = round % 2 === 0 ? builds : [...builds].reverse();
  for (const build of order) {
    const items = await build.prepare();
    // Packed once: the authorizer only reads a batch (inline), so each is decided many times.
    const packed = Array.from({ length: 8 }, (_, k) => build.pack(items.slice(k * batchItems), batchItems));
    for (let i = 0; i < 200; i++) build.run(packed[i % 8]!); // warm-up
    // Status 0 with reason index 0 is an approved reply: most requests must be decided in full.
    if (round === 0)
      process.stdout.write(`${build.name} answers: ${JSON.stringify(build.answers(build.run(packed[0]!)))}\n`);
    const t0 = performance.now();
    for (let i = 0; i < batches; i++) build.run(packed[i % 8]!);
    const us = ((performance.now() - t0) * 1000) / (batches * batchItems);
    const list = perRequestUs[build.name] ?? [];
    list.push(us);
    perRequestUs[build.name] = list;
    // The inline path (what the dispatcher does on the main thread), packing included.
    const chunks = Array.from({ length: 8 }, (_, k) => items.slice(k * batchItems, (k + 1) * batchItems));
    for (let i = 0; i < 200; i++) build.inline(chunks[i % 8]!);
    const t1 = performance.now();
    for (let i = 0; i < batches; i++) build.inline(chunks[i % 8]!);
    const inlineUs = ((performance.now() - t1) * 1000) / (batches * batchItems);
    const inlineList = perRequestUs[`${build.name} inline`] ?? [];
    inlineList.push(inlineUs);
    perRequestUs[`${build.name} inline`] = inlineList;
    process.stdout.write(
      `round ${round + 1} ${build.name.padEnd(10)} ${us.toFixed(2)} µs per request (packed batch), ${inlineUs.toFixed(2)} µs inline\n`,
    );
  }
}
const report = {
  machine: machine(),
  cards,
  batchItems,
  mix: '3 Inquire : 1 PreSettle (5 lines), protobuf, signed',
  perRequestUs: Object.fromEntries(Object.entries(perRequestUs).map(([name, us]) => [name, summarize(us)])),
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
process.exit(0);
