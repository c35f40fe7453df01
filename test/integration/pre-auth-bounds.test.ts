// What an unauthenticated client can make the engine do is bounded (second hardening pass, item 4):
// connections per source address on both transports (one client with 4,100 idle TCP connections
// locked every POS terminal out), a deadline to authenticate a new TCP connection and to finish a
// frame, the bytes of unfinished frames held across connections, and /metrics rendered at most
// once a second however many scrape it.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminClient } from '../../engine/cli/admin-client.js';
import { limits } from '../../engine/core/limits.js';
import { ReplyBudget } from '../../engine/server/reply-budget.js';
import { call, header, signIn, type TerminalIdentity } from '../../protocol/client.js';
import { encodeFrame, FrameType } from '../../protocol/frame.js';
import { macHeader, terminalHeader } from '../../protocol/mac.js';
import { servicePath } from '../../protocol/operations.js';
import { type ssc, v1 } from '../../protocol/pb.js';
import { TcpClient } from '../../protocol/tcp-client.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';

let t: TestEngine;
let terminal: TerminalIdentity;

beforeAll(async () => {
  t = await startTestEngine({
    SSC_DEMO_CARDS: '300',
    SSC_CONNECTIONS_PER_SOURCE_MAX: '20',
    SSC_TCP_AUTH_DEADLINE_MS: '400',
    SSC_TCP_FRAME_DEADLINE_MS: '400',
    SSC_TCP_PENDING_FRAME_BYTES_MAX: String(1024 * 1024),
    SSC_ADMIN_REPLY_BYTES_PENDING_MAX: String(1024 * 1024),
    SSC_ADMIN_SECRET: 'pre-auth-admin-secret',
  });
  terminal = t.terminal('ningboHospitalL3');
});
afterAll(async () => t.stop());

/** Opens a socket from a given loopback address; resolves once connected (or closed). */
function open(port: number, localAddress = '127.0.0.1'): Promise<{ socket: Socket; closed: Promise<void> }> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress });
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    socket.on('error', () => undefined);
    socket.on('data', () => undefined);
    socket.once('connect', () => resolve({ socket, closed }));
    socket.once('close', () => resolve({ socket, closed }));
  });
}

const settledWithin = (p: Promise<void>, ms: number): Promise<boolean> =>
  Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

