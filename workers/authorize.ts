// Hot path: bench/load/inquire-http.ts. The piscina worker: opens the LMDB environment read-only
// (sharing the process's one memory mapping) and decides whole batches with engine/core.
import { workerData } from 'node:worker_threads';
import { move } from 'piscina';
import { TerminalKeys } from '../engine/auth/terminal-keys.js';
import { attachClock } from '../engine/runtime/clock.js';
import { configureFault } from '../engine/runtime/faults.js';
import { LmdbReadView } from '../engine/store/read-view.js';
import { Store } from '../engine/store/store.js';
import { configurePersonNumbers } from '../engine/wire/person-no.js';
import { createAuthorizer } from './authorize-batch.js';
import type { WorkerConfig } from './pool.js';

const config = workerData as WorkerConfig;
attachClock(config.clock);
const store = Store.open({ path: config.dataDir, readOnly: true, mapSizeBytes: config.mapSizeBytes });
const authorizer = createAuthorizer(
  new LmdbReadView(store),
  config.settings,
  config.policy,
  new TerminalKeys(Buffer.from(config.masterKey), config.clockWindowMs),
  'worker',
);
configureFault(config.testFault);
configurePersonNumbers(config.masterKey);

const sleeper = new Int32Array(new SharedArrayBuffer(4));
let batches = 0;

export default function authorizeBatch(batch: ArrayBuffer): unknown {
  if (config.testBatchDelayMs > 0) Atomics.wait(sleeper, 0, 0, config.testBatchDelayMs);
  // Fault-test hook: this worker thread dies in the middle of every Nth batch it takes.
  if (config.testWorkerExitEvery > 0 && ++batches % config.testWorkerExitEvery === 0) process.exit(1);
  const replies = authorizer.run(batch);
  return move(replies);
}
