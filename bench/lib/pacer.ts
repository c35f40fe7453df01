// The open-loop generators' schedule: request i is due at start + i / rate, whatever the answers do.
// How what is due gets released is the pacing:
// - 'timer': from a 1 ms timer. Every tick releases everything due since the last one at once: at
//   14,000/s a burst of 14 requests, and of 40 or more when the timer fires late. A server then
//   measures the last of a burst waiting behind the others (its queue stage), as though clients
//   had sent together.
// - 'fine': the generator sleeps ~50 µs at a time (Atomics.wait) and polls its sockets in between,
//   so each request leaves within about 0.1 ms of its due time, as from independent terminals
//   (wrk2's constant rate). Costs the generator more CPU than the timer.
import { performance } from 'node:perf_hooks';

export type Pacing = 'timer' | 'fine';
export const pacings: readonly Pacing[] = ['timer', 'fine'];

export function parsePacing(text: string): Pacing {
  if (!(pacings as readonly string[]).includes(text)) throw new Error(`pacing: ${pacings.join(' or ')}, not ${text}`);
  return text as Pacing;
}

/** The fine pacing's sleep between releases (ms): under the 1 ms timer, above a futex's cost. */
const fineSleepMs = 0.05;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Releases request 0, 1, 2, ... at `ratePerSecond` for `seconds`, calling release(i, dueMs) for
 * each once it is due (dueMs on performance.now()'s clock). Resolves when the time is over.
 */
export function runSchedule(
  ratePerSecond: number,
  seconds: number,
  pacing: Pacing,
  release: (i: number, dueMs: number) => void,
): Promise<void> {
  const started = performance.now();
  let offered = 0;
  return new Promise<void>((resolve) => {
    const tick = (): void => {
      const elapsedMs = performance.now() - started;
      if (elapsedMs >= seconds * 1000) {
        resolve();
        return;
      }
      const due = Math.floor((elapsedMs / 1000) * ratePerSecond);
      for (; offered < due; offered++) release(offered, started + ((offered + 1) * 1000) / ratePerSecond);
      if (pacing === 'timer') {
        setTimeout(tick, 1);
      } else {
        // Blocks this thread briefly, then the event loop polls the sockets (the immediate queue
        // is not empty, so the poll does not wait) before the next release.
        Atomics.wait(sleeper, 0, 0, fineSleepMs);
        setImmediate(tick);
      }
    };
    tick();
  });
}
