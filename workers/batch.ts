// Hot path: bench/load/inquire-http.ts. The packed formats that cross the thread boundary: one
// exact-size ArrayBuffer per batch each way (transferred, never cloned; a pooled request Buffer
// would drag its whole 8 KiB slab along).
//
// request batch:  u32 count, then per item: u8 opId, u8 format, u8 caller auth (CallerAuth),
//                 u8 mac bytes, mac, u32 bytes, body
// reply batch:    u32 count, then per item: u8 status (engine/wire/handled.ts Status), u8 reason
//                 index (reasonCatalogue; 255 none), u8 verified, u32 bytes, f64 startUs,
//                 f64 decodeUs, f64 decideUs, f64 encodeUs, body; then f64 busyUs for the batch
import { assert } from '../engine/core/assert.js';
import { noReason, type Status } from '../engine/wire/handled.js';

export interface BatchItemIn {
  opId: number;
  format: number;
  /** Who checks the caller's MAC (engine/operations/stages.ts CallerAuth). */
  auth: number;
  /** The request's MAC as received (empty when none was sent). */
  mac: Uint8Array;
  body: Uint8Array;
}

const requestItemHeaderBytes = 8;

export function packRequests(items: readonly BatchItemIn[], count: number): ArrayBuffer {
  let bytes = 4;
  for (let i = 0; i < count; i++) bytes += requestItemHeaderBytes + items[i]!.mac.length + items[i]!.body.length;
  const buffer = new ArrayBuffer(bytes);
  const out = Buffer.from(buffer);
  out.writeUInt32LE(count, 0);
  let pos = 4;
  for (let i = 0; i < count; i++) {
    const item = items[i]!;
    assert(item.mac.length <= 255, 'a MAC fits 255 bytes');
    out[pos] = item.opId;
    out[pos + 1] = item.format;
    out[pos + 2] = item.auth;
    out[pos + 3] = item.mac.length;
    out.set(item.mac, pos + 4);
    pos += 4 + item.mac.length;
    out.writeUInt32LE(item.body.length, pos);
    out.set(item.body, pos + 4);
    pos += 4 + item.body.length;
  }
  return buffer;
}

/** Walks a packed request batch; body() is a view valid while the batch buffer lives. */
export class RequestBatchReader {
  private readonly buf: Buffer;
  readonly count: number;
  private pos = 4;
  opId = 0;
  format = 0;
  auth = 0;
  private macStart = 0;
  private macEnd = 0;
  private start = 0;
  private end = 0;

  constructor(buffer: ArrayBuffer) {
    this.buf = Buffer.from(buffer);
    this.count = this.buf.readUInt32LE(0);
  }

  next(): void {
    assert(this.pos + requestItemHeaderBytes <= this.buf.length, 'request batch not truncated');
    this.opId = this.buf[this.pos]!;
    this.format = this.buf[this.pos + 1]!;
    this.auth = this.buf[this.pos + 2]!;
    this.macStart = this.pos + 4;
    this.macEnd = this.macStart + this.buf[this.pos + 3]!;
    assert(this.macEnd + 4 <= this.buf.length, 'request batch item within bounds');
    const bytes = this.buf.readUInt32LE(this.macEnd);
    this.start = this.macEnd + 4;
    this.end = this.start + bytes;
    assert(this.end <= this.buf.length, 'request batch item within bounds');
    this.pos = this.end;
  }

  mac(): Buffer {
    return this.buf.subarray(this.macStart, this.macEnd);
  }

  body(): Buffer {
    return this.buf.subarray(this.start, this.end);
  }
}

const replyItemHeaderBytes = 3 + 4 + 8 * 4;

/** Collects encoded replies, then packs them into one transferable buffer. */
export class ReplyBatchWriter {
  private readonly bodies: Uint8Array[] = [];
  private readonly numbers: number[] = [];
  private bytes = 4 + 8;

  add(
    status: Status,
    body: Uint8Array,
    startUs: number,
    decodeUs: number,
    decideUs: number,
    encodeUs: number,
    reasonIndex: number,
    verified: boolean,
  ): void {
    this.bodies.push(body);
    this.numbers.push(status, startUs, decodeUs, decideUs, encodeUs, reasonIndex, verified ? 1 : 0);
    this.bytes += replyItemHeaderBytes + body.length;
  }

  finish(busyUs: number): ArrayBuffer {
    const buffer = new ArrayBuffer(this.bytes);
    const out = Buffer.from(buffer);
    const count = this.bodies.length;
    out.writeUInt32LE(count, 0);
    let pos = 4;
    for (let i = 0; i < count; i++) {
      const body = this.bodies[i]!;
      const n = i * 7;
      out[pos] = this.numbers[n]!;
      out[pos + 1] = this.numbers[n + 5]!;
      out[pos + 2] = this.numbers[n + 6]!;
      out.writeUInt32LE(body.length, pos + 3);
      out.writeDoubleLE(this.numbers[n + 1]!, pos + 7);
      out.writeDoubleLE(this.numbers[n + 2]!, pos + 15);
      out.writeDoubleLE(this.numbers[n + 3]!, pos + 23);
      out.writeDoubleLE(this.numbers[n + 4]!, pos + 31);
      out.set(body, pos + replyItemHeaderBytes);
      pos += replyItemHeaderBytes + body.length;
    }
    out.writeDoubleLE(busyUs, pos);
    return buffer;
  }
}

/** Walks a packed reply batch. */
export class ReplyBatchReader {
  private readonly buf: Buffer;
  readonly count: number;
  readonly busyUs: number;
  private pos = 4;
  status: Status = 0;
  reasonIndex = noReason;
  verified = false;
  startUs = 0;
  decodeUs = 0;
  decideUs = 0;
  encodeUs = 0;
  private start = 0;
  private end = 0;

  constructor(buffer: ArrayBuffer) {
    this.buf = Buffer.from(buffer);
    this.count = this.buf.readUInt32LE(0);
    this.busyUs = this.buf.readDoubleLE(this.buf.length - 8);
  }

  next(): void {
    const p = this.pos;
    assert(p + replyItemHeaderBytes <= this.buf.length - 8, 'reply batch not truncated');
    this.status = this.buf[p]! as Status;
    this.reasonIndex = this.buf[p + 1]!;
    this.verified = this.buf[p + 2] === 1;
    const bytes = this.buf.readUInt32LE(p + 3);
    this.startUs = this.buf.readDoubleLE(p + 7);
    this.decodeUs = this.buf.readDoubleLE(p + 15);
    this.decideUs = this.buf.readDoubleLE(p + 23);
    this.encodeUs = this.buf.readDoubleLE(p + 31);
    this.start = p + replyItemHeaderBytes;
    this.end = this.start + bytes;
    assert(this.end <= this.buf.length - 8, 'reply batch item within bounds');
    this.pos = this.end;
  }

  body(): Buffer {
    return this.buf.subarray(this.start, this.end);
  }
}
