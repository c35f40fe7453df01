// A store's digest over everything the pool replicates: every named database but the audit trail
// (refused accesses are seen by the engine that refused them, not replicated), each key and value
// in key order, hashed. Two replicas that applied the same records have the same digest.

import { xxh3 } from '@node-rs/xxhash';
import type { Key } from 'lmdb';
import { pack } from 'msgpackr';
import type { Store } from '../store/store.js';
import { undoKeyPrefix } from './undo.js';

/** Databases kept per engine, outside the log. */
const local = new Set(['audit']);

export function storeDigest(store: Store): string {
  return xxh3.xxh64(storeDigestParts(store).join('|')).toString(16).padStart(16, '0');
}

/** Per database: `name:count:hash` (what storeDigest hashes; where two replicas differ, it says which). */
export function storeDigestParts(store: Store): string[] {
  const parts: string[] = [];
  const names = [...store.namedDatabases().entries()].filter(([name]) => !local.has(name));
  names.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, db] of names) {
    let h = xxh3.xxh64(name);
    let count = 0;
    for (const { key, value } of db.getRange({})) {
      // lmdb-js's own shared-structures record: each replica keeps its own encoding state; and a
      // replica's undo entries for the records it applied from the stream (undo.ts).
      if (typeof key === 'symbol') continue;
      if (name === 'meta' && typeof key === 'string' && key.startsWith(undoKeyPrefix)) continue;
      const bytes = value instanceof Uint8Array ? value : pack(value);
      h = xxh3.xxh64(Buffer.concat([Buffer.from(pack(key as Key)), Buffer.from(bytes)]), h);
      count++;
    }
    parts.push(`${name}:${count}:${h.toString(16)}`);
  }
  return parts;
}
