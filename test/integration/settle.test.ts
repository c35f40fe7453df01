// Settle, CancelSettlement, Reverse and ReconcileTotals through the real server and the real
// ledger (LMDB in a temp folder): durable answers, retries, conflicts, the timeout race, no overdraft.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SampleCard } from '../../engine/demo/demo.js';
import { type Codec, call, header, signIn, type TerminalIdentity } from '../../protocol/client.js';
import { macForTerminal, macHeader } from '../../protocol/mac.js';
import { type ssc, v1 } from '../../protocol/pb.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';

let t: TestEngine;
let hospital: TerminalIdentity;
let hospitalSignNo: string;
let other: TerminalIdentity;
let otherSignNo: string;
let sequence = 100;

beforeAll(async () => {
  t = await startTestEngine({ SSC_DEMO_CARDS: '1000' });
  hospital = t.terminal('ningboHospitalL3');
  hospitalSignNo = await signIn(t.engine.url, hospital);
  other = t.terminal('ningboHospitalL2');
  otherSignNo = await signIn(t.engine.url, other);
});
afterAll(async () => {
  await t.stop();
});

const n = (v: unknown): number => Number(v ?? 0);

function card(scenario: string, index = 0): SampleCard {
  return t.samples.cards.filter((c) => c.scenario === scenario)[index]!;
}

function credentialOf(c: SampleCard): ssc.v1.ICredential {
  return { type: c.credentialType, cardNo: c.cardNo, cardSn: c.cardSn, idNo: c.idNo };
}

function codesOf(itemClass: number, count: number): string[] {
  return t.samples.catalogue
    .filter((c) => c.class === itemClass)
    .slice(0, count)
    .map((c) => c.code);
}

function bill(unitPriceFen: number): { lines: ssc.v1.ILineItem[]; totalFen: number } {
  const codes = [...codesOf(1, 2), ...codesOf(2, 1)];
  const lines = codes.map((code, i) => ({
    lineNo: i + 1,
    catalogueCode: code,
    quantityMilli: 1_000,
    unitPriceFen: unitPriceFen + i,
    amountFen: unitPriceFen + i,
  }));
  return { lines, totalFen: lines.reduce((sum, l) => sum + l.amountFen, 0) };
}

function settleRequest(c: SampleCard, unitPriceFen: number, terminal = hospital, signNo = hospitalSignNo) {
  return {
    header: header(terminal, signNo, sequence++),
    credential: credentialOf(c),
    medicalType: 11,
    useAccount: true,
    ...bill(unitPriceFen),
  };
}

async function settle(request: object, codec: Codec = 'proto'): Promise<ssc.v1.SettleReply> {
  const result = await call<ssc.v1.SettleReply>(t.engine.url, 'Settle', request, codec);
  expect(result.httpStatus).toBe(200);
  return result.reply!;
}

async function balanceOf(c: SampleCard): Promise<number> {
  const result = await call<ssc.v1.InquireReply>(t.engine.url, 'Inquire', {
    header: header(hospital, hospitalSignNo, sequence++),
    credential: credentialOf(c),
  });
  expect(result.reply?.outcome?.reason).toBe('00');
  return n(result.reply?.person?.accountBalanceFen);
}

async function cancel(settlementId: string, terminal = hospital, signNo = hospitalSignNo) {
  const result = await call<ssc.v1.CancelSettlementReply>(t.engine.url, 'CancelSettlement', {
    header: header(terminal, signNo, sequence++),
    settlementId,
  });
  expect(result.httpStatus).toBe(200);
  return result.reply!;
}

async function reverse(
  originalMsgId: string,
  originalOperation: number,
  msgHeader = header(hospital, hospitalSignNo, sequence++),
) {
  const result = await call<ssc.v1.ReverseReply>(t.engine.url, 'Reverse', {
    header: msgHeader,
    originalMsgId,
    originalOperation,
  });
  expect(result.httpStatus).toBe(200);
  return result.reply!;
}

