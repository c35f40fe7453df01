// Staff requests larger than one NATS message, between a follower and its pool's leader (an import
// of millions of rows at a follower, a long change-log page asked of one). The follower sends the
// body in parts, one request each, the next only once the leader has written the last to its spool
// (owner-only, in the data folder: nothing of the body is held in memory); the last message asks
// for the answer, and the leader hands the spooled body to its admin API as a stream. An answer
// larger than one message comes back in pieces the follower fetches. A transfer idle for a minute,
// or left by a leader that stepped down, is dropped with its file; the follower's staff member
// gets 503 S01 and sends the request again.
//
// The messages (msgpack, on the leader's staff subject beside whole requests):
//   { t, seq, bytes, head? }  a part (head, the method, URL, headers and address, with part 0)
//                             -> { t, accepted: seq }
//   { t, end: parts }         the body is whole -> the answer (StaffAnswer), or its first piece
//                             { t, status, headers, body, pieces }, or a StaffRefused
//   { t, fetch: k }           piece k of a pieced answer -> { t, piece: k, body }
//   { t, abort: true }        the follower's client broke off: the transfer and its file are
//                             dropped at once -> { t, aborted: true }
import { randomBytes } from 'node:crypto';
import { closeSync, createReadStream, mkdirSync, openSync, rmSync, write } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/** A staff request without its body: what the first part carries. */
export interface StaffHead {
  method: string;
  url: string;
  headers: Record<string, string | string[]>;
  remote: string;
}

export interface StaffAnswer {
  status: number;
  headers: Record<string, string | string[]>;
  body: Uint8Array;
}

/** Why the leader did not answer (the follower's HTTP side answers the matching coded error). */
export interface StaffRefused {
  refused: 'unavailable' | 'malformed' | 'too-large';
  detail: string;
}

export function isStaffAnswer(value: unknown): value is StaffAnswer {
  const a = value as Partial<StaffAnswer> | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    Number.isInteger(a.status) &&
    typeof a.headers === 'object' &&
    a.headers !== null &&
    a.body instanceof Uint8Array
  );
}

export function isStaffRefused(value: unknown): value is StaffRefused {
  const r = value as Partial<StaffRefused> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    (r.refused === 'unavailable' || r.refused === 'malformed' || r.refused === 'too-large') &&
    typeof r.detail === 'string'
  );
}

export interface TransferPart {
  t: string;
  seq: number;
  bytes: Uint8Array;
  head?: StaffHead;
}
interface TransferEnd {
  t: string;
  end: number;
}
interface TransferFetch {
  t: string;
  fetch: number;
}
interface TransferAbort {
  t: string;
  abort: true;
}
export type TransferMessage = TransferPart | TransferEnd | TransferFetch | TransferAbort;

/** The first piece of an answer larger than one message. */
export interface PiecedAnswer extends StaffAnswer {
  t: string;
  pieces: number;
}

const transferIdShape = /^[0-9a-f]{24}$/;

export function newTransferId(): string {
  return randomBytes(12).toString('hex');
}

export function isStaffHead(value: unknown): value is StaffHead {
  const r = value as Partial<StaffHead> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.method === 'string' &&
    typeof r.url === 'string' &&
    typeof r.remote === 'string' &&
    typeof r.headers === 'object' &&
    r.headers !== null
  );
}

/** A transfer message (else a whole request, or nothing the leader knows). */
export function transferMessage(value: unknown): TransferMessage | undefined {
  const m = value as Partial<TransferPart & TransferEnd & TransferFetch & TransferAbort> | null;
  if (typeof m !== 'object' || m === null || typeof m.t !== 'string' || !transferIdShape.test(m.t)) return undefined;
  if (Number.isSafeInteger(m.seq) && m.bytes instanceof Uint8Array && (m.head === undefined || isStaffHead(m.head)))
    return m as TransferPart;
  if (Number.isSafeInteger(m.end)) return m as TransferEnd;
  if (Number.isSafeInteger(m.fetch)) return m as TransferFetch;
  if (m.abort === true) return m as TransferAbort;
  return undefined;
}

