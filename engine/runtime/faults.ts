// Test-only fault injection (SSC_TEST_FAULT=<context>:<n>): the nth event of one context raises an
// assertion failure from the real code path, so test/e2e/fatal.test.ts can end the engine from each
// context and check how it ends and what the store holds after. Unset (production): one string
// comparison per event.
import { AssertionError } from '../core/assert.js';

// append / appended: a replicated leader's commit just before its record's append, and just after
// the stream acknowledged it but before the leader applied it (test/e2e/replication-recovery.test.ts);
// apply: that leader's store refusing the acknowledged record (an LMDB failure, not an assertion).
export const faultContexts = [
  'ledger',
  'cards',
  'worker',
  'inline',
  'http',
  'admin',
  'tcp',
  'timer',
  'append',
  'appended',
  'apply',
] as const;
export type FaultContext = (typeof faultContexts)[number];

let target = '';
let remaining = 0;

/** '' (none) or '<context>:<n>' with n >= 1; anything else is refused by the configuration. */
export function parseFault(spec: string): { context: string; count: number } | undefined {
  if (spec === '') return { context: '', count: 0 };
  const match = /^([a-z]+):(\d{1,6})$/.exec(spec);
  if (match === null || !(faultContexts as readonly string[]).includes(match[1]!) || Number(match[2]) < 1)
    return undefined;
  return { context: match[1]!, count: Number(match[2]) };
}

export function configureFault(spec: string): void {
  const parsed = parseFault(spec);
  target = parsed?.context ?? '';
  remaining = parsed?.count ?? 0;
}

/** Raises the injected assertion failure when this is the configured context's nth event. */
export function fault(context: FaultContext): void {
  if (context !== target) return;
  remaining--;
  if (remaining === 0) throw new AssertionError(`assertion failed: injected fault in ${context}`);
}
