// Hot path: bench/load/inquire-tcp.ts. The persistent TCP protocol for POS terminals
// (protocol/frame.ts): many requests in flight per connection, replies matched by correlation id
// (they may leave out of order), ping/pong, idle timeout, bounded frames, connections and in-flight
// requests (excess gets a coded busy frame, never a silent drop). Requests go through the same
// pipeline as HTTP (engine/operations/pipeline.ts). Replies produced in one event-loop turn leave in one
// write (docs/PERFORMANCE.md: one write per reply costs ~6x).
//
// Memory stays bounded with a client that never reads: at most inFlightMax requests are accepted
// per connection, and while the socket's write buffer is full the server stops reading from it.

import { createServer, type Server, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createServer as createTlsServer } from 'node:tls';
import { encodeFrame, FrameProblem, FrameReader, FrameType, opIdOfCode } from '../../protocol/frame.js';
import { limits } from '../core/limits.js';
import type { Pipeline } from '../operations/pipeline.js';
import { CallerAuth } from '../operations/stages.js';
import { Route, rowOf } from '../operations/table.js';
import { fault } from '../runtime/faults.js';
import { detailOf, type Handled, reasonCodeOf, Status } from '../wire/handled.js';
import { appendTimings, Format, type StageTimings } from '../wire/replies.js';
import { errorOfStatus, errors, type OperationalError } from './errors.js';
import type { Metrics } from './metrics.js';
import type { Refusals } from './refusals.js';

export interface TcpOptions {
  host: string;
  port: number;
  frameBytesMax: number;
  connectionsMax: number;
  inFlightPerConnectionMax: number;
  /** A connection with no frame for this long is closed (terminals ping to stay connected). */
  idleTimeoutMs: number;
  /** Connections one source address may hold (limits.connectionsPerSourceMax). */
  connectionsPerSourceMax: number;
  /** A new connection must get a request authenticated within this (limits.tcpAuthDeadlineMs). */
  authDeadlineMs: number;
  /** A frame begun must be complete within this (limits.tcpFrameDeadlineMs). */
  frameDeadlineMs: number;
  /** Bytes of unfinished frames across all connections (limits.tcpPendingFrameBytesMax). */
  pendingFrameBytesMax: number;
  /** TLS on the same port semantics (PEM certificate chain and key), or plain TCP when absent. */
  tls?: { cert: Buffer; key: Buffer };
}

export interface TcpStats {
  connections: number;
  frames: number;
  busy: number;
  closedForProtocol: number;
  /** Closed for a deadline: not authenticated in time, a frame not finished in time. */
  closedForDeadline: number;
}

/** Error payloads by code and detail (a small, fixed set): refusing under overload encodes nothing. */
const payloads = new Map<string, Buffer>();

function errorPayload(error: OperationalError, detail: string): Buffer {
  const key = `${error.code}\u0000${detail}`;
  let payload = payloads.get(key);
  if (payload === undefined) {
    payload = encodeErrorPayload(error, detail);
    if (payloads.size < limits.tcpErrorPayloadsCachedMax) payloads.set(key, payload);
  }
  return payload;
}

function encodeErrorPayload(error: OperationalError, detail: string): Buffer {
  const message = detail.length > 0 ? `${error.description}: ${detail}` : error.description;
  const body =
    error.reason.length > 0
      ? { code: error.connectCode, sscCode: error.code, message, reason: error.reason }
      : { code: error.connectCode, sscCode: error.code, message };
  return Buffer.from(JSON.stringify(body), 'utf8');
}

class Connection {
  readonly reader: FrameReader;
  inFlight = 0;
  /** Until a request is authenticated: closes the connection at the deadline. */
  authTimer: NodeJS.Timeout | undefined = undefined;
  /** While a frame is unfinished: closes the connection at the deadline. */
  frameTimer: NodeJS.Timeout | undefined = undefined;
  /** Unfinished-frame bytes counted in the server's total. */
  pendingBytes = 0;
  /** A request of this connection got a decision only a verified terminal gets. */
  authenticated = false;
  private out: Buffer[] = [];
  private flushScheduled = false;
  closed = false;

  constructor(
    readonly socket: Socket,
    frameBytesMax: number,
  ) {
    this.reader = new FrameReader(frameBytesMax);
  }

  /** Queues a frame; everything queued in this turn is written together. */
  send(frame: Buffer): void {
    if (this.closed) return;
    this.out.push(frame);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.closed || this.out.length === 0) return;
    const data = this.out.length === 1 ? this.out[0]! : Buffer.concat(this.out);
    this.out = [];
    // A full write buffer: stop reading until the client catches up (bounded memory).
    if (!this.socket.write(data)) this.socket.pause();
  }

  /** Sends a last frame and closes. */
  end(frame: Buffer): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.socket.end(frame);
  }
}

