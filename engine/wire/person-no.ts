// The person number (national psn_no) the engine issues: a stable, opaque id of a person that an
// HIS keeps from 1101 and sends back on the visit's requests. Derived from the citizen ID number
// with a 64-bit hash keyed from the master key (xxh3, ~0.2 µs: it is computed on every Inquire), so
// the number reveals nothing of the ID number to whoever does not hold the key. Each thread
// configures it once at start, like the clock.
import { createHmac } from 'node:crypto';
import { xxh3 } from '@node-rs/xxhash';

let seed = 0n;

export function configurePersonNumbers(masterKey: Uint8Array): void {
  seed = createHmac('sha256', masterKey).update('ssc person number v1').digest().readBigUInt64BE(0);
}

/** P + 16 hex digits. */
export function personNoOf(idNo: string): string {
  return `P${xxh3.xxh64(idNo, seed).toString(16).toUpperCase().padStart(16, '0')}`;
}
