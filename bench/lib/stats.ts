// Percentiles and machine facts for benchmark reports.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function summarize(values: number[]): { count: number; p50: number; p99: number; p999: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    p999: percentile(sorted, 99.9),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** The longest stretch of [from, to] with none of `times` (ascending, ms) in it: a writer's longest wait. */
export function longestGap(times: readonly number[], from: number, to: number): number {
  let gap = 0;
  let previous = from;
  for (const at of times) {
    if (at < from) continue;
    if (at > to) break;
    gap = Math.max(gap, at - previous);
    previous = at;
  }
  return Math.max(gap, to - previous);
}

export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export function machine(): Record<string, unknown> {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    commit,
    date: new Date().toISOString(),
  };
}

/** autocannon's latency figures (milliseconds) as a microsecond summary like summarize()'s. */
export function autocannonLatencyUs(result: {
  requests: { total: number };
  latency: { p50: number; p99: number; p99_9: number; max: number };
}): { count: number; p50: number; p99: number; p999: number; max: number } {
  return {
    count: result.requests.total,
    p50: result.latency.p50 * 1000,
    p99: result.latency.p99 * 1000,
    p999: result.latency.p99_9 * 1000,
    max: result.latency.max * 1000,
  };
}
