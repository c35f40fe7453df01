// Generate a demo dataset into an empty data folder: `npm run demo -- --cards 10000000 [--data-dir D] [--seed S]`.
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { generateDemo } from '../demo/demo.js';
import { Store } from '../store/store.js';
import { progressBar } from './progress.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const { values } = parseArgs({
    options: {
      cards: { type: 'string', default: String(config.demoCards) },
      'data-dir': { type: 'string', default: config.dataDir },
      seed: { type: 'string', default: String(config.demoSeed) },
      force: { type: 'boolean', default: false },
    },
  });
  const cards = Number(values.cards);
  if (!Number.isSafeInteger(cards) || cards < 1)
    throw new Error(`--cards ${values.cards}: expected a positive integer`);
  const dataDir = resolve(values['data-dir']);
  if (existsSync(join(dataDir, 'data.mdb'))) {
    if (!values.force) throw new Error(`${dataDir} already holds a store (use --force to replace it)`);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const store = Store.open({ path: dataDir, readOnly: false, mapSizeBytes: config.mapSizeBytes });
  const { summary } = await generateDemo(store, {
    cards,
    seed: Number(values.seed),
    nowMs: Date.now(),
    masterKey: config.masterKey,
    samplesPerScenario: 3,
    onProgress: progressBar('demo data'),
  });
  await store.close();
  const rate = Math.round(summary.cards / (summary.elapsedMs / 1000));
  process.stdout.write(
    `${JSON.stringify(summary)}\n${summary.cards.toLocaleString('en')} cards in ${(summary.elapsedMs / 1000).toFixed(1)} s: ${rate.toLocaleString('en')} cards/s into ${dataDir}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
