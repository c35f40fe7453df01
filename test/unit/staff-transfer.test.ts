// The leader's side of a staff request sent in parts (engine/replication/staff-transfer.ts), on a
// real spool folder: the order of parts, the bounds (bytes, transfers at once, idle time), pieced
// answers, and that nothing is left on disk once a transfer ends, is dropped or the spool stops.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  isPiecedAnswer,
  newTransferId,
  type StaffAnswer,
  type StaffHead,
  TransferSpool,
  transferMessage,
} from '../../engine/replication/staff-transfer.js';

const head: StaffHead = { method: 'POST', url: '/admin/imports/members', headers: {}, remote: '127.0.0.1' };
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
let root: string;
let dir: string;
let spool: TransferSpool;

async function readAll(body: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}
const echo = async (h: StaffHead, body: Readable): Promise<StaffAnswer> => ({
  status: 200,
  headers: { 'x-url': h.url },
  body: bytes(await readAll(body)),
});
const spooled = (): string[] => (existsSync(dir) ? readdirSync(dir) : []);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ssc-transfer-'));
  dir = join(root, 'spool');
});
afterEach(() => {
  spool?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('staff transfers at the leader', () => {
  it('parts in order become one body, handed over as a stream; the file goes with the answer', async () => {
    // A file a killed engine left is removed when the spool starts.
    writeFileSync(join(root, 'leftover'), 'x');
    spool = new TransferSpool(root, 1_000);
    expect(existsSync(join(root, 'leftover'))).toBe(false);
    spool.stop();
    spool = new TransferSpool(dir, 1_000);
    const t = newTransferId();
    expect(await spool.part({ t, seq: 0, bytes: bytes('id_no,'), head }, 0)).toEqual({ t, accepted: 0 });
    expect(await spool.part({ t, seq: 1, bytes: bytes('name\n'), head }, 0)).toEqual({ t, accepted: 1 });
    expect(spooled()).toEqual([t]);
    const answer = await spool.end({ t, end: 2 }, echo, 1_000, 0);
    expect(answer).toEqual({ status: 200, headers: { 'x-url': head.url }, body: bytes('id_no,name\n') });
    expect(spooled()).toEqual([]);
    expect(spool.open).toEqual({ receiving: 0, sending: 0 });
    expect(spool.completed).toBe(1);
  });

  it('a part out of order, an end before the last part, an unknown transfer: dropped, refused as unavailable', async () => {
    spool = new TransferSpool(dir, 1_000);
    const t = newTransferId();
    await spool.part({ t, seq: 0, bytes: bytes('a'), head }, 0);
    expect(await spool.part({ t, seq: 2, bytes: bytes('c') }, 0)).toMatchObject({ refused: 'unavailable' });
    expect(spooled()).toEqual([]);
    const u = newTransferId();
    await spool.part({ t: u, seq: 0, bytes: bytes('a'), head }, 0);
    expect(await spool.end({ t: u, end: 3 }, echo, 1_000, 0)).toMatchObject({ refused: 'unavailable' });
    expect(await spool.part({ t: newTransferId(), seq: 5, bytes: bytes('x') }, 0)).toMatchObject({
      refused: 'unavailable',
    });
    // A first part without the request it belongs to.
    expect(await spool.part({ t: newTransferId(), seq: 0, bytes: bytes('x') }, 0)).toMatchObject({
      refused: 'malformed',
    });
    expect(spooled()).toEqual([]);
    expect(spool.dropped).toBe(2);
  });

  it('over the byte bound: too-large, and the file goes at once', async () => {
    spool = new TransferSpool(dir, 10);
    const t = newTransferId();
    expect(await spool.part({ t, seq: 0, bytes: bytes('123456'), head }, 0)).toEqual({ t, accepted: 0 });
    expect(await spool.part({ t, seq: 1, bytes: bytes('7890A') }, 0)).toMatchObject({ refused: 'too-large' });
    expect(spooled()).toEqual([]);
  });

  it('at most openMax at once; an idle one is swept; abort and stop drop what is open', async () => {
    spool = new TransferSpool(dir, 1_000, 60_000, 2);
    const [a, b, c] = [newTransferId(), newTransferId(), newTransferId()];
    await spool.part({ t: a, seq: 0, bytes: bytes('a'), head }, 0);
    await spool.part({ t: b, seq: 0, bytes: bytes('b'), head }, 30_000);
    expect(await spool.part({ t: c, seq: 0, bytes: bytes('c'), head }, 30_000)).toMatchObject({
      refused: 'unavailable',
    });
    // a was last touched at 0: idle for more than a minute at 60,001; b is not.
    spool.sweep(60_001);
    expect(spool.open.receiving).toBe(1);
    expect(await spool.part({ t: c, seq: 0, bytes: bytes('c'), head }, 60_001)).toEqual({ t: c, accepted: 0 });
    expect(spool.abort({ t: b, abort: true })).toEqual({ t: b, aborted: true });
    expect(spooled()).toEqual([c]);
    spool.stop();
    expect(spooled()).toEqual([]);
  });

  it('dropped while a part is being written: the file goes at once, its descriptor after the write', async () => {
    spool = new TransferSpool(dir, 10_000_000);
    const t = newTransferId();
    const writing = spool.part({ t, seq: 0, bytes: new Uint8Array(4_000_000), head }, 0);
    spool.clear();
    expect(spooled()).toEqual([]);
    // The write finishes on the descriptor it started on (closed only then: its number is reused).
    await writing;
    expect(spool.open.receiving).toBe(0);
    expect(spool.dropped).toBe(1);
  });

  it('an answer larger than a piece: the first piece, then each by number; forgotten after the last', async () => {
    spool = new TransferSpool(dir, 1_000);
    const t = newTransferId();
    const whole = { status: 200, headers: {}, body: bytes('abcdefghij') };
    const first = spool.piecesOf(t, whole, 4, 0);
    expect(isPiecedAnswer(first)).toBe(true);
    expect(first).toMatchObject({ t, pieces: 3, body: bytes('abcd') });
    expect(spool.fetch({ t, fetch: 1 }, 0)).toEqual({ t, piece: 1, body: bytes('efgh') });
    expect(spool.fetch({ t, fetch: 2 }, 0)).toEqual({ t, piece: 2, body: bytes('ij') });
    expect(spool.open.sending).toBe(0);
    expect(spool.fetch({ t, fetch: 1 }, 0)).toMatchObject({ refused: 'unavailable' });
    // One piece is the answer itself.
    expect(spool.piecesOf(t, whole, 10, 0)).toBe(whole);
  });

  it('tells transfer messages from everything else', () => {
    const t = newTransferId();
    expect(transferMessage({ t, seq: 0, bytes: bytes('x'), head })).toBeDefined();
    expect(transferMessage({ t, end: 3 })).toBeDefined();
    expect(transferMessage({ t, fetch: 1 })).toBeDefined();
    expect(transferMessage({ t, abort: true })).toBeDefined();
    for (const other of [
      { ...head, body: bytes('x') },
      { t: '../../etc', seq: 0, bytes: bytes('x'), head },
      { t, seq: 0, bytes: 'not bytes', head },
      { t, seq: 0, bytes: bytes('x'), head: { url: '/' } },
      { t },
      null,
      'text',
    ])
      expect(transferMessage(other)).toBeUndefined();
  });
});
