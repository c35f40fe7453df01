// The one fatal path. A programmer error (a broken invariant: an assertion failure from
// engine/core/assert.ts, code SSC_ASSERTION) ends the process wherever it is raised: the main
// thread, a piscina worker, an LMDB write transaction, a timer or a promise. The supervisor restarts
// the engine; LMDB is crash-safe, so the store is exactly as at its last commit. docs/RELIABILITY.md.
import { writeSync } from 'node:fs';

/** How a fatal end shows to a supervisor: killed by SIGABRT (exit status 134 in a shell). */
export const fatalSignal = 'SIGABRT';

/** True for an assertion failure, matched on its code (codes survive thread boundaries). */
export function isAssertion(error: unknown): boolean {
  return (error as { code?: unknown } | null | undefined)?.code === 'SSC_ASSERTION';
}

const parked = new Int32Array(new SharedArrayBuffer(4));

/** One line for the log: the assertion's own text (written by us, never input), else only the error's kind. */
function fatalLine(component: string, error: unknown): string {
  const e = error as { code?: unknown; message?: unknown; name?: unknown } | null | undefined;
  const code = typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' ? e.name : 'error';
  // Other errors' messages may quote input (a card number in a parse error): left out.
  const text = isAssertion(error) && typeof e?.message === 'string' ? e.message.slice(0, 300) : 'unexpected exception';
  return `ssc ${component}: fatal: ${code}: ${text}\n`;
}

/**
 * Ends the whole process now, from any context, and runs nothing more on this thread.
 *
 * process.exit() cannot do it: called inside an LMDB write transaction it blocked for ever on a
 * futex (lmdb-js's exit hook waits for the write lock the transaction callback holds; the engine
 * stayed alive answering nothing, so no supervisor restarted it); process.reallyExit() blocked the
 * same way; in a worker thread both end only that thread. SIGABRT sent to the process is handled by
 * the kernel: every thread ends at once, no exit hook runs, the open transaction never commits.
 * The line goes to fd 2 synchronously (a worker's process.stderr is relayed by the main thread and
 * would be lost).
 */
export function endProcess(component: string, error: unknown): never {
  try {
    writeSync(2, fatalLine(component, error));
  } catch {
    // stderr closed: end all the same
  }
  process.kill(process.pid, fatalSignal);
  // The signal may be taken by another thread a moment later: this one runs nothing meanwhile.
  for (;;) Atomics.wait(parked, 0, 0);
}

/** For a catch block that handles operational errors: an assertion is never one of them. */
export function endIfAssertion(component: string, error: unknown): void {
  if (isAssertion(error)) endProcess(component, error);
}