export class TcpServer {
  private readonly server: Server;
  private readonly connections = new Set<Connection>();
  /** Every open socket, also those refused over the connection bound (closing, but maybe never by the client). */
  private readonly sockets = new Set<Socket>();
  readonly stats: TcpStats = { connections: 0, frames: 0, busy: 0, closedForProtocol: 0, closedForDeadline: 0 };
  /** Connections per source address (the per-source bound). */
  private readonly perSource = new Map<string, number>();
  /** Unfinished-frame bytes across all connections. */
  private pendingFrameBytes = 0;
  /** Requests being handled across all connections. */
  inFlight = 0;

  get connectionCount(): number {
    return this.connections.size;
  }

  constructor(
    private readonly options: TcpOptions,
    private readonly pipeline: Pipeline,
    private readonly refusals: Refusals,
    private readonly metrics: Metrics,
    /** Runs a read's frames so that the pool decides them together (workers/pool.ts Dispatcher.together). */
    private readonly together: (fn: () => void) => void = (fn) => fn(),
  ) {
    const accept = (socket: Socket): void => this.accept(socket);
    this.server =
      options.tls === undefined
        ? createServer({ noDelay: true, allowHalfOpen: false, pauseOnConnect: false }, accept)
        : createTlsServer(
            {
              cert: options.tls.cert,
              key: options.tls.key,
              minVersion: 'TLSv1.2',
              noDelay: true,
              allowHalfOpen: false,
            },
            accept,
          );
    // A failed TLS handshake is the client's problem: the socket is dropped, the server carries on.
    this.server.on('tlsClientError', (_error, socket) => socket.destroy());
  }

