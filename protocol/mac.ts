// Terminal authentication: every request carries a MAC over its exact bytes (the HTTP body, or the
// TCP frame's payload), keyed with the terminal's secret. HMAC-SHA256 or HMAC-SM3 (GB/T 32905,
// in Node's OpenSSL), as the terminal is registered. Over HTTP the MAC is the `x-ssc-mac` header
// (64 hex characters); over TCP it is part of the frame (protocol/frame.ts).
import { createHmac, hash } from 'node:crypto';

export const MacAlgorithm = { HmacSha256: 1, HmacSm3: 2 } as const;
export type MacAlgorithm = (typeof MacAlgorithm)[keyof typeof MacAlgorithm];

export const macHeader = 'x-ssc-mac';
/**
 * The terminal that signed the body, outside it: a body over the engine's unsigned-body bound
 * (8 KB) is verified with this terminal's key before it is decoded (a 256 KB body of empty lines
 * cost ~25 ms to decode only to be refused).
 */
export const terminalHeader = 'x-ssc-terminal-id';
export const macBytes = 32;

/** Both hashes have 64-byte blocks and 32-byte digests (RFC 2104's B and L). */
const blockBytes = 64;
/**
 * (key ⊕ ipad) ‖ message, then (key ⊕ opad) ‖ inner digest: reused, one MAC at a time per thread
 * (a message over 4 KB, a staff import, gets its own).
 */
const inner = Buffer.alloc(blockBytes + 4096);
const outer = Buffer.alloc(blockBytes + macBytes);

/**
 * HMAC (RFC 2104) built on Node's one-shot `hash()`. The same digest as `createHmac`, without a
 * native Hmac object per request: every such object is a weak handle the next young-generation
 * collection must finalize, which at 14,000 requests/s added ~0.6 ms to every scavenge (pause
 * ~1.8 ms, every ~90 ms; docs/BENCHMARKS.md). Synchronous, so the scratch buffers are safe to share.
 */
export function macOf(algorithm: number, key: Uint8Array, bytes: Uint8Array): Buffer {
  const name = algorithm === MacAlgorithm.HmacSm3 ? 'sm3' : 'sha256';
  const k = key.length > blockBytes ? hash(name, key, 'buffer') : key;
  const first = blockBytes + bytes.length <= inner.length ? inner : Buffer.allocUnsafe(blockBytes + bytes.length);
  for (let i = 0; i < blockBytes; i++) {
    const b = i < k.length ? k[i]! : 0;
    first[i] = b ^ 0x36;
    outer[i] = b ^ 0x5c;
  }
  first.set(bytes, blockBytes);
  outer.set(hash(name, first.subarray(0, blockBytes + bytes.length), 'buffer'), blockBytes);
  return hash(name, outer, 'buffer');
}

/**
 * Demo terminals' keys are derived from the engine's master key and the terminal id, so the CLI,
 * the tests and the benchmarks (which know the master key from the same configuration) can act as
 * a demo terminal, while the data folder alone reveals nothing. Production keys are random.
 */
export function demoTerminalKey(masterKey: Uint8Array, terminalId: string): Buffer {
  return createHmac('sha256', masterKey)
    .update('ssc-demo-terminal-key:' + terminalId)
    .digest();
}

interface RingEntry {
  key: Uint8Array;
  algorithm: number;
}

/** The keys of the terminals this process acts as (clients: CLI, tests, benchmarks). */
const ring = new Map<string, RingEntry>();

export function registerTerminalKey(terminalId: string, key: Uint8Array, algorithm: number): void {
  ring.set(terminalId, { key, algorithm });
}

const unsigned = new Uint8Array(0);

/** The MAC a registered terminal puts on these bytes; empty for a terminal this process has no key for. */
export function macForTerminal(terminalId: string | null | undefined, bytes: Uint8Array): Uint8Array {
  const entry = ring.get(terminalId ?? '');
  return entry === undefined ? unsigned : macOf(entry.algorithm, entry.key, bytes);
}
