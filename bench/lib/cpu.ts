// CPU accounting from /proc (Linux): per process and per thread, in percent of one core, so a
// report can say which thread was the limit (the event loop, the workers, or the load generator).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const ticksPerSecond = 100; // USER_HZ on Linux

function ticks(statPath: string): number {
  const stat = readFileSync(statPath, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

export interface CpuSnapshot {
  atMs: number;
  threads: Map<string, number>;
  /** Each thread's name (/proc comm: node, libuv-worker, V8 DefaultWorke, ...). */
  names: Map<string, string>;
  /** Bytes the machine's disks had written (diskWriteBytes; 0 when unreadable). */
  diskWriteBytes: number;
  /**
   * The process's major page faults so far (/proc/<pid>/stat majflt): reads of its memory map that
   * waited for the disk, e.g. LMDB pages the kernel had dropped from the page cache.
   */
  majorFaults: number;
  /**
   * Its minor page faults (minflt): pages mapped on first touch without the disk, e.g. LMDB pages a
   * write transaction put in new places, read for the first time through this process's map.
   */
  minorFaults: number;
}

/** /proc/<pid>/stat's fields after the command: minflt and majflt. */
function faults(pid: number): { minor: number; major: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { minor: Number(fields[7]), major: Number(fields[9]) };
  } catch {
    return { minor: 0, major: 0 };
  }
}

/**
 * Bytes the machine's disks have written (/proc/diskstats, whole disks only: /sys/block names them;
 * loop, ram and zram devices left out). Not per process: /proc/<pid>/io write_bytes counted 184 MB/s
 * for an engine whose pwrites were 10 MB/s (strace) and whose disk wrote 16 MB/s.
 */
function diskWriteBytes(): number {
  try {
    const disks = new Set(readdirSync('/sys/block').filter((name) => !/^(loop|ram|zram)/.test(name)));
    let sectors = 0;
    for (const line of readFileSync('/proc/diskstats', 'utf8').split('\n')) {
      const fields = line.trim().split(/\s+/);
      if (fields.length > 9 && disks.has(fields[2]!)) sectors += Number(fields[9]);
    }
    return sectors * 512;
  } catch {
    return 0;
  }
}

export function snapshot(pid: number): CpuSnapshot {
  const threads = new Map<string, number>();
  const names = new Map<string, string>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      threads.set(tid, ticks(`/proc/${pid}/task/${tid}/stat`));
      names.set(tid, readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim());
    }
  } catch {
    // process gone or not Linux: empty snapshot
  }
  const { minor, major } = faults(pid);
  return { atMs: Date.now(), threads, names, diskWriteBytes: diskWriteBytes(), majorFaults: major, minorFaults: minor };
}

/** The other threads' CPU by thread name (percent of one core, summed per name), busiest first. */
export function usageByName(pid: number, a: CpuSnapshot, b: CpuSnapshot): { name: string; pct: number }[] {
  const seconds = (b.atMs - a.atMs) / 1000;
  const byName = new Map<string, number>();
  for (const [tid, t] of b.threads) {
    if (tid === String(pid)) continue;
    const name = b.names.get(tid) ?? '?';
    byName.set(name, (byName.get(name) ?? 0) + (t - (a.threads.get(tid) ?? 0)) / ticksPerSecond / seconds);
  }
  return [...byName]
    .map(([name, share]) => ({ name, pct: Math.round(share * 100) }))
    .filter((t) => t.pct > 0)
    .sort((x, y) => y.pct - x.pct);
}

/** The machine's CPU time so far (/proc/stat, all cores), in ticks: busy and all. */
export function machineTicks(): { busy: number; all: number } {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const all = fields.reduce((sum, t) => sum + t, 0);
    // idle and iowait are not busy.
    return { busy: all - (fields[3] ?? 0) - (fields[4] ?? 0), all };
  } catch {
    return { busy: 0, all: 0 };
  }
}

/** How busy the whole machine was between two machineTicks() readings, in percent of one core (2 cores: up to 200). */
export function machineBusyPct(a: { busy: number; all: number }, b: { busy: number; all: number }): number {
  const all = b.all - a.all;
  return all <= 0 ? 0 : Math.round(((b.busy - a.busy) / all) * 100 * availableParallelism());
}

/** Bytes the machine's disks wrote per second between two snapshots. */
export function diskBytesPerSecond(a: CpuSnapshot, b: CpuSnapshot): number {
  return (b.diskWriteBytes - a.diskWriteBytes) / ((b.atMs - a.atMs) / 1000);
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

/** Pins one thread (a process's main thread: its pid) to one CPU; the process's other threads stay where they may run. */
export function pinThreadToCpu(tid: number, cpu: number): void {
  execFileSync('taskset', ['-p', '-c', String(cpu), String(tid)], { stdio: 'ignore' });
}

/** Lets a process's threads run on every core again. */
export function unpin(pid: number): void {
  execFileSync('taskset', ['-a', '-p', '-c', `0-${availableParallelism() - 1}`, String(pid)], { stdio: 'ignore' });
}
