// The young generation's collector. Every request leaves short-lived garbage (~11 KB per Inquire);
// at 14,000 Inquire/s V8 scavenges every ~90 ms. What survives a scavenge is tiny (~15 KB), so
// parallel scavenging has nothing to share out, and an engine deciding on its main thread (chosen
// on a machine with few cores) waited for the helper threads to be scheduled: mean pause 1.19 ms
// parallel against 0.68 ms serial, the longest 3.3 against 1.8 ms. With the worker pool (chosen on
// a machine with cores to spare) the main thread only carries the transport, and its longest pause
// was shorter parallel (docs/BENCHMARKS.md, "The collector's share of the Inquire tail").
import { setFlagsFromString } from 'node:v8';

export type Scavenge = 'serial' | 'parallel';

/** SSC_SCAVENGE=auto: serial for an engine that decides inline, parallel for the worker pool. */
export function scavengeFor(setting: 'auto' | Scavenge, mode: 'inline' | 'pool'): Scavenge {
  if (setting !== 'auto') return setting;
  return mode === 'inline' ? 'serial' : 'parallel';
}

/**
 * V8 reads the flag at every scavenge, so setting it at start takes effect for the rest of the
 * process (the worker threads' isolates included: V8's flags are per process).
 */
export function configureScavenge(mode: Scavenge): void {
  setFlagsFromString(mode === 'serial' ? '--no-parallel-scavenge' : '--parallel-scavenge');
}