  listen(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen({ host: this.options.host, port: this.options.port }, () => {
        this.server.off('error', reject);
        const address = this.server.address();
        resolve(typeof address === 'object' && address !== null ? address.port : this.options.port);
      });
    });
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    // Refused connections were ended, not destroyed: a client that never closes its side kept them
    // open, and server.close() waited for ever (SIGTERM left the engine running).
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
    const connection = new Connection(socket, this.options.frameBytesMax);
    const source = socket.remoteAddress ?? '';
    const fromSource = this.perSource.get(source) ?? 0;
    if (this.connections.size >= this.options.connectionsMax || fromSource >= this.options.connectionsPerSourceMax) {
      this.stats.busy++;
      this.refusals.note(errors.busy.code, 'tcp connection refused');
      const why =
        fromSource >= this.options.connectionsPerSourceMax
          ? 'too many connections from this address'
          : 'too many connections';
      connection.end(encodeFrame(FrameType.Busy, 0, 0, errorPayload(errors.busy, why)));
      // Ended, and destroyed soon whether or not the client closes its side.
      setTimeout(() => socket.destroy(), 1_000).unref();
      return;
    }
    this.perSource.set(source, fromSource + 1);
    this.connections.add(connection);
    this.stats.connections++;
    socket.setTimeout(this.options.idleTimeoutMs);
    connection.authTimer = setTimeout(
      () => this.deadline(connection, 'no request authenticated in time'),
      this.options.authDeadlineMs,
    );
    socket.on('timeout', () => socket.destroy());
    socket.on('drain', () => socket.resume());
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      connection.closed = true;
      this.connections.delete(connection);
      const left = (this.perSource.get(source) ?? 1) - 1;
      if (left > 0) this.perSource.set(source, left);
      else this.perSource.delete(source);
      clearTimeout(connection.authTimer);
      clearTimeout(connection.frameTimer);
      this.pendingFrameBytes -= connection.pendingBytes;
      connection.pendingBytes = 0;
    });
    socket.on('data', (chunk: Buffer) => this.read(connection, chunk));
  }

  /** Closes a connection that missed a deadline (authentication, an unfinished frame). */
  private deadline(connection: Connection, detail: string): void {
    if (connection.closed) return;
    this.stats.closedForDeadline++;
    this.refusals.note(errors.badFrame.code, 'tcp connection closed');
    connection.end(encodeFrame(FrameType.Error, 0, 0, errorPayload(errors.badFrame, detail)));
    connection.socket.destroy();
  }

  /** Unfinished-frame bookkeeping after a read: the frame deadline and the bytes held. */
  private track(connection: Connection, completed: boolean): void {
    const pending = connection.reader.bufferedBytes;
    this.pendingFrameBytes += pending - connection.pendingBytes;
    connection.pendingBytes = pending;
    if (pending === 0 || completed) {
      clearTimeout(connection.frameTimer);
      connection.frameTimer = undefined;
    }
    if (pending > 0 && connection.frameTimer === undefined)
      connection.frameTimer = setTimeout(
        () => this.deadline(connection, 'frame not completed in time'),
        this.options.frameDeadlineMs,
      );
    if (pending > 0 && this.pendingFrameBytes > this.options.pendingFrameBytesMax)
      this.deadline(connection, 'too many unfinished frame bytes held');
  }

  private read(connection: Connection, chunk: Buffer): void {
    if (connection.closed) return;
    fault('tcp'); // test hook: a socket's data event (an uncaught exception reaches the process handler)
    connection.reader.push(chunk);
    // Every frame this read completed arrived with it: one decided after the others counts their time.
    const arrivedMs = performance.now();
    let completed = false;
    let broken = false;
    this.together(() => {
      for (;;) {
        const frame = connection.reader.next();
        if (frame === undefined) break;
        completed = true;
        this.stats.frames++;
        switch (frame.type) {
          case FrameType.Request:
            this.request(connection, frame.op, frame.correlationId, frame.mac, frame.payload, arrivedMs);
            break;
          case FrameType.Ping:
            connection.send(encodeFrame(FrameType.Pong, 0, frame.correlationId, frame.payload));
            break;
          default:
            this.protocolError(connection, `frame type ${frame.type} not accepted from a client`);
            broken = true;
            return;
        }
      }
    });
    if (broken) return;
    this.track(connection, completed);
    if (connection.reader.problem === FrameProblem.TooLarge) {
      this.stats.closedForProtocol++;
      this.refusals.note(errors.frameTooLarge.code, 'tcp connection closed');
      connection.end(encodeFrame(FrameType.Error, 0, 0, errorPayload(errors.frameTooLarge, '')));
    } else if (connection.reader.problem === FrameProblem.TooShort) {
      this.protocolError(connection, 'frame shorter than its header');
    }
  }

  private protocolError(connection: Connection, detail: string): void {
    this.stats.closedForProtocol++;
    this.refusals.note(errors.badFrame.code, 'tcp connection closed');
    connection.end(encodeFrame(FrameType.Error, 0, 0, errorPayload(errors.badFrame, detail)));
  }

  private request(
    connection: Connection,
    op: number,
    correlationId: number,
    mac: Buffer,
    body: Buffer,
    arrivedMs: number,
  ): void {
    const row = rowOf(opIdOfCode(op));
    if (row === undefined || row.route === Route.Stream) {
      connection.send(
        encodeFrame(FrameType.Error, op, correlationId, errorPayload(errors.badFrame, `operation ${op}`)),
      );
      return;
    }
    if (connection.inFlight >= this.options.inFlightPerConnectionMax) {
      this.stats.busy++;
      this.refusals.note(errors.busy.code);
      connection.send(
        encodeFrame(FrameType.Busy, op, correlationId, errorPayload(errors.busy, 'too many requests in flight')),
      );
      return;
    }
    // Until the connection has authenticated, nothing over the unsigned-body bound is decoded: the
    // MAC cannot be checked before decoding without knowing the terminal (docs/RELIABILITY.md).
    if (!connection.authenticated && body.length > limits.unsignedBodyBytesMax) {
      this.refusals.note(errors.unauthenticated.code);
      connection.send(
        encodeFrame(
          FrameType.Error,
          op,
          correlationId,
          errorPayload(
            errors.unauthenticated,
            `authenticate this connection first (a request of at most ${limits.unsignedBodyBytesMax} bytes, e.g. SignIn)`,
          ),
        ),
      );
      return;
    }
    connection.inFlight++;
    this.inFlight++;
    const handledMs = performance.now();
    this.pipeline({ op: row.op, format: Format.Proto, body, mac, auth: CallerAuth.Check }, (result: Handled) => {
      connection.inFlight--;
      this.inFlight--;
      // An answer to a known, active terminal whose MAC verified: the connection has authenticated
      // and may stay.
      if (!connection.authenticated && result.status === Status.Reply && result.verified) {
        connection.authenticated = true;
        clearTimeout(connection.authTimer);
        connection.authTimer = undefined;
      }
      if (result.status !== Status.Reply) {
        const error = errorOfStatus(result.status);
        this.refusals.note(error.code);
        connection.send(encodeFrame(FrameType.Error, op, correlationId, errorPayload(error, detailOf(result))));
        return;
      }
      const timings: StageTimings = {
        receiveUs: (handledMs - arrivedMs) * 1000,
        decodeUs: result.decodeUs,
        queueUs: result.queueUs,
        decideUs: result.decideUs,
        encodeUs: result.encodeUs,
        totalUs: (performance.now() - arrivedMs) * 1000,
        commitUs: result.commitUs,
        appliedSeq: result.appliedSeq,
      };
      const reply = appendTimings(result.body, Format.Proto, timings);
      this.metrics.stagesFor(row.spec.method, 'tcp').observe(timings);
      this.metrics.decided(row.spec.method, reasonCodeOf(result));
      connection.send(encodeFrame(FrameType.Reply, op, correlationId, reply));
    });
  }
}
