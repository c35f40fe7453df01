// Visits through the protobuf API (HTTP, protobuf and JSON): the same operations the national
// envelope translates to. Retries by msg_id, conflicts, bounds, the open-visit bound per person,
// and pre-settlement of a visit on a worker thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../engine/core/limits.js';
import type { SampleCard } from '../../engine/demo/demo.js';
import { type Codec, call, header, signIn, type TerminalIdentity } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';

let t: TestEngine;
let hospital: TerminalIdentity;
let signNo = '';
let sequence = 1;

beforeAll(async () => {
  t = await startTestEngine({ SSC_DEMO_CARDS: '600' });
  hospital = t.terminal('ningboHospitalL3');
  signNo = await signIn(t.engine.url, hospital);
});
afterAll(async () => {
  await t.stop();
});

function card(scenario: string, index = 0): SampleCard {
  return t.samples.cards.filter((c) => c.scenario === scenario)[index]!;
}
const credentialOf = (c: SampleCard): ssc.v1.ICredential => ({
  type: c.credentialType,
  cardNo: c.cardNo,
  cardSn: c.cardSn,
  idNo: c.idNo,
});
const code = (): string => t.samples.catalogue.find((c) => c.class === 1)!.code;

async function send<T>(method: string, body: object, codec: Codec = 'proto') {
  const r = await call<T & { outcome: ssc.v1.IOutcome }>(t.engine.url, method, body, codec);
  expect(r.httpStatus).toBe(200);
  return r.reply!;
}

async function open(c: SampleCard, codec: Codec = 'proto'): Promise<string> {
  const reply = await send<ssc.v1.VisitReply>(
    'OpenVisit',
    { header: header(hospital, signNo, sequence++), credential: credentialOf(c), medicalType: 11 },
    codec,
  );
  expect(reply.outcome.reason).toBe('00');
  return reply.visitId;
}

