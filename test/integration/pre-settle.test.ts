// PreSettle (2101 / 2206) through the real server: the full split against the store, nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Codec, call, header, signIn } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';

let t: TestEngine;
beforeAll(async () => {
  t = await startTestEngine({ SSC_DEMO_CARDS: '1000' });
});
afterAll(async () => {
  await t.stop();
});

function bill(codes: string[]): { lines: ssc.v1.ILineItem[]; totalFen: number } {
  const lines = codes.map((code, i) => ({
    lineNo: i + 1,
    catalogueCode: code,
    quantityMilli: 2_000,
    unitPriceFen: 12_345 + i * 1_000,
    amountFen: 2 * (12_345 + i * 1_000),
  }));
  return { lines, totalFen: lines.reduce((sum, l) => sum + l.amountFen, 0) };
}

async function preSettle(
  role: string,
  scenario: string,
  medicalType: number,
  codes: string[],
  codec: Codec = 'proto',
  patch: Record<string, unknown> = {},
) {
  const terminal = t.terminal(role);
  const signNo = await signIn(t.engine.url, terminal, codec);
  const card = t.samples.cards.find((c) => c.scenario === scenario)!;
  const request = {
    header: header(terminal, signNo, 7),
    credential: { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
    medicalType,
    useAccount: true,
    ...bill(codes),
    ...patch,
  };
  const result = await call<ssc.v1.SettleReply>(t.engine.url, 'PreSettle', request, codec);
  expect(result.httpStatus).toBe(200);
  return result.reply!;
}

function codesOf(itemClass: number, count: number): string[] {
  return t.samples.catalogue
    .filter((c) => c.class === itemClass)
    .slice(0, count)
    .map((c) => c.code);
}

describe('PreSettle over HTTP', () => {
  for (const codec of ['proto', 'json'] as Codec[]) {
    it(`splits an inpatient bill to the fen (${codec})`, async () => {
      const codes = [...codesOf(1, 3), ...codesOf(2, 3), ...codesOf(3, 2), 'UNKNOWN01'];
      const reply = await preSettle('ningboHospitalL3', 'issued', 21, codes, codec);
      expect(reply.outcome?.reason).toBe('00');
      const s = reply.split!;
      const n = (v: unknown): number => Number(v ?? 0);
      expect(n(s.totalFen)).toBe(bill(codes).totalFen);
      expect(n(s.totalFen)).toBe(n(s.selfPayFen) + n(s.overCapFen) + n(s.classBFirstFen) + n(s.inPolicyFen));
      expect(n(s.totalFen)).toBe(n(s.fundTotalFen) + n(s.personPartFen));
      expect(n(s.personPartFen)).toBe(n(s.accountPaidFen) + n(s.cashFen));
      expect(n(s.poolPaidFen)).toBeGreaterThan(0);
      expect(reply.lines).toHaveLength(codes.length);
      expect(reply.lines!.at(-1)?.lineReason).toBe('NOT_IN_CATALOGUE');
      expect(reply.policyVersion).toBe('ningbo-2011-illustrative-1');
      expect(n(reply.accountBalanceAfterFen)).toBe(n(reply.person?.accountBalanceFen) - n(s.accountPaidFen));
      expect(reply.budgetUs).toBe(1500);
    });
  }

  it('a pharmacy purchase is paid by the account or in cash, never by the pool', async () => {
    const reply = await preSettle('ningboPharmacy', 'issued', 41, codesOf(1, 2));
    expect(reply.outcome?.reason).toBe('00');
    expect(Number(reply.split?.fundTotalFen ?? 0)).toBe(0);
  });

  it('declines with the card reason, I03 for inpatient at a pharmacy, V02 when amounts do not add up, V01 for no lines', async () => {
    expect((await preSettle('ningboHospitalL3', 'formallyLost', 21, codesOf(1, 1))).outcome?.reason).toBe('C03');
    expect((await preSettle('ningboPharmacy', 'issued', 21, codesOf(1, 1))).outcome?.reason).toBe('I03');
    const mismatch = await preSettle('ningboHospitalL3', 'issued', 11, codesOf(1, 2), 'proto', { totalFen: 1 });
    expect(mismatch.outcome?.reason).toBe('V02');
    expect(mismatch.outcome?.field).toBe('total_fen');
    const empty = await preSettle('ningboHospitalL3', 'issued', 11, [], 'proto');
    expect(empty.outcome?.reason).toBe('V01');
    expect(empty.outcome?.field).toBe('lines');
  });
});
