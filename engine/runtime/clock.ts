// The engine's clock: the wall clock plus an offset that only a test or staging profile may set
// (SSC_CLOCK_OFFSET_MS at start, POST /admin/clock while running; refused in production). Every
// decision, expiry, sweep and clock-window check reads it, on every thread: the offset lives in a
// SharedArrayBuffer handed to the workers, so a change is seen by all of them at once. With it the
// seed's six-month return and the ten-day lapse of a temporary loss can be tried without faking the
// system clock. Durations (elapsed times, latencies) use performance.now(), not this.

let shared = new SharedArrayBuffer(8);
let offset = new Float64Array(shared);

/** Milliseconds since the epoch, as the engine sees them. */
export function nowMs(): number {
  return Date.now() + offset[0]!;
}

export function clockOffsetMs(): number {
  return offset[0]!;
}

export function setClockOffsetMs(ms: number): void {
  offset[0] = ms;
}

/** The buffer a worker attaches to (workerData). */
export function clockBuffer(): SharedArrayBuffer {
  return shared;
}

/** In a worker thread: read the main thread's clock offset from now on. */
export function attachClock(buffer: SharedArrayBuffer): void {
  shared = buffer;
  offset = new Float64Array(buffer);
}
