// A TypeScript client for the TCP protocol (protocol/frame.ts), used by the tests and the load
// generator: pipelined calls matched by correlation id, writes of one event-loop turn coalesced,
// per-request timeouts (one sweep timer, not a timer per call), reconnect with backoff. A call in
// flight when the connection drops fails with SSC_CONNECTION_LOST: retry it with the same msg_id
// (the engine answers a settled retry with T01, never a second settlement).
import { connect, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';
import { codeOfOpId, encodeFrame, type Frame, FrameProblem, FrameReader, FrameType } from './frame.js';
import { macForTerminal } from './mac.js';
import { operations } from './operations.js';

export class TcpCallError extends Error {
  constructor(
    /** Our stable code (SSC_BUSY, SSC_MALFORMED, ..., or SSC_CONNECTION_LOST / SSC_TIMEOUT from the client). */
    readonly sscCode: string,
    message: string,
    /** Catalogue reason when the engine gave one (S01: retry with the same msg id). */
    readonly reason = '',
  ) {
    super(message);
  }
}

export interface TcpClientOptions {
  host: string;
  port: number;
  requestTimeoutMs?: number;
  /** Reconnect after the connection drops (default true), backing off from 50 ms to 5 s. */
  reconnect?: boolean;
  backoffInitialMs?: number;
  backoffMaxMs?: number;
  frameBytesMax?: number;
  /**
   * Requests in flight at most; further calls wait here (the server answers requests over its own
   * bound, 64 by default, with a busy frame).
   */
  inFlightMax?: number;
  /** TLS: the CA (PEM) that signed the server's certificate; plain TCP when absent. */
  tlsCa?: Buffer;
}

interface Pending {
  resolve: (frame: Frame) => void;
  reject: (error: Error) => void;
  deadlineMs: number;
}

export class TcpClient {
  private socket: Socket | undefined;
  private reader: FrameReader;
  private readonly pending = new Map<number, Pending>();
  private out: Buffer[] = [];
  /** Calls waiting for an in-flight slot. */
  private waiting: (() => void)[] = [];
  private flushScheduled = false;
  private nextId = 1;
  private closing = false;
  private backoffMs: number;
  private readonly sweep: NodeJS.Timeout;
  private connected: Promise<void>;

  private constructor(private readonly options: Required<Omit<TcpClientOptions, 'tlsCa'>> & { tlsCa?: Buffer }) {
    this.reader = new FrameReader(options.frameBytesMax);
    this.backoffMs = options.backoffInitialMs;
    this.connected = this.open();
    this.sweep = setInterval(() => this.expire(), Math.min(100, options.requestTimeoutMs));
    this.sweep.unref();
  }

  static async connect(options: TcpClientOptions): Promise<TcpClient> {
    const client = new TcpClient({
      requestTimeoutMs: 5_000,
      reconnect: true,
      backoffInitialMs: 50,
      backoffMaxMs: 5_000,
      frameBytesMax: 16 * 1024 * 1024,
      inFlightMax: 64,
      ...options,
    });
    await client.connected;
    return client;
  }

  /** Requests sent and not yet answered. */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Calls a unary method by name (`Inquire`, `Settle`, ...) and decodes the reply. */
  async call<T>(method: string, request: object): Promise<T> {
    const spec = operations.find((o) => o.method === method && !o.streaming);
    if (spec === undefined) throw new Error(`unknown method ${method}`);
    const payload = spec.request.encode(request).finish();
    const mac = macForTerminal((request as { header?: { terminalId?: string } }).header?.terminalId, payload);
    const frame = await this.send(FrameType.Request, codeOfOpId(spec.id), payload, mac);
    return spec.reply.decode(frame.payload) as T;
  }

  /** Sends one frame of any type and resolves with the reply frame (tests send raw bytes through this). */
  async send(type: number, op: number, payload: Uint8Array, mac: Uint8Array = new Uint8Array(0)): Promise<Frame> {
    if (this.pending.size >= this.options.inFlightMax) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await this.sendNow(type, op, payload, mac);
    } finally {
      this.waiting.shift()?.();
    }
  }

  private sendNow(type: number, op: number, payload: Uint8Array, mac: Uint8Array): Promise<Frame> {
    if (this.closing) return Promise.reject(new TcpCallError('SSC_CONNECTION_LOST', 'client closed'));
    const correlationId = this.nextId;
    this.nextId = this.nextId === 0xffffffff ? 1 : this.nextId + 1;
    return new Promise<Frame>((resolve, reject) => {
      this.pending.set(correlationId, {
        resolve: (frame) => {
          if (frame.type === FrameType.Reply || frame.type === FrameType.Pong) resolve(frame);
          else reject(errorOf(frame));
        },
        reject,
        deadlineMs: Date.now() + this.options.requestTimeoutMs,
      });
      this.write(encodeFrame(type, op, correlationId, payload, mac));
    });
  }

  /** Round trip of a ping, in milliseconds. */
  async ping(): Promise<number> {
    const started = performance.now();
    await this.send(FrameType.Ping, 0, Buffer.alloc(0));
    return performance.now() - started;
  }

  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.sweep);
    this.failAll('SSC_CONNECTION_LOST', 'client closed');
    for (const release of this.waiting.splice(0)) release();
    const socket = this.socket;
    if (socket === undefined || socket.destroyed) return;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.end();
    });
  }

  private open(): Promise<void> {
    return new Promise((resolve, reject) => {
      const { host, port, tlsCa } = this.options;
      const socket =
        tlsCa === undefined
          ? connect({ host, port, noDelay: true })
          : connectTls({ host, port, ca: tlsCa, servername: host === '127.0.0.1' ? 'localhost' : host });
      this.socket = socket;
      this.reader = new FrameReader(this.options.frameBytesMax);
      let up = false;
      socket.once(tlsCa === undefined ? 'connect' : 'secureConnect', () => {
        up = true;
        this.backoffMs = this.options.backoffInitialMs;
        this.flush();
        resolve();
      });
      socket.on('data', (chunk: Buffer) => this.read(chunk));
      socket.on('error', (error) => {
        if (!up) reject(error);
      });
      socket.on('close', () => {
        this.failAll('SSC_CONNECTION_LOST', 'connection closed');
        if (this.closing || !this.options.reconnect) return;
        const delay = this.backoffMs;
        this.backoffMs = Math.min(this.options.backoffMaxMs, this.backoffMs * 2);
        setTimeout(() => {
          if (!this.closing) this.connected = this.open().catch(() => undefined);
        }, delay).unref();
      });
    });
  }

  private write(frame: Buffer): void {
    this.out.push(frame);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        this.flush();
      });
    }
  }

  private flush(): void {
    const socket = this.socket;
    if (socket === undefined || socket.connecting || socket.destroyed || this.out.length === 0) return;
    const data = this.out.length === 1 ? this.out[0]! : Buffer.concat(this.out);
    this.out = [];
    socket.write(data);
  }

  private read(chunk: Buffer): void {
    this.reader.push(chunk);
    for (;;) {
      const frame = this.reader.next();
      if (frame === undefined) break;
      const waiting = this.pending.get(frame.correlationId);
      if (waiting === undefined) {
        // A connection-level error (correlation 0) fails everything; anything else is late or unknown.
        if (frame.correlationId === 0 && frame.type !== FrameType.Reply) {
          const error = errorOf(frame);
          this.failAll(error.sscCode, error.message);
        }
        continue;
      }
      this.pending.delete(frame.correlationId);
      waiting.resolve(frame);
    }
    if (this.reader.problem !== FrameProblem.None) this.socket?.destroy();
  }

  private expire(): void {
    const now = Date.now();
    for (const [id, waiting] of this.pending) {
      if (waiting.deadlineMs > now) continue;
      this.pending.delete(id);
      waiting.reject(new TcpCallError('SSC_TIMEOUT', `no reply within ${this.options.requestTimeoutMs} ms`));
    }
  }

  private failAll(sscCode: string, message: string): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    this.out = [];
    for (const w of waiting) w.reject(new TcpCallError(sscCode, message));
  }
}

function errorOf(frame: Frame): TcpCallError {
  try {
    const body = JSON.parse(frame.payload.toString('utf8')) as { sscCode?: string; message?: string; reason?: string };
    return new TcpCallError(body.sscCode ?? 'SSC_BAD_FRAME', body.message ?? '', body.reason ?? '');
  } catch {
    return new TcpCallError('SSC_BAD_FRAME', `frame type ${frame.type}`);
  }
}
