// TCP framing for POS terminals: the same protobuf messages as HTTP, length-prefixed, many in
// flight per connection. A frame:
//
//   u32 BE  frame bytes after this field (checked against the limit before anything is allocated)
//   u8      type: 1 request, 2 reply, 3 error, 4 ping, 5 pong, 6 busy
//   u16 BE  operation: the national transaction code (9001, 1101, 2101, 2102, 2103, 2601, 3201, ...)
//   u32 BE  correlation id, chosen by the client, echoed by the server (replies may come out of order)
//   u8      MAC bytes (32 on requests; 0 on everything else), then the MAC over the payload (protocol/mac.ts)
//   ...     payload: a protobuf request / reply; for error and busy, UTF-8 JSON {code, sscCode, message, reason?}
import { operations } from './operations.js';

export const FrameType = { Request: 1, Reply: 2, Error: 3, Ping: 4, Pong: 5, Busy: 6 } as const;
export type FrameType = (typeof FrameType)[keyof typeof FrameType];

const lengthBytes = 4;
/** type + operation + correlation id + MAC length */
export const frameHeaderBytes = 8;
const noMac = new Uint8Array(0);

export interface Frame {
  type: number;
  op: number;
  correlationId: number;
  mac: Buffer;
  payload: Buffer;
}

export function encodeFrame(
  type: number,
  op: number,
  correlationId: number,
  payload: Uint8Array,
  mac: Uint8Array = noMac,
): Buffer {
  const head = lengthBytes + frameHeaderBytes + mac.length;
  const out = Buffer.allocUnsafe(head + payload.length);
  out.writeUInt32BE(frameHeaderBytes + mac.length + payload.length, 0);
  out[4] = type;
  out.writeUInt16BE(op, 5);
  out.writeUInt32BE(correlationId >>> 0, 7);
  out[11] = mac.length;
  out.set(mac, 12);
  out.set(payload, head);
  return out;
}

/** The operation id (protocol/operations.ts) for a national code on the wire; 0 when unknown. */
const opByCode = new Map<number, number>();
const codeByOp = new Map<number, number>();
for (const spec of operations) {
  if (spec.streaming) continue;
  for (const infno of spec.infno) opByCode.set(Number(infno), spec.id);
  opByCode.set(spec.tcpCode, spec.id);
  codeByOp.set(spec.id, spec.tcpCode);
}

export function opIdOfCode(code: number): number {
  return opByCode.get(code) ?? 0;
}

export function codeOfOpId(opId: number): number {
  const code = codeByOp.get(opId);
  if (code === undefined) throw new Error(`assertion: operation ${opId} has no TCP code`);
  return code;
}

export const FrameProblem = { None: 0, TooLarge: 1, TooShort: 2 } as const;

/**
 * Accumulates socket chunks and hands out whole frames. Oversize or undersize lengths are reported
 * before any allocation (the caller answers and closes); partial frames wait for more bytes.
 */
export class FrameReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  problem: number = FrameProblem.None;

  constructor(private readonly frameBytesMax: number) {}

  /** Bytes received and not yet taken as a whole frame (a partial frame waits here). */
  get bufferedBytes(): number {
    return this.buffered;
  }

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
  }

  /** The next whole frame, or undefined (need more bytes, or `problem` is set). */
  next(): Frame | undefined {
    if (this.problem !== FrameProblem.None || this.buffered < lengthBytes) return undefined;
    const head = this.peek(lengthBytes + frameHeaderBytes);
    const frameBytes = head.readUInt32BE(0);
    if (frameBytes > this.frameBytesMax) {
      this.problem = FrameProblem.TooLarge;
      return undefined;
    }
    if (frameBytes < frameHeaderBytes) {
      this.problem = FrameProblem.TooShort;
      return undefined;
    }
    if (this.buffered < lengthBytes + frameBytes) return undefined;
    const whole = this.take(lengthBytes + frameBytes);
    const macEnd = lengthBytes + frameHeaderBytes + whole[11]!;
    if (macEnd > whole.length) {
      this.problem = FrameProblem.TooShort;
      return undefined;
    }
    return {
      type: whole[4]!,
      op: whole.readUInt16BE(5),
      correlationId: whole.readUInt32BE(7),
      mac: whole.subarray(lengthBytes + frameHeaderBytes, macEnd),
      payload: whole.subarray(macEnd),
    };
  }

  /** The first `bytes` buffered bytes (fewer if not yet there), without consuming them. */
  private peek(bytes: number): Buffer {
    const first = this.chunks[0]!;
    if (first.length >= bytes || this.chunks.length === 1) return first;
    const joined = Buffer.concat(this.chunks);
    this.chunks = [joined];
    return joined;
  }

  private take(bytes: number): Buffer {
    let first = this.chunks[0]!;
    if (first.length < bytes) {
      first = Buffer.concat(this.chunks);
      this.chunks = [first];
    }
    const out = first.subarray(0, bytes);
    if (first.length === bytes) this.chunks.shift();
    else this.chunks[0] = first.subarray(bytes);
    this.buffered -= bytes;
    return out;
  }
}
