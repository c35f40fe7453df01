// Before-images of the records a replica applied from the stream, so that it can undo them. A
// server cut off from the quorum still delivers what it holds, and it can hold a record the quorum
// never stored (Debian's nats-server 2.9.10 did: a partition run's cut-off leader appended its own
// write, was refused, and then applied that very record as a follower from its own server). When
// the next record's `prev` names another record, the replica undoes its last one and reads the
// stream again from there — Raft's log truncation, done to the state the log built. Kept in the
// meta database under replication.undo.<seq> (per replica: outside the digest), at most
// undoRecordsMax; a break deeper than that stops the replica as diverged.

import type { Database, Key } from 'lmdb';
import { pack } from 'msgpackr';
import type { Store } from '../store/store.js';
import { applyWrites, type Write } from './effects.js';

/** Records whose before-images a replica keeps: a cut-off leader appends at most its appends in flight. */
export const undoRecordsMax = 64;

export const undoKeyPrefix = 'replication.undo.';

/** What the replica's last record was before this one: its hash (the chain's link back) and msg id. */
export interface UndoBack {
  hash: string;
  msgId: string;
}

interface UndoEntry {
  back: UndoBack;
  /** The before-images, in the order that restores them (the record's writes reversed). */
  writes: Write[];
}

const undoKey = (seq: number): string => undoKeyPrefix + String(seq).padStart(16, '0');

/**
 * Applies a record's writes, keeping each key's value from just before its write (absent: null),
 * and the undo entry for `seq`; forgets the entry undoRecordsMax records back. Inside the apply's
 * write transaction.
 */
export function keepUndo(
  store: Store,
  databases: Map<string, Database<unknown, Key>>,
  seq: number,
  back: UndoBack,
  writes: Write[],
): void {
  const before: Write[] = [];
  for (const write of writes) {
    const [name, key, , structured] = write;
    const db = databases.get(name)!;
    let value: Uint8Array | null = null;
    if (structured) {
      const current = db.get(key);
      value = current === undefined ? null : pack(current);
    } else {
      const current = db.getBinary(key);
      value = current === undefined ? null : Buffer.from(current);
    }
    before.push([name, key, value, structured]);
    applyWrites(databases, [write]);
  }
  store.meta.putSync(undoKey(seq), { back, writes: before.reverse() } satisfies UndoEntry);
  if (seq > undoRecordsMax) store.meta.removeSync(undoKey(seq - undoRecordsMax));
}

/**
 * Undoes the record applied at `seq` (the replica's last): its before-images restored and
 * `setBack(back)` (the caller's applied sequence, last hash and msg id) in the same transaction.
 * Resolves with what is now last, or undefined when no undo entry is kept for it (nothing changed).
 */
export async function undoLast(
  store: Store,
  databases: Map<string, Database<unknown, Key>>,
  seq: number,
  setBack: (back: UndoBack) => void,
): Promise<UndoBack | undefined> {
  const entry = store.meta.get(undoKey(seq)) as UndoEntry | undefined;
  if (entry === undefined) return undefined;
  await store.env.transaction(() => {
    applyWrites(databases, entry.writes);
    setBack(entry.back);
    store.meta.removeSync(undoKey(seq));
  });
  return entry.back;
}
