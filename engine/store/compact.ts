// A store's data file rewritten without its free pages (LMDB's compacting copy), for a store no
// process has open. A bulk load — the demo data of a first start, a benchmark dataset, a cluster
// snapshot — leaves LMDB's free list large (the 1M-card dataset: 119 of 407 MB free), and every
// later commit pays for it: with that store a durable settlement at 300/s took 47-57 ms at p99
// (commit 23-29 ms, the write thread 44% busy); compacted, 10-13 ms (commit 5-6 ms, 22% busy)
// (bench/results/tail-20261130210135.json ... -210306.json, docs/BENCHMARKS.md).
import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from './store.js';

/** The copy is made here, inside the store's folder (the same file system: the swap is a rename). */
const workFolder = 'compact.tmp';

/** fsync of a file or a folder (a folder: the names in it, after a rename). */
export function syncPath(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export interface Compaction {
  beforeBytes: number;
  afterBytes: number;
  elapsedMs: number;
}

/**
 * Replaces `path`'s data.mdb by a compacted copy of itself. A crash before the rename leaves the
 * old file whole (and a work folder the next compaction removes); the rename is atomic.
 */
export async function compactStore(path: string, mapSizeBytes: number): Promise<Compaction> {
  const startedMs = Date.now();
  const data = join(path, 'data.mdb');
  const work = join(path, workFolder);
  const beforeBytes = statSync(data).size;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { mode: 0o700 });
  const store = Store.open({ path, readOnly: true, mapSizeBytes });
  try {
    // The environment is a folder: LMDB writes data.mdb inside `work`.
    await store.env.backup(work, true);
  } finally {
    await store.close();
  }
  chmodSync(join(work, 'data.mdb'), 0o600);
  // The copy is on disk before it replaces the original, and the rename is on disk before the
  // store opens again: a power loss leaves one whole file or the other, never a torn one.
  syncPath(join(work, 'data.mdb'));
  renameSync(join(work, 'data.mdb'), data);
  syncPath(path);
  rmSync(work, { recursive: true, force: true });
  // The lock file describes the old file's readers and transaction: made afresh at the next open.
  rmSync(join(path, 'lock.mdb'), { force: true });
  return { beforeBytes, afterBytes: statSync(data).size, elapsedMs: Date.now() - startedMs };
}