export function isPiecedAnswer(value: unknown): value is PiecedAnswer {
  const a = value as Partial<PiecedAnswer> | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    typeof a.t === 'string' &&
    Number.isSafeInteger(a.pieces) &&
    (a.pieces ?? 0) > 1 &&
    Number.isInteger(a.status) &&
    a.body instanceof Uint8Array
  );
}

interface Receiving {
  head: StaffHead;
  file: string;
  fd: number;
  /** The part being written: the file is closed only after it (a closed fd's number is reused). */
  writing: Promise<void>;
  next: number;
  bytes: number;
  touchedMs: number;
}

interface Sending {
  pieces: Uint8Array[];
  touchedMs: number;
}

/**
 * All of `bytes` to the file at its current end, off the event loop (a part is up to a message, 8 MB
 * on the local cluster: written synchronously it held the leader's requests for milliseconds).
 */
function writeAll(fd: number, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const from = (offset: number): void => {
      if (offset >= bytes.length) {
        resolve();
        return;
      }
      write(fd, bytes, offset, bytes.length - offset, null, (error, written) => {
        if (error === null) from(offset + written);
        else reject(error);
      });
    };
    from(0);
  });
}

/** The leader's side: open transfers spooled to files, and pieced answers waiting to be fetched. */
export class TransferSpool {
  private readonly receiving = new Map<string, Receiving>();
  private readonly sending = new Map<string, Sending>();
  private readonly sweeper: NodeJS.Timeout;
  /** Transfers whose answer was given (/stats). */
  completed = 0;
  dropped = 0;

