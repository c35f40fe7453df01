// Programmer errors are assertion failures: crash, let the supervisor restart. Never answer and
// carry on with a broken invariant. Domain outcomes are reason codes, never thrown.

export class AssertionError extends Error {
  readonly code = 'SSC_ASSERTION';
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(`assertion failed: ${message}`);
}

/** Money and counters are plain numbers that must stay exact integers. */
export function assertSafeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new AssertionError(`assertion failed: ${what} is not a safe integer`);
}
