// Connect streaming envelopes: 1 byte of flags, a 4-byte big-endian length, then the message.
// The last envelope of a response carries flag 0x02 (end of stream) and a JSON payload: `{}` or
// `{"error": {...}, "metadata": {...}}`.
export const EnvelopeFlag = { Compressed: 0x01, EndStream: 0x02 } as const;
const prefixBytes = 5;

export function encodeEnvelope(flags: number, payload: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(prefixBytes + payload.length);
  out[0] = flags;
  out.writeUInt32BE(payload.length, 1);
  out.set(payload, prefixBytes);
  return out;
}

/** The one message of a server-streaming request body, or why it is not one. */
export function decodeSingleEnvelope(body: Uint8Array): { message: Uint8Array; error: string } {
  if (body.length < prefixBytes)
    return { message: new Uint8Array(0), error: 'envelope shorter than its 5-byte prefix' };
  const flags = body[0]!;
  if (flags !== 0)
    return { message: new Uint8Array(0), error: `envelope flags ${flags} not supported (no compression)` };
  const length = Buffer.from(body.buffer, body.byteOffset, body.length).readUInt32BE(1);
  if (length !== body.length - prefixBytes) {
    return { message: new Uint8Array(0), error: 'envelope length does not match the body (one message expected)' };
  }
  return { message: body.subarray(prefixBytes), error: '' };
}

export interface EndStreamError {
  code: string;
  message: string;
}

/** The end-of-stream envelope, with an error and metadata when the stream failed. */
export function endStream(error: EndStreamError | undefined, metadata: Record<string, string[]> = {}): Buffer {
  const body = error === undefined ? { metadata } : { error, metadata };
  return encodeEnvelope(EnvelopeFlag.EndStream, Buffer.from(JSON.stringify(body), 'utf8'));
}
