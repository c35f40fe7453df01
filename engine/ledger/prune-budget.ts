// How much housekeeping one pass may do inside a group's transaction (idempotency records, visits,
// e-vouchers). The pass runs on the main thread, in the transaction's callback: every request that
// arrives meanwhile waits, and so does the group's commit. Counting items alone did not bound it:
// a visit decodes with its fee lines (up to limits.visitLinesMax), and a pass of 1,024 visits held
// the main thread 2-17 ms once a second in the full bench run, up to 52 ms at a replicated leader
// (docs/BENCHMARKS.md, "The Settle budget at the city load"). So a pass also stops at a deadline.
import { performance } from 'node:perf_hooks';

export class PruneBudget {
  constructor(
    /** At most this many items looked at by one pruner in this pass. */
    readonly itemsMax: number,
    /** performance.now() after which a pruner stops (having looked at one item at least: progress). */
    readonly deadlineMs: number,
  ) {}

  /** A pruner that has looked at `looked` items stops now. */
  spent(looked: number): boolean {
    return looked >= this.itemsMax || (looked >= 1 && performance.now() >= this.deadlineMs);
  }
}
