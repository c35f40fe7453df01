// The snapshot every engine of a pool starts from: one data folder with the demo dataset and the
// first staff account, copied whole to each engine's folder; each then follows the pool's stream
// from its applied sequence (docs/REPLICATION.md). Used by `npm run cluster` and the replication tests.

import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureAdmin } from '../cards/bootstrap.js';
import { type DemoSamples, generateDemo } from '../demo/demo.js';
import { compactStore } from '../store/compact.js';
import { defaultMapSizeBytes, Store } from '../store/store.js';

export interface SnapshotOptions {
  cards: number;
  seed: number;
  masterKey: Buffer;
  adminSecret: string;
  onProgress?: (done: number, total: number) => void;
  /** Another pool's dataset: every person insured in this division (demo.ts). */
  insuredRegion?: string;
}

/** Writes the snapshot into an empty folder; returns the demo samples. */
export async function makeSnapshot(dir: string, options: SnapshotOptions): Promise<DemoSamples> {
  const store = Store.open({ path: dir, readOnly: false, mapSizeBytes: defaultMapSizeBytes });
  const { samples } = await generateDemo(store, {
    cards: options.cards,
    seed: options.seed,
    nowMs: Date.now(),
    masterKey: options.masterKey,
    samplesPerScenario: 3,
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(options.insuredRegion === undefined ? {} : { insuredRegion: options.insuredRegion }),
  });
  await ensureAdmin(store, options.adminSecret, Date.now());
  await store.env.flushed;
  await store.close();
  // Without the bulk load's free pages (store/compact.ts): every replica starts from this file.
  await compactStore(dir, defaultMapSizeBytes);
  return samples;
}

/** An engine's own copy of the snapshot (its data folder, created owner-only). */
export function copySnapshot(snapshotDir: string, dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  copyFileSync(join(snapshotDir, 'data.mdb'), join(dir, 'data.mdb'));
}
