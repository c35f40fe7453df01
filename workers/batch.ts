// Hot path: bench/load/inquire-http.ts. The packed formats that cross the thread boundary: one
// exact-size ArrayBuffer per batch each way (transferred, never cloned; a pooled request Buffer
// would drag its whole 8 KiB slab along).
//
// request batch:  u32 count, then per item: u8 opId, u8 format, u8 mac bytes, mac, u32 bytes, body
// reply batch:    u32 count, then per item: u8 status, u8 reason index (reasonCatalogue; 255 none),
//                 u32 bytes, f64 startUs, f64 decodeUs, f64 decideUs, f64 encodeUs, body;
//                 then f64 busyUs for the whole batch
import { assert } from '../engine/core/assert.js';

export const ItemStatus = {
  /** body is an encoded reply (without timings) */
  Reply: 0,
  /** body is UTF-8 text explaining why the request could not be decoded */
  Malformed: 1,
  /** body is UTF-8 text: the MAC or the request time did not hold for a known terminal */
  Unauthenticated: 4,
  /** empty body: an unexpected exception (not an assertion) while deciding; answered 500 SSC_INTERNAL */
  Internal: 5,
} as const;
export type ItemStatus = (typeof ItemStatus)[keyof typeof ItemStatus];

export interface BatchItemIn {
  opId: number;
  format: number;
  /** The request's MAC as received (empty when none was sent). */
  mac: Uint8Array;
  body: Uint8Array;
}

const requestItemHeaderBytes = 7;

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
    out[pos + 2] = item.mac.length;
    out.set(item.mac, pos + 3);
    pos += 3 + item.mac.length;
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
    this.macStart = this.pos + 3;
    this.macEnd = this.macStart + this.buf[this.pos + 2]!;
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

const replyItemHeaderBytes = 2 + 4 + 8 * 4;
/** No reason (malformed, unauthenticated). */
export const noReason = 255;

/** Collects encoded replies, then packs them into one transferable buffer. */
export class ReplyBatchWriter {
  private readonly bodies: Uint8Array[] = [];
  private readonly numbers: number[] = [];
  private bytes = 4 + 8;

  add(
    status: ItemStatus,
    body: Uint8Array,
    startUs: number,
    decodeUs: number,
    decideUs: number,
    encodeUs: number,
    reasonIndex: number,
  ): void {
    this.bodies.push(body);
    this.numbers.push(status, startUs, decodeUs, decideUs, encodeUs, reasonIndex);
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
      const n = i * 6;
      out[pos] = this.numbers[n]!;
      out[pos + 1] = this.numbers[n + 5]!;
      out.writeUInt32LE(body.length, pos + 2);
      out.writeDoubleLE(this.numbers[n + 1]!, pos + 6);
      out.writeDoubleLE(this.numbers[n + 2]!, pos + 14);
      out.writeDoubleLE(this.numbers[n + 3]!, pos + 22);
      out.writeDoubleLE(this.numbers[n + 4]!, pos + 30);
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
  status = 0;
  reasonIndex = noReason;
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
    this.status = this.buf[p]!;
    this.reasonIndex = this.buf[p + 1]!;
    const bytes = this.buf.readUInt32LE(p + 2);
    this.startUs = this.buf.readDoubleLE(p + 6);
    this.decodeUs = this.buf.readDoubleLE(p + 14);
    this.decideUs = this.buf.readDoubleLE(p + 22);
    this.encodeUs = this.buf.readDoubleLE(p + 30);
    this.start = p + replyItemHeaderBytes;
    this.end = this.start + bytes;
    assert(this.end <= this.buf.length - 8, 'reply batch item within bounds');
    this.pos = this.end;
  }

  body(): Buffer {
    return this.buf.subarray(this.start, this.end);
  }
}
