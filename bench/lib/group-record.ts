// A replicated pool's group record as the micro benchmarks build it (undo-apply.ts, apply-sync.ts):
// per settlement an account update (an existing key), a journal entry and an idempotency record
// with the encoded reply (new keys), plus the ledger's meta sequence.
import { pack } from 'msgpackr';
import type { Write } from '../../engine/replication/effects.js';

/** Makes records of `group` settlements over `accounts` accounts (P0..P<accounts-1>), numbered on from the last. */
export function groupRecords(group: number, accounts: number): () => Write[] {
  let journalSeq = 0;
  return () => {
    const writes: Write[] = [];
    for (let i = 0; i < group; i++) {
      journalSeq++;
      writes.push(['accounts', `P${(journalSeq * 7919) % accounts}`, Buffer.alloc(48, journalSeq % 251), false]);
      writes.push(['journal', journalSeq, Buffer.alloc(160, 3), false]);
      writes.push(['messages', `M${journalSeq}`, Buffer.alloc(805, 5), false]);
    }
    writes.push(['meta', 'ledger.sequence', pack(journalSeq), true]);
    return writes;
  };
}
