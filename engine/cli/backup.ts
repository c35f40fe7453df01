// `npm run backup -- <data dir> <target dir>`: a consistent copy of an engine's store, taken while
// the engine runs (LMDB's copy under one read transaction: every committed write up to that moment,
// nothing half-written). On a replicated pool the copy keeps the sequence it had applied
// (meta replication.appliedSeq): a new or lagging replica started from it follows the pool's stream
// from there and ends with the leader's digest (docs/REPLICATION.md, "A new replica").

import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultMapSizeBytes, Store } from '../store/store.js';

const [from, to] = process.argv.slice(2);
if (from === undefined || to === undefined) {
  process.stderr.write('usage: npm run backup -- <data dir> <target dir>\n');
  process.exit(2);
}
const target = resolve(to);
if (existsSync(join(target, 'data.mdb'))) {
  process.stderr.write(`${target} already holds a store: choose an empty folder\n`);
  process.exit(2);
}
mkdirSync(target, { recursive: true, mode: 0o700 });
const store = Store.open({ path: resolve(from), readOnly: true, mapSizeBytes: defaultMapSizeBytes });
try {
  const appliedSeq = (store.meta.get('replication.appliedSeq') as number | undefined) ?? 0;
  // The environment is a folder (noSubdir false): LMDB writes data.mdb inside the target folder.
  await store.env.backup(target, true);
  chmodSync(join(target, 'data.mdb'), 0o600);
  process.stdout.write(`backup of ${resolve(from)} in ${target} (replication.appliedSeq ${appliedSeq})\n`);
} finally {
  await store.close();
}
