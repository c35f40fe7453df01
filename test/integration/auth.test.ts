// Terminal authentication: every request carries a MAC over its exact bytes (HTTP header, TCP
// frame) with the terminal's key (HMAC-SHA256 or HMAC-SM3) and a request time inside the clock
// window. Wrong MAC, stale time, missing MAC, a replay with another MAC, a forged or disabled
// terminal: each refused, and nothing changes. Key rotation: current and next key both verify.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNextTerminalKey, promoteNextTerminalKey } from '../../engine/auth/terminal-admin.js';
import { header, makeMsgId, type TerminalIdentity } from '../../protocol/client.js';
import { encodeFrame, FrameType } from '../../protocol/frame.js';
import {
  demoTerminalKey,
  MacAlgorithm,
  macForTerminal,
  macHeader,
  macOf,
  registerTerminalKey,
} from '../../protocol/mac.js';
import { type ssc, v1 } from '../../protocol/pb.js';
import { TcpCallError, TcpClient } from '../../protocol/tcp-client.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';

let t: TestEngine;
let terminal: TerminalIdentity;
let signNo: string;
let sequence = 1;

beforeAll(async () => {
  t = await startTestEngine({ SSC_DEMO_CARDS: '500', SSC_CLOCK_WINDOW_S: '60' });
  terminal = t.terminal('ningboHospitalL3');
  const result = await post('SignIn', v1.SignInRequest.encode({ header: header(terminal, '', sequence++) }).finish());
  signNo = v1.SignInReply.decode(result.bytes).signNo;
});
afterAll(async () => {
  await t.stop();
});

async function post(method: string, body: Uint8Array, mac?: Uint8Array | string) {
  const headers: Record<string, string> = { 'content-type': 'application/proto' };
  const signature = mac ?? macForTerminal(terminal.terminalId, body);
  if (typeof signature === 'string') headers[macHeader] = signature;
  else if (signature.length > 0) headers[macHeader] = Buffer.from(signature).toString('hex');
  const response = await fetch(`${t.engine.url}/ssc.v1.TransactionService/${method}`, {
    method: 'POST',
    headers,
    body,
  });
  return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()) };
}

function inquire(overrides: Partial<ssc.v1.IRequestHeader> = {}): Uint8Array {
  const c = t.samples.cards.find((card) => card.scenario === 'issued')!;
  return v1.InquireRequest.encode({
    header: { ...header(terminal, signNo, sequence++), ...overrides },
    credential: { type: 3, cardNo: c.cardNo, cardSn: c.cardSn, idNo: c.idNo },
  }).finish();
}

function settleBody(priceFen: number): Uint8Array {
  const c = t.samples.cards.find((card) => card.scenario === 'issued')!;
  const item = t.samples.catalogue.find((i) => i.class === 1)!;
  return v1.SettleRequest.encode({
    header: header(terminal, signNo, sequence++),
    credential: { type: 3, cardNo: c.cardNo, cardSn: c.cardSn, idNo: c.idNo },
    medicalType: 11,
    useAccount: true,
    totalFen: priceFen,
    lines: [{ lineNo: 1, catalogueCode: item.code, quantityMilli: 1_000, unitPriceFen: priceFen, amountFen: priceFen }],
  }).finish();
}

const errorOf = (bytes: Uint8Array) =>
  JSON.parse(Buffer.from(bytes).toString()) as { code: string; sscCode: string; message: string };

