// CPU accounting from /proc (Linux): per process and per thread, in percent of one core, so a
// report can say which thread was the limit (the event loop, the workers, or the load generator).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const ticksPerSecond = 100; // USER_HZ on Linux

function ticks(statPath: string): number {
  const stat = readFileSync(statPath, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

export interface CpuSnapshot {
  atMs: number;
  threads: Map<string, number>;
}

export function snapshot(pid: number): CpuSnapshot {
  const threads = new Map<string, number>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) threads.set(tid, ticks(`/proc/${pid}/task/${tid}/stat`));
  } catch {
    // process gone or not Linux: empty snapshot
  }
  return { atMs: Date.now(), threads };
}

/** Percent of one core per thread between two snapshots: the main thread (tid = pid) first, then the others sorted. */
export function usage(
  pid: number,
  a: CpuSnapshot,
  b: CpuSnapshot,
): { mainPct: number; otherThreadsPct: number[]; totalPct: number } {
  const seconds = (b.atMs - a.atMs) / 1000;
  const pct = (tid: string): number =>
    Math.round((((b.threads.get(tid) ?? 0) - (a.threads.get(tid) ?? 0)) / ticksPerSecond / seconds) * 100);
  const mainPct = pct(String(pid));
  const otherThreadsPct = [...b.threads.keys()]
    .filter((tid) => tid !== String(pid))
    .map(pct)
    .filter((p) => p > 0)
    .sort((x, y) => y - x);
  return { mainPct, otherThreadsPct, totalPct: mainPct + otherThreadsPct.reduce((s, p) => s + p, 0) };
}

/**
 * Pins every thread of a process to one CPU (`taskset`), to keep a load generator off the engine's
 * core; Linux with util-linux only.
 */
export function pinToCpu(pid: number, cpu: number): void {
  execFileSync('taskset', ['-a', '-p', '-c', String(cpu), String(pid)], { stdio: 'ignore' });
}