describe('Settle', () => {
  for (const codec of ['proto', 'json'] as Codec[]) {
    it(`commits the split durably and moves the account (${codec})`, async () => {
      const c = card('issued', 0);
      const before = await balanceOf(c);
      const reply = await settle(settleRequest(c, 1_234), codec);
      expect(reply.outcome?.reason).toBe('00');
      expect(reply.settlementId).toMatch(/^S\d{12}$/);
      const s = reply.split!;
      expect(n(s.totalFen)).toBe(n(s.fundTotalFen) + n(s.accountPaidFen) + n(s.cashFen));
      expect(n(reply.accountBalanceAfterFen)).toBe(before - n(s.accountPaidFen));
      expect(reply.accumulatorsAfter?.medicalYear).toBeGreaterThan(2000);
      expect(n(reply.timings?.commitUs)).toBeGreaterThan(0);
      expect(reply.budgetUs).toBe(10_000);
      expect(await balanceOf(c)).toBe(before - n(s.accountPaidFen));
    });
  }

  it('answers a retry with the original reply marked duplicate, in either format', async () => {
    const c = card('issued', 1);
    const request = settleRequest(c, 2_000);
    const first = await settle(request);
    const balance = await balanceOf(c);
    const again = await settle(request);
    expect(again.outcome?.reason).toBe('T01');
    expect(again.outcome?.duplicate).toBe(true);
    expect(again.outcome?.result).toBe(1);
    expect(again.settlementId).toBe(first.settlementId);
    expect(again.split).toEqual(first.split);
    const asJson = await settle(request, 'json');
    expect(asJson.outcome?.reason).toBe('T01');
    expect(asJson.settlementId).toBe(first.settlementId);
    expect(await balanceOf(c)).toBe(balance);
  });

  it('refuses the same msg id with different content (T04) and changes nothing', async () => {
    const c = card('issued', 1);
    const request = settleRequest(c, 2_500);
    await settle(request);
    const balance = await balanceOf(c);
    const changed = await settle({ ...request, ...bill(2_600) });
    expect(changed.outcome?.reason).toBe('T04');
    expect(changed.settlementId ?? '').toBe('');
    expect(await balanceOf(c)).toBe(balance);
  });

  it('declines without writing (lost card) and an unknown terminal learns nothing', async () => {
    const lost = await settle(settleRequest(card('formallyLost'), 1_000));
    expect(lost.outcome?.reason).toBe('C03');
    expect(lost.settlementId ?? '').toBe('');
    const forged = settleRequest(card('issued'), 1_000);
    forged.header = { ...forged.header, terminalId: 'FORGED01' };
    expect((await settle(forged)).outcome?.reason).toBe('I02');
  });

  it('never overdraws one person under concurrent settlements', async () => {
    const c = card('issued', 2);
    const opening = await balanceOf(c);
    // Each bill alone fits the balance; together they are far more than it.
    const price = Math.max(1_000, Math.floor(opening / 4));
    const replies = await Promise.all(Array.from({ length: 24 }, () => settle(settleRequest(c, price))));
    let paid = 0;
    for (const reply of replies) {
      // Approved; once this person's annual pool cap is reached, approved with L01.
      expect(['00', 'L01']).toContain(reply.outcome?.reason);
      expect(reply.outcome?.result).toBe(1);
      paid += n(reply.split?.accountPaidFen);
      expect(n(reply.accountBalanceAfterFen)).toBeGreaterThanOrEqual(0);
    }
    expect(paid).toBeLessThanOrEqual(opening);
    const ids = new Set(replies.map((r) => r.settlementId));
    expect(ids.size).toBe(replies.length);
    expect(await balanceOf(c)).toBe(opening - paid);
  });
});

describe('CancelSettlement', () => {
  it('restores the account exactly; a second cancel is T03', async () => {
    const c = card('issued', 0);
    const before = await balanceOf(c);
    const settled = await settle(settleRequest(c, 3_333));
    const cancelled = await cancel(settled.settlementId);
    expect(cancelled.outcome?.reason).toBe('00');
    expect(cancelled.reversedSplit).toEqual(settled.split);
    expect(n(cancelled.accountBalanceAfterFen)).toBe(before);
    expect(await balanceOf(c)).toBe(before);
    expect((await cancel(settled.settlementId)).outcome?.reason).toBe('T03');
  });

  it('unknown ids and other institutions get T02; a malformed id gets V01', async () => {
    expect((await cancel('S999999999999')).outcome?.reason).toBe('T02');
    const settled = await settle(settleRequest(card('issued', 0), 1_111));
    expect((await cancel(settled.settlementId, other, otherSignNo)).outcome?.reason).toBe('T02');
    const bad = await cancel('not-an-id');
    expect(bad.outcome?.reason).toBe('V01');
    expect(bad.outcome?.field).toBe('settlement_id');
  });
});

