// The TCP protocol for POS terminals against a real engine: pipelining with out-of-order replies,
// every operation, partial and split frames, oversize and garbage input, busy limits, a client that
// never reads, an idle half-open connection, and the client library's reconnect.
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { header, type TerminalIdentity } from '../../protocol/client.js';
import { encodeFrame, type Frame, FrameReader, FrameType } from '../../protocol/frame.js';
import { macForTerminal } from '../../protocol/mac.js';
import { type ssc, v1 } from '../../protocol/pb.js';
import { TcpCallError, TcpClient } from '../../protocol/tcp-client.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';

let t: TestEngine;
let client: TcpClient;
let terminal: TerminalIdentity;
let signNo: string;
let sequence = 1;

beforeAll(async () => {
  t = await startTestEngine({ SSC_DEMO_CARDS: '1000' });
  client = await TcpClient.connect({ host: '127.0.0.1', port: t.engine.tcpPort });
  terminal = t.terminal('ningboHospitalL3');
  const reply = await client.call<ssc.v1.SignInReply>('SignIn', { header: header(terminal, '', sequence++) });
  expect(reply.outcome?.reason).toBe('00');
  signNo = reply.signNo;
});
afterAll(async () => {
  await client.close();
  await t.stop();
});

function credentialOf(scenario: string): ssc.v1.ICredential {
  const c = t.samples.cards.find((card) => card.scenario === scenario)!;
  return { type: c.credentialType, cardNo: c.cardNo, cardSn: c.cardSn, idNo: c.idNo };
}

/** A raw socket and a frame reader, for bytes the client library would never send. */
async function rawSocket(port = t.engine.tcpPort): Promise<{ socket: Socket; frames: Frame[]; closed: Promise<void> }> {
  const socket = connect({ host: '127.0.0.1', port });
  await new Promise((resolve) => socket.once('connect', resolve));
  const reader = new FrameReader(1 << 24);
  const frames: Frame[] = [];
  socket.on('data', (chunk: Buffer) => {
    reader.push(chunk);
    for (let f = reader.next(); f !== undefined; f = reader.next()) frames.push(f);
  });
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return { socket, frames, closed };
}

