// An idle probe of the machine itself: a process that does nothing but let a timer fire, measured
// with the engine's own instrument (monitorEventLoopDelay at the engine's 10 ms resolution,
// engine/server/metrics.ts). Run beside the engine through a benchmark, it says how late a thread
// that has no work of its own was woken during each scenario: the stalls the host and the kernel
// impose on any process (a virtual CPU taken away, the guest's own reclaim), which no setting of the
// engine reaches. It asks for a higher priority than the engine and the generator (nice -10, when
// allowed), so that it waits for no runnable thread of theirs: its delays are the machine's.
import { type ChildProcess, fork } from 'node:child_process';
import { getPriority, setPriority } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** As the engine's event-loop gauge (engine/server/metrics.ts lagResolutionMs). */
const resolutionMs = 10;
/** Below the engine (0) and the generator: woken first. */
const canaryNice = -10;

export interface CanaryReading {
  /** Timer lateness beyond the resolution since the last reading, µs. */
  delayP99Us: number;
  delayMaxUs: number;
  samples: number;
}

export interface Canary {
  /** The priority it runs at (its request for -10 may have been refused). */
  nice: number;
  /** The delays since the previous read (or the start), then a fresh count. */
  read(): Promise<CanaryReading>;
  stop(): Promise<void>;
}

function runProbe(): void {
  try {
    setPriority(0, canaryNice);
  } catch {
    // Not allowed (not root): it runs at the default priority, and says so.
  }
  const h = monitorEventLoopDelay({ resolution: resolutionMs });
  h.enable();
  const overUs = (ns: number): number => Math.max(0, Math.round((ns - resolutionMs * 1e6) / 1000));
  process.on('message', (m) => {
    if (m !== 'read') return;
    const reading: CanaryReading = {
      delayP99Us: h.count === 0 ? 0 : overUs(h.percentile(99)),
      delayMaxUs: h.count === 0 ? 0 : overUs(h.max),
      samples: h.count,
    };
    h.reset();
    process.send!({ reading, nice: getPriority(0) });
  });
  // The parent gone: nothing left to report to.
  process.on('disconnect', () => process.exit(0));
}

export async function startCanary(): Promise<Canary> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['probe'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
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
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'probe') runProbe();