describe('Reverse', () => {
  it('undoes an applied settlement; the original retried is then T03', async () => {
    const c = card('issued', 0);
    const before = await balanceOf(c);
    const request = settleRequest(c, 4_444);
    const settled = await settle(request);
    const reversal = await reverse(request.header.msgId!, 1);
    expect(reversal.outcome?.reason).toBe('00');
    expect(reversal.undone).toBe(true);
    expect(reversal.settlementId).toBe(settled.settlementId);
    expect(await balanceOf(c)).toBe(before);
    expect((await settle(request)).outcome?.reason).toBe('T03');
    expect((await cancel(settled.settlementId)).outcome?.reason).toBe('T03');
  });

  it('recorded before the original arrives, it makes the late original T03; its retry is T01', async () => {
    const c = card('issued', 0);
    const before = await balanceOf(c);
    const request = settleRequest(c, 5_555);
    const reversalHeader = header(hospital, hospitalSignNo, sequence++);
    const reversal = await reverse(request.header.msgId!, 1, reversalHeader);
    expect(reversal.outcome?.reason).toBe('00');
    expect(reversal.undone).toBe(false);
    const late = await settle(request);
    expect(late.outcome?.reason).toBe('T03');
    expect(await balanceOf(c)).toBe(before);
    const retry = await reverse(request.header.msgId!, 1, reversalHeader);
    expect(retry.outcome?.reason).toBe('T01');
    expect(retry.outcome?.duplicate).toBe(true);
    expect(retry.undone).toBe(false);
  });

  it('reversing a cancel puts the settlement back', async () => {
    const c = card('issued', 1);
    const before = await balanceOf(c);
    const settled = await settle(settleRequest(c, 1_500));
    const cancelHeader = header(hospital, hospitalSignNo, sequence++);
    const cancelled = await call<ssc.v1.CancelSettlementReply>(t.engine.url, 'CancelSettlement', {
      header: cancelHeader,
      settlementId: settled.settlementId,
    });
    expect(cancelled.reply?.outcome?.reason).toBe('00');
    const reversal = await reverse(cancelHeader.msgId!, 2);
    expect(reversal.outcome?.reason).toBe('00');
    expect(reversal.undone).toBe(true);
    expect(await balanceOf(c)).toBe(before - n(settled.split?.accountPaidFen));
    // The settlement is live again: it can be cancelled once more.
    expect((await cancel(settled.settlementId)).outcome?.reason).toBe('00');
    expect(await balanceOf(c)).toBe(before);
  });

  it('refuses an original of another institution (V01 original_msg_id)', async () => {
    const foreign = header(other, otherSignNo, sequence++).msgId!;
    const reply = await reverse(foreign, 1);
    expect(reply.outcome?.reason).toBe('V01');
    expect(reply.outcome?.field).toBe('original_msg_id');
  });
});

describe('ReconcileTotals', () => {
  it('matches the engine figures for the day and names the differences', async () => {
    const dayMs = 86_400_000;
    const from = Math.floor((Date.now() + 8 * 3_600_000) / dayMs) * dayMs - 8 * 3_600_000;
    const terminal = t.terminal('ningboClinic');
    const signNo = await signIn(t.engine.url, terminal);
    const c = card('issued', 0);
    const replies: ssc.v1.SettleReply[] = [];
    for (let i = 0; i < 3; i++) replies.push(await settle(settleRequest(c, 800 + i, terminal, signNo)));
    await cancel(replies[0]!.settlementId, terminal, signNo);
    const live = replies.slice(1);
    const sum = (pick: (s: ssc.v1.ISplit) => unknown): number => live.reduce((a, r) => a + n(pick(r.split!)), 0);
    const insuranceType = replies[0]!.person?.insuranceType;
    const request = {
      header: header(terminal, signNo, sequence++),
      insuranceType,
      clearingType: 11,
      periodFromMs: from,
      periodToMs: from + dayMs,
      settlementCount: 2,
      totalFen: sum((s) => s.totalFen),
      fundFen: sum((s) => s.fundTotalFen),
      accountFen: sum((s) => s.accountPaidFen),
      cashFen: sum((s) => s.cashFen),
    };
    const ok = await call<ssc.v1.ReconcileTotalsReply>(t.engine.url, 'ReconcileTotals', request);
    expect(ok.reply?.outcome?.reason).toBe('00');
    expect(ok.reply?.matched).toBe(true);
    expect(ok.reply?.settledCount).toBe(3);
    expect(ok.reply?.cancelledCount).toBe(1);
    const off = await call<ssc.v1.ReconcileTotalsReply>(t.engine.url, 'ReconcileTotals', {
      ...request,
      header: header(terminal, signNo, sequence++),
      cashFen: request.cashFen + 1,
    });
    expect(off.reply?.matched).toBe(false);
    expect(off.reply?.mismatched).toEqual(['cash_fen']);
    expect(n(off.reply?.cashFen)).toBe(request.cashFen);
    const notWholeDays = await call<ssc.v1.ReconcileTotalsReply>(t.engine.url, 'ReconcileTotals', {
      ...request,
      periodToMs: from + 3_600_000,
    });
    expect(notWholeDays.reply?.outcome?.field).toBe('period_to_ms');
  });
});

