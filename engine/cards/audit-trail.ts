// The audit trail of refused accesses (401/403/429 on the admin API and the terminal hot-list
// download), bounded three ways (docs/RELIABILITY.md):
//   - per source address, at most auditRecordsPerSourceWindow records per auditWindowMs; the rest
//     of the window's refusals from that address are counted and written as one summary record per
//     code when the window closes (`count` > 1), so a flood costs a few records a minute, not one
//     per request (20,000 anonymous requests used to add 1.6 MB);
//   - sources remembered at most auditSourcesMax (made-up addresses share one overflow bucket);
//   - retention in time (auditRetentionMs) and count (auditRecordsMax), oldest pruned first, at
//     most auditPruneItemsMax per pass, like the idempotency records.
// Writes are not awaited by the refusal (a refusal never waits for a disk) and bounded in flight.
import { limits } from '../core/limits.js';
import { absorbCommitError, type Store } from '../store/store.js';
import type { AuditRecord } from './records.js';

export type { AuditRecord };

export interface AuditOptions {
  windowMs: number;
  recordsPerSourceWindow: number;
  sourcesMax: number;
  retentionMs: number;
  recordsMax: number;
  pruneItemsMax: number;
}

export const defaultAuditOptions: AuditOptions = {
  windowMs: limits.auditWindowMs,
  recordsPerSourceWindow: limits.auditRecordsPerSourceWindow,
  sourcesMax: limits.auditSourcesMax,
  retentionMs: limits.auditRetentionMs,
  recordsMax: limits.auditRecordsMax,
  pruneItemsMax: limits.auditPruneItemsMax,
};

/** One source's current window: records written, and what was only counted (by code). */
class SourceWindow {
  written = 0;
  readonly suppressed = new Map<string, { who: string; route: string; count: number }>();
  constructor(readonly startMs: number) {}
}

const overflowSource = '*';

export class AuditTrail {
  private seq = -1;
  private pending = 0;
  private lastWrite: Promise<unknown> = Promise.resolve();
  private readonly windows = new Map<string, SourceWindow>();
  /** Refusals not written because too many writes were waiting (also a metric). */
  dropped = 0;
  /** Refusals folded into summary records. */
  summarised = 0;

  constructor(
    private readonly store: Store,
    private readonly options: AuditOptions = defaultAuditOptions,
  ) {}

  /**
   * Records a refused access. True when it was written as its own record (the caller logs it);
   * false when it was folded into its source's window summary.
   */
  refused(who: string, route: string, code: string, remote: string, nowMs: number): boolean {
    let source = this.windows.has(remote) || this.windows.size < this.options.sourcesMax ? remote : overflowSource;
    let window = this.windows.get(source);
    if (window !== undefined && nowMs - window.startMs >= this.options.windowMs) {
      this.close(source, window, nowMs);
      window = undefined;
    }
    if (window === undefined) {
      if (this.windows.size >= this.options.sourcesMax) source = overflowSource;
      window = this.windows.get(source) ?? new SourceWindow(nowMs);
      this.windows.set(source, window);
    }
    if (window.written < this.options.recordsPerSourceWindow) {
      window.written++;
      this.write({ timeMs: nowMs, who: who.slice(0, 64), route: route.slice(0, 128), code, remote, count: 1 });
      return true;
    }
    this.summarised++;
    const key = code;
    const counted = window.suppressed.get(key);
    if (counted === undefined)
      window.suppressed.set(key, { who: who.slice(0, 64), route: route.slice(0, 128), count: 1 });
    else counted.count++;
    return false;
  }

  /** Closes the windows that ended (their summaries written) and prunes; run on a timer. */
  maintain(nowMs: number): void {
    for (const [source, window] of this.windows) {
      if (nowMs - window.startMs >= this.options.windowMs) this.close(source, window, nowMs);
    }
    this.prune(nowMs);
  }

  /** Resolves once every record written so far is committed. */
  written(): Promise<unknown> {
    return this.lastWrite;
  }

  /** Writes every open window's summary (at a stop). */
  closeWindows(nowMs: number): void {
    for (const [source, window] of this.windows) this.close(source, window, nowMs);
  }

  /** Records kept now (keys are one contiguous run of sequence numbers). */
  get size(): number {
    let first = 0;
    for (const key of this.store.audit.getKeys({ limit: 1 })) first = key as number;
    return first === 0 ? 0 : this.lastSequence() - first + 1;
  }

  private close(source: string, window: SourceWindow, nowMs: number): void {
    this.windows.delete(source);
    for (const [code, counted] of window.suppressed) {
      this.write({ timeMs: nowMs, who: counted.who, route: counted.route, code, remote: source, count: counted.count });
    }
  }

  private lastSequence(): number {
    if (this.seq < 0) {
      this.seq = 0;
      for (const key of this.store.audit.getKeys({ reverse: true, limit: 1 })) this.seq = key as number;
    }
    return this.seq;
  }

  private write(record: AuditRecord): void {
    const seq = this.lastSequence() + 1;
    if (this.pending >= limits.auditPendingMax) {
      this.dropped += record.count;
      return;
    }
    this.seq = seq;
    this.pending++;
    const done = (error?: unknown): void => {
      absorbCommitError(error);
      this.pending--;
    };
    try {
      this.lastWrite = this.store.audit.put(seq, record).then(done, done);
    } catch (error) {
      // A read-only store refuses at once: the refusal itself was still answered and logged.
      done(error);
    }
    if (seq % 256 === 0) this.prune(record.timeMs);
  }

  /** Removes the oldest records past the retention time or the count, at most pruneItemsMax. */
  private prune(nowMs: number): void {
    const last = this.lastSequence();
    const cutMs = nowMs - this.options.retentionMs;
    const doomed: number[] = [];
    for (const { key, value } of this.store.audit.getRange({ limit: this.options.pruneItemsMax })) {
      const seq = key as number;
      const overCount = last - seq + 1 > this.options.recordsMax;
      if (!overCount && (value as AuditRecord).timeMs >= cutMs) break;
      doomed.push(seq);
    }
    if (doomed.length === 0) return;
    try {
      this.lastWrite = this.store.audit
        .transaction(() => {
          for (const seq of doomed) void this.store.audit.remove(seq);
        })
        .then(undefined, absorbCommitError);
    } catch (error) {
      absorbCommitError(error);
    }
  }
}