describe('TCP before authentication', () => {
  it('one address gets at most its share of connections; another address still gets in', async () => {
    const port = t.engine.tcpPort;
    const mine = await Promise.all(Array.from({ length: 30 }, () => open(port)));
    const closed = await Promise.all(mine.map((c) => settledWithin(c.closed, 2_000)));
    // The 10 over the bound are refused and closed at once (the rest by the auth deadline later).
    expect(closed.filter(Boolean).length).toBeGreaterThanOrEqual(10);
    const other = await open(port, '127.0.0.2');
    expect(other.socket.destroyed).toBe(false);
    for (const c of [...mine, other]) c.socket.destroy();
  });

  it('a connection that never authenticates is closed at the deadline; one that does stays', async () => {
    const idle = await open(t.engine.tcpPort, '127.0.0.3');
    expect(await settledWithin(idle.closed, 3_000)).toBe(true);
    const signNo = await signIn(t.engine.url, terminal);
    const client = await TcpClient.connect({ host: '127.0.0.1', port: t.engine.tcpPort });
    const card = t.samples.cards.find((c) => c.scenario === 'issued')!;
    const reply = await client.call('Inquire', {
      header: header(terminal, signNo, 7_001),
      credential: { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
    });
    expect((reply as { outcome?: { reason?: string } }).outcome?.reason).toBe('00');
    await new Promise((r) => setTimeout(r, 1_000));
    const again = await client.call('Inquire', {
      header: header(terminal, signNo, 7_002),
      credential: { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
    });
    expect((again as { outcome?: { reason?: string } }).outcome?.reason).toBe('00');
    await client.close();
  });

  it('a frame left unfinished is cut at its deadline; unfinished bytes across connections are bounded', async () => {
    const slow = await open(t.engine.tcpPort, '127.0.0.4');
    const partial = encodeFrame(FrameType.Request, 1, 1, Buffer.alloc(100_000)).subarray(0, 50_000);
    slow.socket.write(partial);
    expect(await settledWithin(slow.closed, 3_000)).toBe(true);
    // Ten connections each holding 150 KB of a 200 KB frame: past 1 MB in all, the later ones go.
    const holders = await Promise.all(Array.from({ length: 10 }, (_, i) => open(t.engine.tcpPort, `127.0.1.${i + 1}`)));
    const big = encodeFrame(FrameType.Request, 1, 1, Buffer.alloc(200_000)).subarray(0, 150_000);
    for (const h of holders) h.socket.write(big);
    const cut = await Promise.all(holders.map((h) => settledWithin(h.closed, 300)));
    expect(cut.filter(Boolean).length).toBeGreaterThanOrEqual(4);
    for (const h of holders) h.socket.destroy();
  });
});

describe('HTTP before authentication', () => {
  it('one address gets at most its share of connections; another address still gets in', async () => {
    const port = t.engine.port;
    const mine = await Promise.all(Array.from({ length: 30 }, () => open(port, '127.0.0.5')));
    const closed = await Promise.all(mine.map((c) => settledWithin(c.closed, 1_000)));
    expect(closed.filter(Boolean).length).toBe(10);
    const response = await fetch(`${t.engine.url}/healthz`);
    expect(response.status).toBe(200);
    for (const c of mine) c.socket.destroy();
  });

  it('/metrics is rendered at most once a second, however many scrape it', async () => {
    const scrape = async (): Promise<string> => (await fetch(`${t.engine.url}/metrics`)).text();
    const first = await scrape();
    await fetch(`${t.engine.url}/healthz`);
    const texts = await Promise.all(Array.from({ length: 8 }, scrape));
    // Within the second: the same rendering for everyone (a render per scrape slowed swipes 50x).
    for (const text of texts) expect(text).toBe(first);
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await scrape()).not.toBe(first);
  });
});

describe('the MAC before the body', () => {
  const emptyLines = (n: number) => v1.SettleRequest.encode({ lines: Array.from({ length: n }, () => ({})) }).finish();

  it('an unsigned or mis-signed large body is refused before it is decoded', async () => {
    const body = emptyLines(60_000); // ~120 KB of empty lines (the attack: ~25 ms of decoding each)
    expect(body.length).toBeGreaterThan(limits.unsignedBodyBytesMax);
    const post = (headers: Record<string, string>) =>
      fetch(`${t.engine.url}${servicePath}Settle`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/proto', ...headers },
      });
    const unsigned = await post({});
    expect(unsigned.status).toBe(401);
    expect(((await unsigned.json()) as { message: string }).message).toMatch(/names its terminal/);
    const forged = await post({ [macHeader]: '00'.repeat(32), [terminalHeader]: terminal.terminalId });
    expect(((await forged.json()) as { message: string }).message).toMatch(/MAC does not verify/);
    const unknown = await post({ [macHeader]: '00'.repeat(32), [terminalHeader]: 'NO-SUCH-TERMINAL' });
    expect(((await unknown.json()) as { message: string }).message).toMatch(/terminal unknown/);
  });

  it('a large signed bill naming its terminal is decoded and settled as before', async () => {
    const signNo = await signIn(t.engine.url, terminal);
    const card = t.samples.cards.find((c) => c.scenario === 'issued')!;
    const code = t.samples.catalogue.find((c) => c.class === 1)!.code;
    const lines = Array.from({ length: 1_500 }, (_, i) => ({
      lineNo: i + 1,
      catalogueCode: code,
      quantityMilli: 1_000,
      unitPriceFen: 10,
      amountFen: 10,
    }));
    const request = {
      header: header(terminal, signNo, 8_001),
      credential: { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
      medicalType: 11,
      totalFen: 15_000,
      lines,
    };
    expect(v1.SettleRequest.encode(request).finish().length).toBeGreaterThan(limits.unsignedBodyBytesMax);
    const result = await call<ssc.v1.SettleReply>(t.engine.url, 'Settle', request); // sends x-ssc-terminal-id
    expect(result.reply?.outcome?.reason).toBe('00');
  });

  it('over TCP, a connection decodes nothing large before it has authenticated', async () => {
    const client = await TcpClient.connect({ host: '127.0.0.1', port: t.engine.tcpPort });
    const card = t.samples.cards.find((c) => c.scenario === 'issued')!;
    const big = {
      header: header(terminal, 'x', 8_101),
      credential: { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
      medicalType: 11,
      totalFen: 0,
      lines: Array.from({ length: 3_000 }, () => ({ catalogueCode: 'X' })),
    };
    await expect(client.call('PreSettle', big)).rejects.toThrow(/authenticate this connection first/);
    const signedIn = await client.call<ssc.v1.SignInReply>('SignIn', { header: header(terminal, '', 8_102) });
    expect(signedIn.outcome?.reason).toBe('00');
    const after = await client.call<ssc.v1.SettleReply>('PreSettle', {
      ...big,
      header: header(terminal, signedIn.signNo, 8_103),
    });
    expect(after.outcome?.reason).toBe('V01'); // decoded and decided now (catalogue lines without amounts)
    await client.close();
  });
});

describe('replies nobody reads', () => {
  it('admin reply bytes not yet taken are bounded; one reply always passes; the bound frees as they are taken', async () => {
    const budget = new ReplyBudget(1_000);
    expect(budget.admit(5_000)).toBe(true); // alone: passes however large
    expect(budget.admit(10)).toBe(false); // the slow reader holds it: the next waits (503)
    budget.release(5_000);
    expect(budget.admit(600)).toBe(true);
    expect(budget.admit(300)).toBe(true);
    expect(budget.admit(200)).toBe(false);
    budget.release(600);
    expect(budget.admit(200)).toBe(true);
    expect(budget.pending).toBe(500);
    // Wired to every admin reply: with a 1 MB bound the large pages of a reading client still pass.
    const admin = new AdminClient(t.engine.url);
    expect((await admin.login('admin', 'pre-auth-admin-secret')).status).toBe(200);
    expect(
      (await admin.post('/admin/staff', { staffId: 'pa-aud', role: 'auditor', secret: 'pre-auth-staff-secret' }))
        .status,
    ).toBe(201);
    const auditor = new AdminClient(t.engine.url);
    expect((await auditor.login('pa-aud', 'pre-auth-staff-secret')).status).toBe(200);
    // Each page is taken by its reader and frees the bound: twenty in a row all pass.
    for (let i = 0; i < 20; i++) expect((await auditor.get('/admin/changes?limit=10000')).status).toBe(200);
  });
});