describe('ListSettlements (3202, Connect server streaming)', () => {
  const dayMs = 86_400_000;
  const today = (): number => Math.floor((Date.now() + 8 * 3_600_000) / dayMs) * dayMs - 8 * 3_600_000;

  async function list(request: object, contentType = 'application/connect+proto') {
    const bytes = v1.ListSettlementsRequest.encode(request).finish();
    const body = Buffer.concat([Buffer.from([0, 0, 0, 0, 0]), Buffer.from(bytes)]);
    body.writeUInt32BE(bytes.length, 1);
    const mac = macForTerminal((request as { header?: { terminalId?: string } }).header?.terminalId, bytes);
    const response = await fetch(`${t.engine.url}/ssc.v1.TransactionService/ListSettlements`, {
      method: 'POST',
      headers: { 'content-type': contentType, [macHeader]: Buffer.from(mac).toString('hex') },
      body,
    });
    const raw = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200) return { status: response.status, details: [], end: undefined };
    const details: ssc.v1.SettlementDetail[] = [];
    let end: { error?: { code: string }; metadata?: Record<string, string[]> } | undefined;
    for (let pos = 0; pos < raw.length; ) {
      const flags = raw[pos]!;
      const length = raw.readUInt32BE(pos + 1);
      const payload = raw.subarray(pos + 5, pos + 5 + length);
      if (flags === 2) end = JSON.parse(payload.toString('utf8'));
      else details.push(v1.SettlementDetail.decode(payload));
      pos += 5 + length;
    }
    return { status: response.status, details, end };
  }

  it('streams the institution entries of the period with their states, filtered by clearing type', async () => {
    const terminal = t.terminal('ningboPharmacy');
    const signNo = await signIn(t.engine.url, terminal);
    const c = card('issued', 2);
    const bought = await settle({ ...settleRequest(c, 999, terminal, signNo), medicalType: 41 });
    expect(bought.outcome?.reason).toBe('00');
    const all = await list({
      header: header(terminal, signNo, sequence++),
      periodFromMs: today(),
      periodToMs: today() + dayMs,
    });
    expect(all.status).toBe(200);
    expect(all.end?.error).toBeUndefined();
    const entry = all.details.find((d) => d.entryId === bought.settlementId)!;
    expect(entry.state).toBe(1);
    expect(entry.clearingType).toBe(41);
    expect(Number(entry.totalFen)).toBe(n(bought.split?.totalFen));
    // Only this institution's entries.
    expect(all.details.every((d) => d.msgId.startsWith(terminal.institutionCode))).toBe(true);
    const outpatient = await list({
      header: header(terminal, signNo, sequence++),
      clearingType: 11,
      periodFromMs: today(),
      periodToMs: today() + dayMs,
    });
    expect(outpatient.details).toHaveLength(0);
  });

  it('refuses a period over a month (V01 in the stream error) and a unary content type (415)', async () => {
    const long = await list({
      header: header(hospital, hospitalSignNo, sequence++),
      periodFromMs: today() - 40 * dayMs,
      periodToMs: today(),
    });
    expect(long.status).toBe(200);
    expect(long.details).toHaveLength(0);
    expect(long.end?.error?.code).toBe('invalid_argument');
    expect(long.end?.metadata?.['ssc-field']).toEqual(['period_to_ms']);
    const unary = await list({ header: header(hospital, hospitalSignNo, sequence++) }, 'application/proto');
    expect(unary.status).toBe(415);
  });
});