const until = async (check: () => boolean, ms = 3_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

function inquireFrame(correlationId: number, scenario = 'issued'): Buffer {
  const body = v1.InquireRequest.encode({
    header: header(terminal, signNo, sequence++),
    credential: credentialOf(scenario),
  }).finish();
  return encodeFrame(FrameType.Request, 1101, correlationId, body, macForTerminal(terminal.terminalId, body));
}

describe('TCP protocol', () => {
  it('answers pipelined requests, each matched to its own, with timings', async () => {
    const scenarios = t.samples.cards.filter((c) => c.credentialType === 3).slice(0, 40);
    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const card = scenarios[i % scenarios.length]!;
        return client
          .call<ssc.v1.InquireReply>('Inquire', {
            header: header(terminal, signNo, sequence++),
            credential: { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
          })
          .then((reply) => ({ reply, expected: card.expected }));
      }),
    );
    for (const { reply, expected } of replies) {
      expect(reply.outcome?.reason).toBe(expected);
      expect(reply.timings?.totalUs).toBeGreaterThan(0);
    }
  });

  it('settles and cancels over TCP, interleaved with inquiries on the same connection', async () => {
    const order: string[] = [];
    const item = t.samples.catalogue.find((c) => c.class === 1)!;
    const settle = client
      .call<ssc.v1.SettleReply>('Settle', {
        header: header(terminal, signNo, sequence++),
        credential: credentialOf('issued'),
        medicalType: 11,
        useAccount: true,
        totalFen: 1_234,
        lines: [{ lineNo: 1, catalogueCode: item.code, quantityMilli: 1_000, unitPriceFen: 1_234, amountFen: 1_234 }],
      })
      .then((reply) => {
        order.push('settle');
        return reply;
      });
    const inquiries = Promise.all(
      Array.from({ length: 20 }, () =>
        client
          .call<ssc.v1.InquireReply>('Inquire', {
            header: header(terminal, signNo, sequence++),
            credential: credentialOf('issued'),
          })
          .then(() => order.push('inquire')),
      ),
    );
    const [settled] = await Promise.all([settle, inquiries]);
    expect(settled.outcome?.reason).toBe('00');
    expect(settled.timings?.commitUs).toBeGreaterThan(0);
    // Cancel over TCP as well.
    const cancelled = await client.call<ssc.v1.CancelSettlementReply>('CancelSettlement', {
      header: header(terminal, signNo, sequence++),
      settlementId: settled.settlementId,
    });
    expect(cancelled.outcome?.reason).toBe('00');
    expect(order).toHaveLength(21);
  });

  it('reassembles a frame sent byte by byte, and two frames in one write', async () => {
    const { socket, frames } = await rawSocket();
    const frame = inquireFrame(7);
    for (const byte of frame) {
      socket.write(Buffer.from([byte]));
      await new Promise((resolve) => setImmediate(resolve));
    }
    socket.write(Buffer.concat([inquireFrame(8), inquireFrame(9, 'formallyLost')]));
    await until(() => frames.length === 3);
    const byId = new Map(frames.map((f) => [f.correlationId, v1.InquireReply.decode(f.payload)]));
    expect(byId.get(7)?.outcome?.reason).toBe('00');
    expect(byId.get(8)?.outcome?.reason).toBe('00');
    expect(byId.get(9)?.outcome?.reason).toBe('C03');
    socket.destroy();
  });

  it('answers a malformed body and an unknown operation with coded errors and keeps the connection', async () => {
    const { socket, frames } = await rawSocket();
    socket.write(encodeFrame(FrameType.Request, 1101, 1, Buffer.from([0xff, 0xff, 0xff, 0x0f])));
    socket.write(encodeFrame(FrameType.Request, 4242, 2, Buffer.alloc(0)));
    socket.write(inquireFrame(3));
    await until(() => frames.length === 3);
    const byId = new Map(frames.map((f) => [f.correlationId, f]));
    expect(byId.get(1)?.type).toBe(FrameType.Error);
    expect(JSON.parse(byId.get(1)!.payload.toString()).sscCode).toBe('SSC_MALFORMED');
    expect(JSON.parse(byId.get(2)!.payload.toString()).sscCode).toBe('SSC_BAD_FRAME');
    expect(byId.get(3)?.type).toBe(FrameType.Reply);
    socket.destroy();
  });

  it('refuses an oversize frame before reading it, and garbage, by closing with a coded error', async () => {
    const big = await rawSocket();
    const head = Buffer.alloc(4);
    head.writeUInt32BE(1 << 30, 0);
    big.socket.write(head);
    await big.closed;
    expect(JSON.parse(big.frames[0]!.payload.toString()).sscCode).toBe('SSC_FRAME_TOO_LARGE');

    const garbage = await rawSocket();
    garbage.socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    await garbage.closed;
    expect(JSON.parse(garbage.frames[0]!.payload.toString()).sscCode).toBe('SSC_FRAME_TOO_LARGE');

    const wrongType = await rawSocket();
    wrongType.socket.write(encodeFrame(FrameType.Reply, 1101, 1, Buffer.alloc(0)));
    await wrongType.closed;
    expect(JSON.parse(wrongType.frames[0]!.payload.toString()).sscCode).toBe('SSC_BAD_FRAME');
    // The engine is unaffected.
    expect(await client.ping()).toBeGreaterThan(0);
  });

  it('stays bounded with a client that never reads, while others are served', async () => {
    const { socket } = await rawSocket();
    socket.pause(); // never reads
    const payload = Buffer.alloc(60_000, 1);
    const rssBefore = process.memoryUsage().rss;
    // 200 echo requests of 60 KB: 12 MB of replies the client will never read.
    for (let i = 0; i < 200; i++) socket.write(encodeFrame(FrameType.Ping, 0, i + 1, payload));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const started = performance.now();
    expect(
      (
        await client.call<ssc.v1.InquireReply>('Inquire', {
          header: header(terminal, signNo, sequence++),
          credential: credentialOf('issued'),
        })
      ).outcome?.reason,
    ).toBe('00');
    expect(performance.now() - started).toBeLessThan(1_000);
    // The server stopped reading once its write buffer filled: far less than the 12 MB is held.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);
    socket.destroy();
  });

  it('the client library fails calls in flight when the connection drops, then reconnects', async () => {
    const own = await TcpClient.connect({ host: '127.0.0.1', port: t.engine.tcpPort, backoffInitialMs: 20 });
    // A frame type the server refuses makes it close the connection.
    await expect(own.send(FrameType.Pong, 0, Buffer.alloc(0))).rejects.toSatisfy(
      (error: unknown) =>
        error instanceof TcpCallError && ['SSC_BAD_FRAME', 'SSC_CONNECTION_LOST'].includes(error.sscCode),
    );
    let answered = false;
    for (let attempt = 0; attempt < 50 && !answered; attempt++) {
      try {
        await own.ping();
        answered = true;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    expect(answered).toBe(true);
    await own.close();
  });
});

describe('TCP limits', () => {
  let limited: TestEngine;
  beforeAll(async () => {
    limited = await startTestEngine({
      SSC_DEMO_CARDS: '300',
      SSC_TCP_IN_FLIGHT_MAX: '4',
      SSC_TCP_CONNECTIONS_MAX: '2',
      SSC_TCP_IDLE_TIMEOUT_MS: '300',
      SSC_TEST_BATCH_DELAY_MS: '100',
      SSC_IDLE_INLINE: '0',
    });
  });
  afterAll(async () => {
    await limited.stop();
  });

  it('answers requests over the in-flight bound with a coded busy frame', async () => {
    const own = await TcpClient.connect({ host: '127.0.0.1', port: limited.engine.tcpPort });
    const lt = limited.terminal('ningboHospitalL3');
    const sign = await own.call<ssc.v1.SignInReply>('SignIn', { header: header(lt, '', 1) });
    const card = limited.samples.cards.find((c) => c.scenario === 'issued')!;
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        own.call('Inquire', {
          header: header(lt, sign.signNo, 10 + i),
          credential: { type: 3, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
        }),
      ),
    );
    const busy = results.filter((r) => r.status === 'rejected' && (r.reason as TcpCallError).sscCode === 'SSC_BUSY');
    expect(busy.length).toBe(6);
    expect((busy[0] as PromiseRejectedResult).reason.reason).toBe('S01');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(4);
    await own.close();
  });

  it('answers out of order: a settlement overtakes an inquiry sent before it (workers slowed by 100 ms)', async () => {
    const own = await TcpClient.connect({ host: '127.0.0.1', port: limited.engine.tcpPort });
    const lt = limited.terminal('ningboHospitalL3');
    const sign = await own.call<ssc.v1.SignInReply>('SignIn', { header: header(lt, '', 100) });
    const card = limited.samples.cards.find((c) => c.scenario === 'issued')!;
    const credential = { type: 3, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo };
    const item = limited.samples.catalogue.find((c) => c.class === 1)!;
    const order: string[] = [];
    const inquiry = own
      .call('Inquire', { header: header(lt, sign.signNo, 101), credential })
      .then(() => order.push('inquire'));
    const settlement = own
      .call<ssc.v1.SettleReply>('Settle', {
        header: header(lt, sign.signNo, 102),
        credential,
        medicalType: 11,
        totalFen: 100,
        lines: [{ lineNo: 1, catalogueCode: item.code, quantityMilli: 1_000, unitPriceFen: 100, amountFen: 100 }],
      })
      .then((reply) => {
        order.push('settle');
        return reply;
      });
    const [, settled] = await Promise.all([inquiry, settlement]);
    expect(settled.outcome?.reason).toBe('00');
    expect(order).toEqual(['settle', 'inquire']);
    await own.close();
  });

  it('refuses connections over the bound, and closes a silent half-open one after the idle timeout', async () => {
    const a = await rawSocket(limited.engine.tcpPort);
    const b = await rawSocket(limited.engine.tcpPort);
    const c = await rawSocket(limited.engine.tcpPort);
    await c.closed;
    expect(c.frames[0]?.type).toBe(FrameType.Busy);
    // Half a frame, then silence: closed by the idle timeout.
    a.socket.write(Buffer.from([0, 0, 0, 20, 1]));
    const started = Date.now();
    await a.closed;
    expect(Date.now() - started).toBeLessThan(2_000);
    b.socket.destroy();
  });
});

describe('TCP over TLS', () => {
  let secure: TestEngine;
  beforeAll(async () => {
    secure = await startTestEngine({
      SSC_DEMO_CARDS: '300',
      SSC_TCP_TLS_CERT_FILE: 'test/fixtures-tls/cert.pem',
      SSC_TCP_TLS_KEY_FILE: 'test/fixtures-tls/key.pem',
    });
  });
  afterAll(async () => {
    await secure.stop();
  });

  it('serves the same frames over TLS, and drops a plain-TCP client at the handshake', async () => {
    const tlsClient = await TcpClient.connect({
      host: '127.0.0.1',
      port: secure.engine.tcpPort,
      tlsCa: readFileSync('test/fixtures-tls/cert.pem'),
    });
    const st = secure.terminal('ningboHospitalL3');
    const reply = await tlsClient.call<ssc.v1.SignInReply>('SignIn', { header: header(st, '', 1) });
    expect(reply.outcome?.reason).toBe('00');
    await tlsClient.close();
    const plain = await rawSocket(secure.engine.tcpPort);
    plain.socket.write(encodeFrame(FrameType.Ping, 0, 1, Buffer.alloc(0)));
    await plain.closed;
    expect(plain.frames).toHaveLength(0);
  });
});
