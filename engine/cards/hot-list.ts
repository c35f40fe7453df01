// The hot list as terminals that keep a local copy download it: a snapshot (every entry, the change
// log sequence it reflects, and an xxh3 digest over its canonical text) and deltas since a sequence
// (entries added and removed, temporary ones with their expiry), read from the change log.
import { xxh3 } from '@node-rs/xxhash';
import { openKey } from '../auth/seal.js';
import { expiryOfHotEntry } from '../core/card-rules.js';
import { limits } from '../core/limits.js';
import type { DecisionSettings } from '../core/settings.js';
import { decodeHotEntry } from '../store/records.js';
import type { Store } from '../store/store.js';
import { asChange } from './records.js';

export interface HotListEntry {
  cardNo: string;
  cardSn: string;
  reason: number;
  sinceMs: number;
  /** Temporary loss: when the entry stops counting; 0 otherwise. */
  expiresMs: number;
}

export interface HotListSnapshot {
  sequence: number;
  count: number;
  /** xxh3-64 (hex) over the entries' canonical lines, in key order: "cardNo:cardSn:reason:expiresMs\n". */
  digest: string;
  entries: HotListEntry[];
}

export interface HotListDelta {
  sequence: number;
  added: boolean;
  cardNo: string;
  cardSn: string;
  reason: number;
  sinceMs: number;
  expiresMs: number;
}

export interface HotListDeltas {
  fromSequence: number;
  /** The last change examined: ask again from here. */
  toSequence: number;
  /** True when more changes follow (the reply hit its limit). */
  more: boolean;
  deltas: HotListDelta[];
}

/** Deltas one reply carries at most. */
export const hotDeltasPerReplyMax = limits.hotDeltasPerReplyMax;

export function canonicalLine(entry: HotListEntry): string {
  return `${entry.cardNo}:${entry.cardSn}:${entry.reason}:${entry.expiresMs}\n`;
}

/** The digest a terminal recomputes over its own copy to know it holds exactly the server's list. */
export function hotListDigest(entries: readonly HotListEntry[]): string {
  return xxh3
    .xxh64(Buffer.from(entries.map(canonicalLine).join(''), 'utf8'))
    .toString(16)
    .padStart(16, '0');
}

/**
 * The whole list and the change-log sequence it reflects, read in one synchronous pass (one LMDB
 * read snapshot: no commit lands between the entries and the sequence).
 */
export function hotListSnapshot(store: Store, settings: DecisionSettings): HotListSnapshot {
  let sequence = 0;
  for (const key of store.changes.getKeys({ reverse: true, limit: 1 })) sequence = key as number;
  const entries: HotListEntry[] = [];
  for (const { key, value } of store.hotList.getRange({ limit: limits.hotListEntriesMax })) {
    const k = key as string;
    const split = k.lastIndexOf(':');
    const entry = decodeHotEntry(value as Buffer);
    entries.push({
      cardNo: k.slice(0, split),
      cardSn: k.slice(split + 1),
      reason: entry.reason,
      sinceMs: entry.sinceMs,
      expiresMs: expiryOfHotEntry(entry.reason, entry.sinceMs, settings),
    });
  }
  return { sequence, count: entries.length, digest: hotListDigest(entries), entries };
}

/** Hot list changes after sinceSequence, oldest first. */
export function hotListDeltas(
  store: Store,
  masterKey: Buffer,
  sinceSequence: number,
  limit: number = hotDeltasPerReplyMax,
): HotListDeltas {
  const deltas: HotListDelta[] = [];
  let toSequence = sinceSequence;
  let more = false;
  for (const { key, value } of store.changes.getRange({ start: sinceSequence + 1 })) {
    if (deltas.length >= limit) {
      more = true;
      break;
    }
    toSequence = key as number;
    const change = asChange(value);
    if (change.hot === null) continue;
    const plain = openKey(masterKey, Buffer.from(change.hot.keySealed, 'base64')).toString('utf8');
    const split = plain.lastIndexOf(':');
    deltas.push({
      sequence: key as number,
      added: change.hot.added,
      cardNo: plain.slice(0, split),
      cardSn: plain.slice(split + 1),
      reason: change.hot.reason,
      sinceMs: change.hot.sinceMs,
      expiresMs: change.hot.expiresMs,
    });
  }
  return { fromSequence: sinceSequence, toSequence, more, deltas };
}

/** Applies deltas to a copy (what a terminal does), keyed "cardNo:cardSn", keeping key order. */
export function applyDeltas(entries: readonly HotListEntry[], deltas: readonly HotListDelta[]): HotListEntry[] {
  const map = new Map<string, HotListEntry>();
  for (const e of entries) map.set(`${e.cardNo}:${e.cardSn}`, e);
  for (const d of deltas) {
    const key = `${d.cardNo}:${d.cardSn}`;
    if (d.added)
      map.set(key, {
        cardNo: d.cardNo,
        cardSn: d.cardSn,
        reason: d.reason,
        sinceMs: d.sinceMs,
        expiresMs: d.expiresMs,
      });
    else map.delete(key);
  }
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
}
