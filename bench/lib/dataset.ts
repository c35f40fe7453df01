// Benchmark datasets: generated once per size into bench/.data/cards-<n> and reused.
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { progressBar } from '../../engine/cli/progress.js';
import { loadConfig } from '../../engine/config.js';
import { type DemoSamples, generateDemo } from '../../engine/demo/demo.js';
import { compactStore } from '../../engine/store/compact.js';
import { decodeCard } from '../../engine/store/records.js';
import { defaultMapSizeBytes, Store, schemaVersion } from '../../engine/store/store.js';
import { header } from '../../protocol/client.js';
import { encodeFrame, FrameType } from '../../protocol/frame.js';
import { demoTerminalKey, macForTerminal, macHeader, registerTerminalKey } from '../../protocol/mac.js';
import { v1 } from '../../protocol/pb.js';

export function datasetDir(cards: number): string {
  return resolve('bench/.data', `cards-${cards}-v${schemaVersion}`);
}

/** Generates the dataset unless present; returns its folder. */
export async function ensureDataset(
  cards: number,
): Promise<{ dir: string; generatedCardsPerSecond: number | undefined }> {
  const dir = datasetDir(cards);
  // Compacted as the engine compacts its demo store (engine/store/compact.ts): a dataset made before
  // that is compacted once, when first opened.
  const compacted = join(dir, 'compacted');
  if (existsSync(join(dir, 'data.mdb'))) {
    if (!existsSync(compacted)) {
      await compactStore(dir, defaultMapSizeBytes);
      writeFileSync(compacted, `${new Date().toISOString()}\n`);
    }
    return { dir, generatedCardsPerSecond: undefined };
  }
  const store = Store.open({ path: dir, readOnly: false, mapSizeBytes: defaultMapSizeBytes });
  const { summary } = await generateDemo(store, {
    cards,
    seed: 7,
    nowMs: Date.now(),
    masterKey: loadConfig({}).masterKey,
    samplesPerScenario: 3,
    onProgress: progressBar(`dataset ${cards.toLocaleString('en')}`),
  });
  await store.close();
  await compactStore(dir, defaultMapSizeBytes);
  writeFileSync(compacted, `${new Date().toISOString()}\n`);
  return { dir, generatedCardsPerSecond: Math.round(summary.cards / (summary.elapsedMs / 1000)) };
}

/**
 * A writable copy of a dataset (settlements write) in a new folder beside it, named `<prefix>-…`,
 * flushed to disk: neither the first durable commit nor the kernel's flusher during a measured run
 * pays for the copy's dirty pages. The caller removes the folder.
 */
export function copyDataset(dir: string, prefix: string, parent = dirname(dir)): string {
  const copy = mkdtempSync(join(parent, `${prefix}-`));
  copyFileSync(join(dir, 'data.mdb'), join(copy, 'data.mdb'));
  const fd = openSync(join(copy, 'data.mdb'), 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return copy;
}

export interface BenchCard {
  cardNo: string;
  cardSn: string;
  idNo: string;
}

/** Up to `count` SSC cards spread over the whole key range (every status, as generated). */
export function sampleCards(dir: string, count: number, totalCards: number): BenchCard[] {
  const store = Store.open({ path: dir, readOnly: true, mapSizeBytes: defaultMapSizeBytes });
  const step = Math.max(1, Math.floor(totalCards / count));
  const cards: BenchCard[] = [];
  let index = 0;
  for (const { key, value } of store.cards.getRange({})) {
    if (index++ % step !== 0) continue;
    if (key.startsWith('9')) continue; // legacy cards
    const card = decodeCard(key, value);
    cards.push({ cardNo: key, cardSn: card.cardSn, idNo: card.holderIdNo });
    if (cards.length >= count) break;
  }
  void store.close();
  return cards;
}

/**
 * The benchmarks act as the dataset's sample terminals; their keys derive from the master key the
 * dataset was generated with (the demo default, like the engine the benchmarks start).
 */
export function actAsSampleTerminals(samples: DemoSamples): void {
  const masterKey = loadConfig({}).masterKey;
  for (const t of samples.terminals) {
    registerTerminalKey(t.terminalId, demoTerminalKey(masterKey, t.terminalId), t.macAlgorithm);
  }
}

/** The `x-ssc-mac` header for a body sent as a terminal this process acts as. */
export function macHeaders(terminalId: string, body: Uint8Array): Record<string, string> {
  return { [macHeader]: Buffer.from(macForTerminal(terminalId, body)).toString('hex') };
}

export interface BenchDataset {
  dir: string;
  samples: DemoSamples;
  /** The sample Ningbo level-3 hospital terminal (its key registered: requests are signed). */
  terminal: DemoSamples['terminals'][number];
  /** 2,000 SSC cards spread over the key range. */
  cards: BenchCard[];
}

/** One signed TCP Inquire frame (op 1101, id i + 1) per bench card, for the terminal signed in as `signNo`. */
export function inquireFrames(data: Pick<BenchDataset, 'terminal' | 'cards'>, signNo: string): Buffer[] {
  return data.cards.map((c, i) => {
    const body = v1.InquireRequest.encode({
      header: header(data.terminal, signNo, i),
      credential: { type: 3, cardNo: c.cardNo, cardSn: c.cardSn, idNo: c.idNo },
    }).finish();
    return encodeFrame(FrameType.Request, 1101, i + 1, body, macForTerminal(data.terminal.terminalId, body));
  });
}

/** The dataset of `cards` cards (generated if missing), its samples, and this process acting as its terminals. */
export async function openBenchDataset(cards: number): Promise<BenchDataset> {
  const { dir } = await ensureDataset(cards);
  const store = Store.open({ path: dir, readOnly: true, mapSizeBytes: defaultMapSizeBytes });
  const samples = store.meta.get('demo.samples') as DemoSamples;
  await store.close();
  actAsSampleTerminals(samples);
  const terminal = samples.terminals.find((t) => t.role === 'ningboHospitalL3')!;
  return { dir, samples, terminal, cards: sampleCards(dir, 2_000, cards) };
}
