// Hot path: bench/micro/decide.ts. A compact, versioned binary layout for store records: fixed-width
// numbers first, then length-prefixed strings. Reading decodes straight out of lmdb-js's reused
// getBinaryFast buffer (valid until the next get), so nothing here keeps a reference to it.
import { assert } from '../core/assert.js';

/** Encodes one record; reused across records on one thread (call finish() to copy the bytes out). */
export class RecordWriter {
  private buf = Buffer.allocUnsafe(1024);
  private pos = 0;

  start(version: number): this {
    this.pos = 0;
    return this.u8(version);
  }

  private room(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + bytes));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  u8(value: number): this {
    assert(Number.isInteger(value) && value >= 0 && value <= 0xff, 'u8 in range');
    this.room(1);
    this.buf[this.pos++] = value;
    return this;
  }

  u16(value: number): this {
    assert(Number.isInteger(value) && value >= 0 && value <= 0xffff, 'u16 in range');
    this.room(2);
    this.buf.writeUInt16LE(value, this.pos);
    this.pos += 2;
    return this;
  }

  /** An exact integer (time in ms, money in fen, a sequence) stored as a float64. */
  int(value: number): this {
    assert(Number.isSafeInteger(value), 'record integer is safe');
    this.room(8);
    this.buf.writeDoubleLE(value, this.pos);
    this.pos += 8;
    return this;
  }

  bool(value: boolean): this {
    return this.u8(value ? 1 : 0);
  }

  /** UTF-8, at most 255 bytes. */
  str(value: string): this {
    const bytes = Buffer.byteLength(value, 'utf8');
    assert(bytes <= 0xff, 'record string fits 255 bytes');
    this.room(1 + bytes);
    this.buf[this.pos++] = bytes;
    this.pos += this.buf.write(value, this.pos, bytes, 'utf8');
    return this;
  }

  bytes(value: Uint8Array): this {
    assert(value.length <= 0xff, 'record bytes fit 255');
    this.room(1 + value.length);
    this.buf[this.pos++] = value.length;
    this.buf.set(value, this.pos);
    this.pos += value.length;
    return this;
  }

  /** Up to 4 GiB with a 32-bit length (an encoded reply). */
  blob(value: Uint8Array): this {
    this.room(4 + value.length);
    this.buf.writeUInt32LE(value.length, this.pos);
    this.pos += 4;
    this.buf.set(value, this.pos);
    this.pos += value.length;
    return this;
  }

  /** A 64-bit digest. */
  u64(value: bigint): this {
    this.room(8);
    this.buf.writeBigUInt64LE(value, this.pos);
    this.pos += 8;
    return this;
  }

  /** A copy of the encoded record, safe to hand to an asynchronous write. */
  finish(): Buffer {
    return Buffer.from(this.buf.subarray(0, this.pos));
  }
}

/** Decodes one record from a buffer; one instance reused per thread. */
export class RecordReader {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private end = 0;

  /** Starts reading and checks the layout version. */
  start(buf: Buffer, version: number, what: string): this {
    this.buf = buf;
    this.pos = 0;
    this.end = buf.length;
    const found = this.u8();
    assert(found === version, `${what} record version ${found} is ${version}`);
    return this;
  }

  /** Starts reading a record that may be of an older layout: returns the version found. */
  startAny(buf: Buffer, versionMin: number, versionMax: number, what: string): number {
    this.buf = buf;
    this.pos = 0;
    this.end = buf.length;
    const found = this.u8();
    assert(
      found >= versionMin && found <= versionMax,
      `${what} record version ${found} in [${versionMin}, ${versionMax}]`,
    );
    return found;
  }

  u8(): number {
    assert(this.pos + 1 <= this.end, 'record not truncated');
    return this.buf[this.pos++]!;
  }

  u16(): number {
    assert(this.pos + 2 <= this.end, 'record not truncated');
    const value = this.buf.readUInt16LE(this.pos);
    this.pos += 2;
    return value;
  }

  int(): number {
    assert(this.pos + 8 <= this.end, 'record not truncated');
    const value = this.buf.readDoubleLE(this.pos);
    this.pos += 8;
    assert(Number.isSafeInteger(value), 'stored integer is safe');
    return value;
  }

  bool(): boolean {
    return this.u8() === 1;
  }

  str(): string {
    const bytes = this.u8();
    assert(this.pos + bytes <= this.end, 'record not truncated');
    const value = this.buf.toString('utf8', this.pos, this.pos + bytes);
    this.pos += bytes;
    return value;
  }

  bytes(): Uint8Array {
    const length = this.u8();
    assert(this.pos + length <= this.end, 'record not truncated');
    const value = new Uint8Array(length);
    value.set(this.buf.subarray(this.pos, this.pos + length));
    this.pos += length;
    return value;
  }

  blob(): Uint8Array {
    assert(this.pos + 4 <= this.end, 'record not truncated');
    const length = this.buf.readUInt32LE(this.pos);
    this.pos += 4;
    assert(this.pos + length <= this.end, 'record not truncated');
    const value = new Uint8Array(length);
    value.set(this.buf.subarray(this.pos, this.pos + length));
    this.pos += length;
    return value;
  }

  u64(): bigint {
    assert(this.pos + 8 <= this.end, 'record not truncated');
    const value = this.buf.readBigUInt64LE(this.pos);
    this.pos += 8;
    return value;
  }

  /** Asserts the whole record was consumed (a layout mismatch is a programmer error). */
  done(what: string): void {
    assert(this.pos === this.end, `${what} record fully read`);
  }
}