describe('terminal authentication', () => {
  it('accepts a correctly signed request on every path (worker, session writer, ledger)', async () => {
    expect((await post('Inquire', inquire())).status).toBe(200);
    const settled = await post('Settle', settleBody(500));
    expect(settled.status).toBe(200);
    expect(v1.SettleReply.decode(settled.bytes).outcome?.reason).toBe('00');
  });

  it('refuses a missing, malformed or wrong MAC with 401 SSC_UNAUTHENTICATED', async () => {
    for (const mac of [new Uint8Array(0), 'zz', Buffer.alloc(32, 7)]) {
      const result = await post('Inquire', inquire(), mac);
      expect(result.status).toBe(401);
      expect(errorOf(result.bytes)).toMatchObject({ code: 'unauthenticated', sscCode: 'SSC_UNAUTHENTICATED' });
    }
    // Signed with another terminal's key.
    const other = t.terminal('ningboHospitalL2');
    const body = inquire();
    const foreign = await post('Inquire', body, macForTerminal(other.terminalId, body));
    expect(foreign.status).toBe(401);
  });

  it('refuses a request time outside the clock window', async () => {
    const stale = await post('Inquire', inquire({ requestTimeMs: Date.now() - 10 * 60_000 }));
    expect(stale.status).toBe(401);
    expect(errorOf(stale.bytes).message).toContain('clock window');
    const future = await post('Inquire', inquire({ requestTimeMs: Date.now() + 10 * 60_000 }));
    expect(future.status).toBe(401);
  });

  it('a refused settlement changes nothing; a replay with another MAC is refused', async () => {
    const before = t.engine.ledger.sequence;
    const body = settleBody(777);
    expect((await post('Settle', body, Buffer.alloc(32, 1))).status).toBe(401);
    expect(t.engine.ledger.sequence).toBe(before);
    const ok = await post('Settle', body);
    expect(v1.SettleReply.decode(ok.bytes).outcome?.reason).toBe('00');
    expect(t.engine.ledger.sequence).toBe(before + 1);
    // The same bytes replayed with a different MAC: refused before the ledger sees them.
    expect((await post('Settle', body, Buffer.alloc(32, 2))).status).toBe(401);
    expect(t.engine.ledger.sequence).toBe(before + 1);
  });

  it('forged, disabled or misattributed terminals are declined I02, with or without a MAC', async () => {
    for (const overrides of [
      { terminalId: 'FORGED01' },
      { terminalId: t.terminal('disabledTerminal').terminalId },
      {
        institutionCode: t.terminal('ningboHospitalL2').institutionCode,
        msgId: makeMsgId(t.terminal('ningboHospitalL2').institutionCode, Date.now(), sequence++),
      },
    ]) {
      const body = inquire(overrides);
      const result = await post('Inquire', body);
      expect(result.status).toBe(200);
      expect(v1.InquireReply.decode(result.bytes).outcome?.reason).toBe('I02');
    }
  });

  it('checks the MAC on TCP frames too', async () => {
    const client = await TcpClient.connect({ host: '127.0.0.1', port: t.engine.tcpPort });
    const body = inquire();
    const bad = client.send(FrameType.Request, 1101, body, Buffer.alloc(32, 3));
    await expect(bad).rejects.toSatisfy(
      (e: unknown) => e instanceof TcpCallError && e.sscCode === 'SSC_UNAUTHENTICATED',
    );
    const good = await client.send(FrameType.Request, 1101, body, macForTerminal(terminal.terminalId, body));
    expect(v1.InquireReply.decode(good.payload).outcome?.reason).toBe('00');
    expect(encodeFrame(FrameType.Ping, 0, 1, Buffer.alloc(0)).length).toBe(12);
    await client.close();
  });

  it('verifies HMAC-SM3 for terminals registered with it (pharmacy POS)', async () => {
    const pharmacy = t.terminal('ningboPharmacy');
    expect(pharmacy.macAlgorithm).toBe(MacAlgorithm.HmacSm3);
    const body = v1.SignInRequest.encode({ header: header(pharmacy, '', sequence++) }).finish();
    const key = demoTerminalKey(t.masterKey, pharmacy.terminalId);
    const sha = await post('SignIn', body, macOf(MacAlgorithm.HmacSha256, key, body));
    expect(sha.status).toBe(401);
    const sm3 = await post('SignIn', body, macOf(MacAlgorithm.HmacSm3, key, body));
    expect(sm3.status).toBe(200);
  });

  it('rotates keys: the next key verifies alongside the current one, then replaces it', async () => {
    const oldKey = demoTerminalKey(t.masterKey, terminal.terminalId);
    const newKey = randomBytes(32);
    await addNextTerminalKey(t.engine.store, t.masterKey, terminal.terminalId, newKey);
    const body1 = inquire();
    expect((await post('Inquire', body1, macOf(MacAlgorithm.HmacSha256, newKey, body1))).status).toBe(200);
    const body2 = inquire();
    expect((await post('Inquire', body2, macOf(MacAlgorithm.HmacSha256, oldKey, body2))).status).toBe(200);
    await promoteNextTerminalKey(t.engine.store, terminal.terminalId);
    const body3 = inquire();
    expect((await post('Inquire', body3, macOf(MacAlgorithm.HmacSha256, oldKey, body3))).status).toBe(401);
    const body4 = inquire();
    expect((await post('Inquire', body4, macOf(MacAlgorithm.HmacSha256, newKey, body4))).status).toBe(200);
    registerTerminalKey(terminal.terminalId, newKey, MacAlgorithm.HmacSha256);
  });

  it('counts every refusal by code (GET /stats)', async () => {
    const stats = (await (await fetch(`${t.engine.url}/stats`)).json()) as { refusals: Record<string, number> };
    expect(stats.refusals['SSC_UNAUTHENTICATED']).toBeGreaterThanOrEqual(9);
  });
});
