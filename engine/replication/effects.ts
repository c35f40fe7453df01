// Records carry effects, not requests: a write transaction's every put and remove, named by database
// and key, with the value's bytes as they were written. The leader decides a group inside a write
// transaction whose writes are recorded and then aborted; the record is appended to the replicated
// log; every replica (the leader too) then applies the same writes in the same order. Followers
// never re-decide, so a policy file, a clock or a catalogue version can never fork the replicas.
//
// Recording hooks the named databases' write methods once (a null check per write when no
// transaction is being recorded). Binary databases' values are copied (their writers reuse buffers);
// structured (msgpack) values are packed at once, so a record later mutated in place (a visit) is
// recorded as it was written.

import { xxh3 } from '@node-rs/xxhash';
import type { Database, Key } from 'lmdb';
import { pack, unpack } from 'msgpackr';
import { assert } from '../core/assert.js';
import type { Store } from '../store/store.js';

/** One write: database name, key, and the value's bytes (binary) or packed value (structured); null removes. */
export type Write = [db: string, key: Key, value: Uint8Array | null, structured: boolean];

/** What one append to the log carries. */
export interface GroupRecord {
  v: 1;
  /** The node that decided it, its epoch (the lease revision it led under) and its group number. */
  node: string;
  epoch: number;
  group: number;
  /**
   * The hash of the record before it in the stream (recordHash; '' when the leader did not know it):
   * a replica checks it against the last record it applied, so one that ever applied a record the
   * stream does not hold finds out at the next record (Raft's log matching, kept by the engine).
   */
  prev?: string;
  writes: Write[];
}

/** A record's hash as the chain names it: xxh64 of its bytes, 16 hex. */
export function recordHash(bytes: Uint8Array): string {
  return xxh3
    .xxh64(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length))
    .toString(16)
    .padStart(16, '0');
}

type WriteMethod = (key: Key, value?: unknown, ...rest: unknown[]) => unknown;

/** lmdb-js's msgpack encoder of a database with shared structures (the part this module touches). */
interface SharedEncoder {
  structures?: unknown[] & { uninitialized?: boolean };
}

export class EffectRecorder {
  private writes: Write[] | undefined = undefined;
  /** Structured databases with shared structures, by name: their encoders. */
  private readonly sharedEncoders = new Map<string, SharedEncoder>();

  constructor(store: Store) {
    for (const [name, db] of store.namedDatabases()) {
      this.hook(name, db);
      const shared = db as unknown as { sharedStructuresKey?: unknown; encoder?: SharedEncoder };
      if (shared.sharedStructuresKey !== undefined && shared.encoder !== undefined)
        this.sharedEncoders.set(name, shared.encoder);
    }
  }

  /**
   * After a recorded transaction was aborted: an encoder that met a new record shape in it saved the
   * shape's structure in that transaction (aborted: never stored) and would go on using it, so the
   * values applied next would name a structure the store does not hold (unreadable after a restart,
   * or by another process). Such encoders reload their structures from the store on their next use.
   */
  forgetAbortedStructures(writes: readonly Write[]): void {
    if (this.sharedEncoders.size === 0) return;
    const touched = new Set<string>();
    for (const [name, , value, structured] of writes) if (structured && value !== null) touched.add(name);
    for (const name of touched) {
      const encoder = this.sharedEncoders.get(name);
      if (encoder === undefined) continue;
      const reload: unknown[] & { uninitialized?: boolean } = [];
      reload.uninitialized = true;
      encoder.structures = reload;
    }
  }

  private hook(name: string, db: Database<unknown, Key>): void {
    const structured = (db as unknown as { encoding?: string }).encoding !== 'binary';
    const target = db as unknown as Record<string, WriteMethod>;
    for (const method of ['put', 'putSync'] as const) {
      const original = target[method]!.bind(db);
      target[method] = (key, value, ...rest) => {
        // A symbol key is lmdb-js's own (a structured database's shared structures): each replica
        // keeps its own, the record carries plain packed values.
        if (this.writes !== undefined && typeof key !== 'symbol')
          this.writes.push([name, key, structured ? pack(value) : Buffer.from(value as Uint8Array), structured]);
        return original(key, value, ...rest);
      };
    }
    for (const method of ['remove', 'removeSync'] as const) {
      const original = target[method]!.bind(db);
      target[method] = (key, ...rest) => {
        assert(rest.length === 0 || rest[0] === undefined, 'replicated databases are not dupSort');
        if (this.writes !== undefined && typeof key !== 'symbol') this.writes.push([name, key, null, structured]);
        return original(key, ...rest);
      };
    }
  }

  /** Runs fn with every write recorded; the writes are returned in order (fn's own transaction decides their fate). */
  record<T>(fn: () => T): { result: T; writes: Write[] } {
    assert(this.writes === undefined, 'one recorded transaction at a time');
    const writes: Write[] = [];
    this.writes = writes;
    try {
      return { result: fn(), writes };
    } finally {
      this.writes = undefined;
    }
  }

  get recording(): boolean {
    return this.writes !== undefined;
  }
}

export function encodeGroup(record: GroupRecord): Uint8Array {
  return pack(record);
}

export function decodeGroup(bytes: Uint8Array): GroupRecord {
  const record = unpack(bytes) as GroupRecord;
  assert(record !== null && typeof record === 'object' && record.v === 1, 'a group record of this version');
  assert(Array.isArray(record.writes), 'a group record carries its writes');
  return record;
}

/** Applies a record's writes; call inside a write transaction (after every earlier record). */
export function applyWrites(databases: Map<string, Database<unknown, Key>>, writes: Write[]): void {
  for (const [name, key, value, structured] of writes) {
    const db = databases.get(name);
    assert(db !== undefined, `a replicated write names a database of this schema (${name})`);
    if (value === null) db.removeSync(key);
    else db.putSync(key, structured ? unpack(value) : Buffer.from(value));
  }
}
