// Where the engine decides read-only requests, chosen once at start and reported (banner, /stats).
// SSC_WORKERS=auto keeps the worker pool only on a machine with a core per worker beside the main
// thread (limits.poolCoresMin) whose measured hand-off is cheap (limits.handOffP99MaxUs); otherwise
// the main thread decides (inline) and the worker threads are stopped. bench/load/tail.ts measured
// why: on 2 cores every pool setting put 3.5-9 ms at the server-side p99 of a lightly loaded
// Inquire, the inline engine 0.6-1.2 ms (docs/BENCHMARKS.md).
import { availableParallelism } from 'node:os';
import type { EngineConfig } from '../engine/config.js';
import { limits } from '../engine/core/limits.js';
import type { Dispatcher, ExecutionMode } from './pool.js';

export interface Execution {
  /** SSC_WORKERS as configured. */
  configured: EngineConfig['workers'];
  /** What runs: pool or inline. */
  mode: ExecutionMode;
  cores: number;
  /** An empty batch's round trip through a parked worker at start (auto with enough cores; else 0), µs. */
  handOffP50Us: number;
  handOffP99Us: number;
  reason: string;
}

/**
 * The mode the dispatcher is built with. Auto starts with the pool (its hand-off is measured) only
 * where a pool could be kept: on fewer than limits.poolCoresMin cores no worker is started at all
 * (start-up ~0.45 s sooner on 2 cores: docs/BENCHMARKS.md).
 */
export function initialMode(configured: EngineConfig['workers'], cores = availableParallelism()): ExecutionMode {
  if (configured === 'auto') return cores < limits.poolCoresMin ? 'inline' : 'pool';
  return configured === 'inline' ? 'inline' : 'pool';
}

/** Measures the hand-off and, for auto, settles the mode (before the engine takes requests). */
export async function settleExecution(dispatcher: Dispatcher, configured: EngineConfig['workers']): Promise<Execution> {
  const cores = availableParallelism();
  // Configured modes are taken as they are (nothing is measured: no batch reaches a worker before
  // the first request, which the fault-test hooks count on).
  if (configured !== 'auto')
    return { configured, mode: dispatcher.mode, cores, handOffP50Us: 0, handOffP99Us: 0, reason: 'configured' };
  if (dispatcher.mode === 'inline') {
    const reason = `${cores} cores (a worker pool needs ${limits.poolCoresMin}): no worker started`;
    return { configured, mode: 'inline', cores, handOffP50Us: 0, handOffP99Us: 0, reason };
  }
  const handOff = await dispatcher.measureHandOff(40, 1);
  const base = { configured, cores, handOffP50Us: handOff.p50Us, handOffP99Us: handOff.p99Us };
  if (cores >= limits.poolCoresMin && handOff.p99Us <= limits.handOffP99MaxUs)
    return { ...base, mode: 'pool', reason: `${cores} cores, worker hand-off p99 ${handOff.p99Us} µs` };
  await dispatcher.useInline();
  const why =
    cores < limits.poolCoresMin
      ? `${cores} cores (a worker pool needs ${limits.poolCoresMin})`
      : `worker hand-off p99 ${handOff.p99Us} µs (> ${limits.handOffP99MaxUs} µs)`;
  return { ...base, mode: 'inline', reason: why };
}