  constructor(
    private readonly dir: string,
    /** The largest body a transfer carries (the largest import: limits.importBytesMax). */
    private readonly bytesMax: number,
    private readonly idleMs = 60_000,
    /** Transfers received at once; more are refused (503) until one ends. */
    private readonly openMax = 8,
  ) {
    // A spool left by an engine that was killed in the middle of a transfer.
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // a read-only data folder: nothing can have been spooled there either
    }
    this.sweeper = setInterval(() => this.sweep(Date.now()), Math.max(1_000, idleMs / 4));
    this.sweeper.unref();
  }

  /**
   * Writes a part to its transfer's file; the reply to the follower (which sends the next part only
   * after it: a part that arrives out of turn drops the transfer).
   */
  async part(m: TransferPart, nowMs: number): Promise<{ t: string; accepted: number } | StaffRefused> {
    let entry = this.receiving.get(m.t);
    if (m.seq === 0 && entry === undefined) {
      if (m.head === undefined) return { refused: 'malformed', detail: 'the first part carries no request' };
      if (this.receiving.size >= this.openMax)
        return { refused: 'unavailable', detail: `${this.openMax} transfers under way at the leader: retry` };
      const file = join(this.dir, m.t);
      try {
        mkdirSync(this.dir, { recursive: true, mode: 0o700 });
        const fd = openSync(file, 'wx', 0o600);
        entry = { head: m.head, file, fd, writing: Promise.resolve(), next: 0, bytes: 0, touchedMs: nowMs };
      } catch {
        return { refused: 'unavailable', detail: 'the leader could not spool the request: retry' };
      }
      this.receiving.set(m.t, entry);
    }
    if (entry === undefined || entry.next !== m.seq) {
      this.drop(m.t);
      return { refused: 'unavailable', detail: 'the leader lost this transfer (expired, or it restarted): retry' };
    }
    entry.bytes += m.bytes.length;
    if (entry.bytes > this.bytesMax) {
      this.drop(m.t);
      return { refused: 'too-large', detail: `a staff request carries at most ${this.bytesMax} bytes` };
    }
    // Taken before the write: another part of this transfer meanwhile is out of turn.
    entry.next++;
    entry.touchedMs = nowMs;
    entry.writing = writeAll(entry.fd, m.bytes);
    try {
      await entry.writing;
    } catch {
      this.drop(m.t);
      return { refused: 'unavailable', detail: 'the leader could not spool the request: retry' };
    }
    return { t: m.t, accepted: m.seq };
  }

  /**
   * The body is whole: `answer` gets the request with the spooled body as a stream; the answer is
   * given whole when one message carries it, else in pieces of pieceBytes.
   */
  async end(
    m: TransferEnd,
    answer: (head: StaffHead, body: Readable) => Promise<StaffAnswer>,
    pieceBytes: number,
    nowMs: number,
  ): Promise<StaffAnswer | PiecedAnswer | StaffRefused> {
    const entry = this.receiving.get(m.t);
    if (entry === undefined || entry.next !== m.end) {
      this.drop(m.t);
      return { refused: 'unavailable', detail: 'the leader lost this transfer (expired, or it restarted): retry' };
    }
    this.receiving.delete(m.t);
    await entry.writing.catch(() => undefined);
    closeSync(entry.fd);
    let whole: StaffAnswer;
    try {
      whole = await answer(entry.head, createReadStream(entry.file, { highWaterMark: 256 * 1024 }));
    } finally {
      rmSync(entry.file, { force: true });
    }
    this.completed++;
    return this.piecesOf(m.t, whole, pieceBytes, nowMs);
  }

  /** An answer whole if it fits one piece, else its first piece (the rest kept for fetch). */
  piecesOf(t: string, whole: StaffAnswer, pieceBytes: number, nowMs: number): StaffAnswer | PiecedAnswer {
    if (whole.body.length <= pieceBytes) return whole;
    const pieces: Uint8Array[] = [];
    for (let at = 0; at < whole.body.length; at += pieceBytes) pieces.push(whole.body.subarray(at, at + pieceBytes));
    this.sending.set(t, { pieces, touchedMs: nowMs });
    return { t, status: whole.status, headers: whole.headers, body: pieces[0]!, pieces: pieces.length };
  }

  /** Piece k of a pieced answer; the answer is forgotten once its last piece is fetched. */
  fetch(m: TransferFetch, nowMs: number): { t: string; piece: number; body: Uint8Array } | StaffRefused {
    const entry = this.sending.get(m.t);
    const body = entry?.pieces[m.fetch];
    if (entry === undefined || body === undefined || m.fetch === 0)
      return { refused: 'unavailable', detail: 'the leader no longer holds this answer: retry' };
    entry.touchedMs = nowMs;
    if (m.fetch === entry.pieces.length - 1) this.sending.delete(m.t);
    return { t: m.t, piece: m.fetch, body };
  }

  /** The follower's client broke off: the transfer is dropped with its file. */
  abort(m: TransferAbort): { t: string; aborted: true } {
    this.drop(m.t);
    return { t: m.t, aborted: true };
  }

  /** Transfers under way, and answers waiting (/stats). */
  get open(): { receiving: number; sending: number } {
    return { receiving: this.receiving.size, sending: this.sending.size };
  }

  /** Drops what has been idle longer than idleMs. */
  sweep(nowMs: number): void {
    for (const [t, entry] of this.receiving) if (nowMs - entry.touchedMs > this.idleMs) this.drop(t);
    for (const [t, entry] of this.sending)
      if (nowMs - entry.touchedMs > this.idleMs) {
        this.sending.delete(t);
        this.dropped++;
      }
  }

  /** Everything dropped (the leader stepped down, or stops). */
  clear(): void {
    for (const t of [...this.receiving.keys()]) this.drop(t);
    this.dropped += this.sending.size;
    this.sending.clear();
  }

  stop(): void {
    clearInterval(this.sweeper);
    this.clear();
  }

  private drop(t: string): void {
    const entry = this.receiving.get(t);
    if (entry === undefined) return;
    this.receiving.delete(t);
    this.dropped++;
    rmSync(entry.file, { force: true });
    const close = (): void => {
      try {
        closeSync(entry.fd);
      } catch {
        // already closed
      }
    };
    entry.writing.then(close, close);
  }
}
