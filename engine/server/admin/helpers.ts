// Admin API helpers outside the routes: the import spool and the terminal hot-list request check.
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
export function validHotRequest(
  body: unknown,
): body is { terminalId: string; institutionCode: string; requestTimeMs: number; sinceSequence?: number } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b))
    if (!['terminalId', 'institutionCode', 'requestTimeMs', 'sinceSequence'].includes(key)) return false;
  return (
    typeof b['terminalId'] === 'string' &&
    /^[A-Za-z0-9_-]{1,32}$/.test(b['terminalId']) &&
    typeof b['institutionCode'] === 'string' &&
    /^[A-Z]\d{11}$/.test(b['institutionCode']) &&
    Number.isSafeInteger(b['requestTimeMs']) &&
    (b['requestTimeMs'] as number) >= 0 &&
    (b['sinceSequence'] === undefined ||
      (Number.isSafeInteger(b['sinceSequence']) && (b['sinceSequence'] as number) >= 0))
  );
}

class OverLimit extends Error {}

/**
 * Writes an upload to an owner-only file: its path, or why not (and no file): over bytesMax, or
 * the disk refused it (full, read-only), which is a storage failure (503 S01), not a size problem.
 */
export async function spoolUpload(
  body: Readable,
  dir: string,
  bytesMax: number,
): Promise<string | 'too-large' | 'storage' | 'aborted'> {
  const file = join(dir, `${Date.now()}-${randomBytes(6).toString('hex')}`);
  let bytes = 0;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    await pipeline(
      body,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          bytes += chunk.length;
          if (bytes > bytesMax) throw new OverLimit('import over its byte limit');
          yield chunk;
        }
      },
      createWriteStream(file, { mode: 0o600 }),
    );
    return file;
  } catch (error) {
    try {
      rmSync(file, { force: true });
    } catch {
      // nothing was written, or the folder is gone
    }
    if (error instanceof OverLimit) return 'too-large';
    const code = (error as { code?: unknown }).code;
    return code === 'ENOSPC' || code === 'EROFS' || code === 'EDQUOT' || code === 'EIO' || code === 'EACCES'
      ? 'storage'
      : 'aborted';
  }
}

/** Spool files left by an engine killed during an import are removed at start. */
export function cleanSpool(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // a read-only data folder: nothing can have been spooled there either
  }
}
