// An idle probe of the machine itself: a process that does nothing but let a timer fire, measured
// with the engine's own instrument (monitorEventLoopDelay at the engine's 10 ms resolution,
// engine/server/metrics.ts). Run beside the engine through a benchmark, it says how late a thread
// that has no work of its own was woken during each scenario: the stalls the host and the kernel
// impose on any process (a virtual CPU taken away, the guest's own reclaim), which no setting of the
// engine reaches. It asks for a higher priority than the engine and the generator (nice -10, when
// allowed), so that it waits for no runnable thread of theirs: its delays are the machine's.
// Given a folder on the engine's disk, it also writes 4 KB and fdatasyncs it every 10 ms
// (on a thread of its own: its timer stays free) — the disk's own durable-write latency
// at that moment, the floor under each group commit of the engine beside it.
import { type ChildProcess, fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** As the engine's event-loop gauge (engine/server/metrics.ts lagResolutionMs). */
const resolutionMs = 10;
/** Below the engine (0) and the generator: woken first. */
const canaryNice = -10;

export interface CanaryReading {
  /** Timer lateness beyond the resolution since the last reading, µs. */
  delayP99Us: number;
  delayMaxUs: number;
  samples: number;
  /** 4 KB write + fdatasync beside the run (with a folder): p99 and max µs, and how many. */
  diskSyncP99Us: number;
  diskSyncMaxUs: number;
  diskSyncs: number;
}

export interface Canary {
  /** The priority it runs at (its request for -10 may have been refused). */
  nice: number;
  /** The delays since the previous read (or the start), then a fresh count. */
  read(): Promise<CanaryReading>;
  stop(): Promise<void>;
}

/**
 * Durable 4 KB writes, one every 10 ms, each timed from write to fdatasync's return (µs), on a thread
 * of their own with the calls made synchronously: the time is the disk's (and the scheduler's while
 * in the call), never a late event loop's.
 */
function probeDisk(path: string, samples: number[]): void {
  const worker = new Worker(
    `
    const { openSync, writeSync, fdatasyncSync } = require('node:fs');
    const { parentPort, workerData } = require('node:worker_threads');
    const { performance } = require('node:perf_hooks');
    const fd = openSync(workerData.path, 'w');
    const page = Buffer.alloc(4096, 7);
    const sleeper = new Int32Array(new SharedArrayBuffer(4));
    let batch = [];
    for (;;) {
      const t0 = performance.now();
      writeSync(fd, page, 0, page.length, 0);
      fdatasyncSync(fd);
      const ms = performance.now() - t0;
      batch.push(Math.round(ms * 1000));
      if (batch.length >= 10) { parentPort.postMessage(batch); batch = []; }
      Atomics.wait(sleeper, 0, 0, Math.max(0, 10 - ms));
    }`,
    { eval: true, workerData: { path } },
  );
  worker.on('message', (batch: number[]) => samples.push(...batch));
  worker.unref();
}

function probeFileOf(dir: string, pid: number): string {
  return join(dir, `canary-${pid}.bin`);
}

function quantile(sorted: number[], q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function runProbe(diskDir: string | undefined): void {
  try {
    setPriority(0, canaryNice);
  } catch {
    // Not allowed (not root): it runs at the default priority, and says so.
  }
  const h = monitorEventLoopDelay({ resolution: resolutionMs });
  h.enable();
  const overUs = (ns: number): number => Math.max(0, Math.round((ns - resolutionMs * 1e6) / 1000));
  const syncs: number[] = [];
  const probeFile = diskDir === undefined ? undefined : probeFileOf(diskDir, process.pid);
  if (probeFile !== undefined) probeDisk(probeFile, syncs);
  // Stopped, or the parent gone (it failed): the probe's file goes with it.
  const end = (): void => {
    if (probeFile !== undefined) rmSync(probeFile, { force: true });
    process.exit(0);
  };
  process.once('SIGTERM', end);
  process.once('disconnect', end);
  process.on('message', (m) => {
    if (m !== 'read') return;
    const sorted = syncs.splice(0).sort((a, b) => a - b);
    const reading: CanaryReading = {
      delayP99Us: h.count === 0 ? 0 : overUs(h.percentile(99)),
      delayMaxUs: h.count === 0 ? 0 : overUs(h.max),
      samples: h.count,
      diskSyncP99Us: quantile(sorted, 0.99),
      diskSyncMaxUs: sorted.at(-1) ?? 0,
      diskSyncs: sorted.length,
    };
    h.reset();
    process.send!({ reading, nice: getPriority(0) });
  });
}

/** diskDir: a folder on the engine's disk for the fdatasync probe (none: no disk probe). */
export async function startCanary(diskDir?: string): Promise<Canary> {
  const child: ChildProcess = fork(
    fileURLToPath(import.meta.url),
    ['probe', ...(diskDir === undefined ? [] : [diskDir])],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ask = (): Promise<{ reading: CanaryReading; nice: number }> =>
    new Promise((resolve, reject) => {
      const onExit = (): void => reject(new Error('the canary exited'));
      child.once('exit', onExit);
      child.once('message', (m) => {
        child.off('exit', onExit);
        resolve(m as { reading: CanaryReading; nice: number });
      });
      child.send('read');
    });
  const { nice } = await ask();
  return {
    nice,
    read: async () => (await ask()).reading,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      if (diskDir !== undefined) rmSync(probeFileOf(diskDir, child.pid!), { force: true });
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'probe') runProbe(process.argv[3]);