describe('visits over the protobuf API', () => {
  it('a retry of an opening returns the same visit (T01); other content under its msg_id is T04', async () => {
    const body = {
      header: header(hospital, signNo, sequence++),
      credential: credentialOf(card('issued', 0)),
      medicalType: 11,
    };
    const first = await send<ssc.v1.VisitReply>('OpenVisit', body);
    expect(first.outcome.reason).toBe('00');
    expect(first.person?.idNoMasked).toContain('*');
    // The engine's person number for the holder: the visit keeps it, the same Inquire gives.
    expect(first.personNo).toMatch(/^P[0-9A-F]{16}$/);
    expect(first.person?.personNo).toBe(first.personNo);
    const retry = await send<ssc.v1.VisitReply>('OpenVisit', body);
    expect(retry.outcome.reason).toBe('T01');
    expect(retry.visitId).toBe(first.visitId);
    const conflict = await send<ssc.v1.VisitReply>('OpenVisit', { ...body, medicalType: 13 });
    expect(conflict.outcome.reason).toBe('T04');
  });

  it('a lost card opens no visit (C03); a pharmacy opens no inpatient stay (I03)', async () => {
    const lost = await send<ssc.v1.VisitReply>('OpenVisit', {
      header: header(hospital, signNo, sequence++),
      credential: credentialOf(card('formallyLost')),
      medicalType: 11,
    });
    expect(lost.outcome.reason).toBe('C03');
    expect(lost.visitId).toBe('');
    const pharmacy = t.terminal('ningboPharmacy');
    const pharmacySignNo = await signIn(t.engine.url, pharmacy);
    const inpatient = await send<ssc.v1.VisitReply>('OpenVisit', {
      header: header(pharmacy, pharmacySignNo, sequence++),
      credential: credentialOf(card('issued', 1)),
      medicalType: 21,
    });
    expect(inpatient.outcome.reason).toBe('I03');
  });

  it('uploads (JSON), pre-settles on a worker, settles, and a retried upload or settle changes nothing', async () => {
    const visitId = await open(card('issued', 2), 'json');
    const lines = [1, 2, 3].map((i) => ({
      sn: `${i}`,
      catalogueCode: code(),
      quantityMilli: 1_000,
      unitPriceFen: 1_000 * i,
      amountFen: 1_000 * i,
    }));
    const uploadBody = { header: header(hospital, signNo, sequence++), visitId, lines };
    const uploaded = await send<ssc.v1.UploadFeesReply>('UploadFees', uploadBody, 'json');
    expect(uploaded.outcome.reason).toBe('00');
    expect([uploaded.lineCount, Number(uploaded.totalFen)]).toEqual([3, 6_000]);
    expect(uploaded.lines.map((l) => l.sn)).toEqual(['1', '2', '3']);
    const retried = await send<ssc.v1.UploadFeesReply>('UploadFees', uploadBody);
    expect(retried.outcome.reason).toBe('T01');
    expect(retried.lineCount).toBe(3);

    const bill = { visitId, useAccount: true, totalFen: 6_000 };
    const pre = await send<ssc.v1.SettleReply>('PreSettle', { header: header(hospital, signNo, sequence++), ...bill });
    expect(pre.outcome.reason).toBe('00');
    expect(pre.visitId).toBe(visitId);
    const settleBody = { header: header(hospital, signNo, sequence++), ...bill };
    const settled = await send<ssc.v1.SettleReply>('Settle', settleBody);
    expect(settled.outcome.reason).toBe('00');
    expect(settled.split).toEqual(pre.split);
    expect(settled.visitId).toBe(visitId);
    const again = await send<ssc.v1.SettleReply>('Settle', settleBody);
    expect(again.outcome.reason).toBe('T01');
    expect(again.settlementId).toBe(settled.settlementId);
    const second = await send<ssc.v1.SettleReply>('Settle', { header: header(hospital, signNo, sequence++), ...bill });
    expect(second.outcome.reason).toBe('M02');
    // Lines on the request of a visit's bill are refused (the visit's lines are the bill).
    const mixed = await call(t.engine.url, 'Settle', {
      header: header(hospital, signNo, sequence++),
      ...bill,
      lines: [{ lineNo: 1, catalogueCode: code(), quantityMilli: 1_000, unitPriceFen: 1, amountFen: 1 }],
    });
    expect(mixed.httpStatus).toBe(200);
    expect((mixed.reply as ssc.v1.SettleReply).outcome?.field).toBe('lines');
  });

  it(`allows ${limits.openVisitsPerPersonMax} open visits per person (M03 past it), freed by a cancel`, async () => {
    const c = card('replacedNewCard', 0);
    const ids: string[] = [];
    for (let i = 0; i < limits.openVisitsPerPersonMax; i++) ids.push(await open(c));
    const over = await send<ssc.v1.VisitReply>('OpenVisit', {
      header: header(hospital, signNo, sequence++),
      credential: credentialOf(c),
      medicalType: 11,
    });
    expect(over.outcome.reason).toBe('M03');
    const cancelled = await send<ssc.v1.VisitReply>('CancelVisit', {
      header: header(hospital, signNo, sequence++),
      visitId: ids[0],
    });
    expect(cancelled.outcome.reason).toBe('00');
    expect(cancelled.state).toBe(3);
    expect(await open(c)).toMatch(/^M\d{12}$/);
  });

  it('visit operations refuse malformed fields with V01 naming them', async () => {
    const h = () => header(hospital, signNo, sequence++);
    const cases: [string, object, string][] = [
      ['UploadFees', { header: h(), visitId: 'X1', lines: [] }, 'visit_id'],
      ['UploadFees', { header: h(), visitId: 'M000000000001', lines: [] }, 'lines'],
      [
        'UploadFees',
        {
          header: h(),
          visitId: 'M000000000001',
          lines: [
            { sn: 'a', catalogueCode: code(), quantityMilli: 1_000, unitPriceFen: 1, amountFen: 1 },
            { sn: 'a', catalogueCode: code(), quantityMilli: 1_000, unitPriceFen: 1, amountFen: 1 },
          ],
        },
        'lines[1].sn',
      ],
      ['WithdrawFees', { header: h(), visitId: 'M000000000001' }, 'sns'],
      ['WithdrawFees', { header: h(), visitId: 'M000000000001', all: true, batchNo: 'B' }, 'sns'],
      ['OpenVisit', { header: h(), credential: credentialOf(card('issued', 1)), medicalType: 99 }, 'medical_type'],
      ['UpdateVisit', { header: h(), visitId: 'M000000000001', personNo: 'x'.repeat(31) }, 'person_no'],
    ];
    for (const [method, body, field] of cases) {
      const r = await call<{ outcome: ssc.v1.IOutcome }>(t.engine.url, method, body);
      expect(r.reply?.outcome?.field, `${method} ${field}`).toBe(field);
      expect(r.reply?.outcome?.reason).toBe('V01');
    }
  });
});
