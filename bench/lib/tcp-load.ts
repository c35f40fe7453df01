// A TCP load generator over raw frames (no client library, no reply decoding except a sample), so
// the generator stays cheap next to the engine on a 2-core machine. Closed loop: every connection
// keeps `inFlight` requests outstanding. Open loop: requests are offered at a fixed rate whatever
// the answers do (pacer.ts releases what is due), and offered vs accepted is reported.
import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';
import { FrameReader, FrameType } from '../../protocol/frame.js';
import { type Pacing, runSchedule } from './pacer.js';
import { summarize } from './stats.js';

export interface TcpLoadOptions {
  port: number;
  connections: number;
  seconds: number;
  /** Closed loop: requests outstanding per connection. */
  inFlight: number;
  /** Open loop: requests per second offered over all connections (0: closed loop). */
  ratePerSecond: number;
  /** The i-th request's frame (the correlation id at bytes 7..10 is overwritten). */
  frame: (i: number) => Buffer;
  /** Open loop: how what is due is released (pacer.ts); 'timer' unless given. */
  pacing?: Pacing;
}

export interface LoadResult {
  offeredPerSecond: number;
  /** Every answer (replies, busy and error frames) per second. */
  requestsPerSecond: number;
  latencyUs: ReturnType<typeof summarize>;
  /** Reply frames only (the requests the server admitted and decided). */
  admittedPerSecond: number;
  admittedLatencyUs: ReturnType<typeof summarize>;
  /** Busy and error frames (refused: overload, bounds). */
  refusedLatencyUs: ReturnType<typeof summarize>;
  errors: number;
  busy: number;
  /**
   * Open loop: how late each request left against its schedule (the generator's own stalls: timer
   * resolution, GC, CPU taken by the engine), so they are not blamed on the engine.
   */
  sendLatenessUs: ReturnType<typeof summarize>;
}

export async function tcpLoad(options: TcpLoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const lateness: number[] = [];
  const admitted: number[] = [];
  const refused: number[] = [];
  let errors = 0;
  let busy = 0;
  let next = 0;
  let stopped = false;
  const open = options.ratePerSecond > 0;
  const started = performance.now();
  const sockets = Array.from({ length: options.connections }, () => {
    const socket = connect({ host: '127.0.0.1', port: options.port, noDelay: true });
    const reader = new FrameReader(1 << 24);
    const sentAt = new Map<number, number>();
    let correlation = 1;
    const state = {
      socket,
      outstanding: 0,
      send(count: number): void {
        const batch: Buffer[] = [];
        for (let k = 0; k < count; k++) {
          const frame = options.frame(next++);
          const id = correlation++;
          frame.writeUInt32BE(id, 7);
          sentAt.set(id, performance.now());
          batch.push(frame);
          state.outstanding++;
        }
        if (batch.length > 0) socket.write(batch.length === 1 ? batch[0]! : Buffer.concat(batch));
      },
      closed: new Promise<void>((resolve) => {
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
      }),
    };
    socket.on('data', (chunk: Buffer) => {
      reader.push(chunk);
      for (let f = reader.next(); f !== undefined; f = reader.next()) {
        const at = sentAt.get(f.correlationId);
        sentAt.delete(f.correlationId);
        const us = at === undefined ? -1 : (performance.now() - at) * 1000;
        if (us >= 0) latencies.push(us);
        if (f.type === FrameType.Busy) busy++;
        else if (f.type !== FrameType.Reply) errors++;
        if (us >= 0) (f.type === FrameType.Reply ? admitted : refused).push(us);
        state.outstanding--;
      }
      if (!open && !stopped) state.send(options.inFlight - state.outstanding);
      if (stopped && state.outstanding === 0) socket.end();
    });
    return state;
  });
  await Promise.all(sockets.map((s) => new Promise((resolve) => s.socket.once('connect', resolve))));
  if (open) {
    await runSchedule(options.ratePerSecond, options.seconds, options.pacing ?? 'timer', (i, dueMs) => {
      // How late this request leaves against the offered rate's schedule.
      lateness.push((performance.now() - dueMs) * 1000);
      sockets[i % sockets.length]!.send(1);
    });
  } else {
    for (const s of sockets) s.send(options.inFlight);
    await new Promise((resolve) => setTimeout(resolve, options.seconds * 1000));
  }
  stopped = true;
  const elapsedS = (performance.now() - started) / 1000;
  const answered = latencies.length;
  for (const s of sockets) if (s.outstanding === 0) s.socket.end();
  // Stragglers get 2 s to arrive; anything later is not counted.
  await Promise.race([Promise.all(sockets.map((s) => s.closed)), new Promise((resolve) => setTimeout(resolve, 2_000))]);
  for (const s of sockets) s.socket.destroy();
  return {
    offeredPerSecond: open ? options.ratePerSecond : 0,
    requestsPerSecond: answered / elapsedS,
    latencyUs: summarize(latencies),
    admittedPerSecond: admitted.length / elapsedS,
    admittedLatencyUs: summarize(admitted),
    refusedLatencyUs: summarize(refused),
    errors,
    busy,
    sendLatenessUs: summarize(lateness),
  };
}
