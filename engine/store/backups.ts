// Scheduled backups of the running engine's store (SSC_BACKUP_DIR, _INTERVAL_S, _KEEP): every
// interval, LMDB's compacting copy under one read transaction (every write committed up to that
// moment, nothing half-written), the same copy `npm run backup` makes, into a folder of its own
// named by the time and the replicated sequence it holds; the oldest beyond the kept count are
// removed. On a replicated pool a follower's backup is where a new or lagging replica starts
// (docs/REPLICATION.md), and a stream that keeps only its last records
// (SSC_CLUSTER_STREAM_MAX_RECORDS) needs one newer than its first record: a backup at sequence S
// can start a replica while the stream still holds record S + 1, that is while no more than the
// retention's count of records were written after it. Each backup checks that its predecessor
// stayed usable until it was made (else a "coverage gap": for a while no backup could start a
// replica), and /stats says whether the newest one still is. The copy runs on LMDB's own thread,
// not the event loop.
import { chmodSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { syncPath } from './compact.js';
import type { Store } from './store.js';

export interface BackupSchedule {
  /** The folder the backups go in ('' : no scheduled backups). */
  dir: string;
  intervalMs: number;
  /** Backups kept (the newest); older ones are removed once a new one is whole. */
  keep: number;
}

export interface BackupTaken {
  name: string;
  atMs: number;
  /** The replicated sequence the copy holds (0: a single box). */
  appliedSeq: number;
  bytes: number;
  elapsedMs: number;
  /** Records written between the previous backup (this run's or an earlier one's) and this one. */
  recordsSincePrevious?: number;
  /**
   * More than the stream keeps: the stream had dropped the record the previous backup needed
   * before this one was made (only with SSC_CLUSTER_STREAM_MAX_RECORDS).
   */
  coverageGap?: boolean;
}

const prefix = 'backup-';
const partialPrefix = '.partial-';

/** The sequence the newest whole backup in the folder holds (backup-<stamp>-seq<N>), if any. */
function newestSeqIn(dir: string): number | undefined {
  const newest = readdirSync(dir)
    .filter((entry) => entry.startsWith(prefix))
    .sort()
    .at(-1);
  const seq = newest === undefined ? undefined : /-seq(\d+)$/.exec(newest)?.[1];
  return seq === undefined ? undefined : Number(seq);
}

/** A sortable UTC stamp to the millisecond: 20261201T023316.123Z. */
function stamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23).replace(/[-:]/g, '')}Z`;
}

export class ScheduledBackups {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<BackupTaken> | undefined;
  private taken = 0;
  private failed = 0;
  private last: BackupTaken | undefined;
  private lastError = '';
  /** The sequence the newest backup holds, this run's or one found in the folder at start. */
  private newestSeq: number | undefined;
  private coverageGaps = 0;

  /** streamMaxRecords: what the pool's stream keeps (SSC_CLUSTER_STREAM_MAX_RECORDS; 0: every record). */
  constructor(
    private readonly store: Store,
    private readonly schedule: BackupSchedule,
    private readonly onResult: (taken: BackupTaken | undefined, error?: unknown) => void = () => {},
    private readonly streamMaxRecords = 0,
  ) {}

  private appliedSeq(): number {
    return (this.store.meta.get('replication.appliedSeq') as number | undefined) ?? 0;
  }

  /** Starts the schedule (the first backup one interval from now); a copy a crash left half-made is removed. */
  start(): void {
    mkdirSync(this.schedule.dir, { recursive: true, mode: 0o700 });
    for (const entry of readdirSync(this.schedule.dir))
      if (entry.startsWith(partialPrefix)) rmSync(join(this.schedule.dir, entry), { recursive: true, force: true });
    this.newestSeq = newestSeqIn(this.schedule.dir);
    this.timer = setInterval(() => {
      // One at a time: a copy still running when the next is due makes that one wait for the next turn.
      if (this.running === undefined) this.takeNow().catch(() => undefined);
    }, this.schedule.intervalMs);
    this.timer.unref();
  }

  /** Takes one backup now, holding every write committed before the call (after any copy under way). */
  async takeNow(): Promise<BackupTaken> {
    while (this.running !== undefined) await this.running.catch(() => undefined);
    const running = this.take().finally(() => {
      this.running = undefined;
    });
    this.running = running;
    return running;
  }

  private async take(): Promise<BackupTaken> {
    const startedMs = Date.now();
    try {
      const appliedSeq = this.appliedSeq();
      const name = `${prefix}${stamp(startedMs)}-seq${appliedSeq}`;
      const partial = join(this.schedule.dir, `${partialPrefix}${name}`);
      const whole = join(this.schedule.dir, name);
      rmSync(partial, { recursive: true, force: true });
      mkdirSync(partial, { mode: 0o700 });
      // The environment is a folder: LMDB writes data.mdb inside `partial`.
      await this.store.env.backup(partial, true);
      const data = join(partial, 'data.mdb');
      chmodSync(data, 0o600);
      // Whole on disk before it takes its name, and the name on disk before older ones go.
      syncPath(data);
      syncPath(partial);
      renameSync(partial, whole);
      syncPath(this.schedule.dir);
      const backups = readdirSync(this.schedule.dir)
        .filter((entry) => entry.startsWith(prefix))
        .sort();
      for (const old of backups.slice(0, Math.max(0, backups.length - this.schedule.keep)))
        rmSync(join(this.schedule.dir, old), { recursive: true, force: true });
      const taken: BackupTaken = {
        name,
        atMs: startedMs,
        appliedSeq,
        bytes: statSync(join(whole, 'data.mdb')).size,
        elapsedMs: Date.now() - startedMs,
      };
      if (this.newestSeq !== undefined) {
        taken.recordsSincePrevious = appliedSeq - this.newestSeq;
        if (this.streamMaxRecords > 0) {
          taken.coverageGap = taken.recordsSincePrevious > this.streamMaxRecords;
          if (taken.coverageGap) this.coverageGaps++;
        }
      }
      this.newestSeq = appliedSeq;
      this.taken++;
      this.last = taken;
      this.onResult(taken);
      return taken;
    } catch (error) {
      this.failed++;
      this.lastError = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
      this.onResult(undefined, error);
      throw error;
    }
  }

  /**
   * For /stats: the schedule, the counts, the last backup made and the last failure's code; with a
   * stream that keeps only its last records, how far the newest backup is behind and whether a
   * replica could still start from it.
   */
  stats(): object {
    const behind = this.newestSeq === undefined ? undefined : this.appliedSeq() - this.newestSeq;
    return {
      dir: this.schedule.dir,
      intervalMs: this.schedule.intervalMs,
      keep: this.schedule.keep,
      taken: this.taken,
      failed: this.failed,
      ...(this.last === undefined ? {} : { last: this.last }),
      ...(this.lastError === '' ? {} : { lastError: this.lastError }),
      ...(this.streamMaxRecords === 0
        ? {}
        : {
            streamMaxRecords: this.streamMaxRecords,
            coverageGaps: this.coverageGaps,
            ...(behind === undefined
              ? {}
              : { newestRecordsBehind: behind, newestUsable: behind <= this.streamMaxRecords }),
          }),
    };
  }

  /** Stops the schedule and waits for a copy being made to finish (the store closes after). */
  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }
}
