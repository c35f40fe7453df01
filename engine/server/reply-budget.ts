// Bytes of replies handed to Node but not yet to the kernel (a client that does not read leaves them
// in the process's memory once its socket buffers are full), bounded: past the bound a new reply is
// refused 503 S01 until the readers catch up or their connections time out. One reply is always let
// through when nothing is pending, however large (no starvation).
export class ReplyBudget {
  private pendingBytes = 0;

  constructor(private readonly bytesMax: number) {}

  get pending(): number {
    return this.pendingBytes;
  }

  /** True (and counted until release) when a reply of this size may be sent now. */
  admit(bytes: number): boolean {
    if (this.pendingBytes > 0 && this.pendingBytes + bytes > this.bytesMax) return false;
    this.pendingBytes += bytes;
    return true;
  }

  release(bytes: number): void {
    this.pendingBytes -= bytes;
  }
}
