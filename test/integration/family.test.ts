// Family account sharing (家庭共济) through the real server: the card centre binds a beneficiary to
// a payer (one at a time, or in bulk: maker-checker), a pharmacy settlement larger than the
// beneficiary's own account draws the rest from the
// payer's account in the same write transaction, the national output names it (acct_mulaid_pay),
// a cancel restores both accounts to the fen, a reversed cancel draws both again, a retry returns
// the same split, and a revoked binding is not drawn on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminClient } from '../../engine/cli/admin-client.js';
import type { SampleCard } from '../../engine/demo/demo.js';
import { call, header, signIn, type TerminalIdentity } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';
import { nationalEnvelope, postNational } from '../support/national-envelope.js';

const adminSecret = 'family-admin-secret-1';
let t: TestEngine;
let operator: AdminClient;
let reviewer: AdminClient;
let pharmacy: TerminalIdentity;
let signNo = '';
let sequence = 1;
let beneficiary: SampleCard;
let payer: SampleCard;

beforeAll(async () => {
  t = await startTestEngine({ SSC_DEMO_CARDS: '400', SSC_ADMIN_SECRET: adminSecret });
  const admin = new AdminClient(t.engine.url);
  await admin.login('admin', adminSecret);
  await admin.post('/admin/staff', { staffId: 'fam-op', role: 'operator', secret: 'family-operator-1' });
  operator = new AdminClient(t.engine.url);
  await operator.login('fam-op', 'family-operator-1');
  await admin.post('/admin/staff', { staffId: 'fam-rev', role: 'reviewer', secret: 'family-reviewer-1' });
  reviewer = new AdminClient(t.engine.url);
  await reviewer.login('fam-rev', 'family-reviewer-1');
  pharmacy = t.terminal('ningboPharmacy');
  signNo = await signIn(t.engine.url, pharmacy);
  [beneficiary, payer] = t.samples.cards.filter((c) => c.scenario === 'issued') as [SampleCard, SampleCard];
});
afterAll(async () => {
  await t.stop();
});

const n = (v: unknown): number => Number(v ?? 0);
const credential = (c: SampleCard): ssc.v1.ICredential => ({
  type: c.credentialType,
  cardNo: c.cardNo,
  cardSn: c.cardSn,
  idNo: c.idNo,
});

async function balance(c: SampleCard): Promise<number> {
  const r = await call<ssc.v1.InquireReply>(t.engine.url, 'Inquire', {
    header: header(pharmacy, signNo, sequence++),
    credential: credential(c),
  });
  return n(r.reply?.person?.accountBalanceFen);
}

function bill(totalFen: number) {
  const code = t.samples.catalogue.find((c) => c.class === 1)!.code;
  return {
    medicalType: 41,
    useAccount: true,
    totalFen,
    lines: [{ lineNo: 1, catalogueCode: code, quantityMilli: 1_000, unitPriceFen: totalFen, amountFen: totalFen }],
  };
}

describe('family account sharing', () => {
  it('draws the rest on the bound relative, restores both on cancel, again on a reversed cancel', async () => {
    const bound = await operator.put(`/admin/persons/${beneficiary.idNo}/family`, { payerIdNo: payer.idNo });
    expect(bound.status).toBe(200);
    const own = await balance(beneficiary);
    const relative = await balance(payer);
    expect(own).toBeGreaterThan(0);
    expect(relative).toBeGreaterThan(20_000);

    const request = {
      header: header(pharmacy, signNo, sequence++),
      credential: credential(beneficiary),
      ...bill(own + 12_345),
    };
    const settled = await call<ssc.v1.SettleReply>(t.engine.url, 'Settle', request);
    expect(settled.reply?.outcome?.reason).toBe('00');
    const s = settled.reply!.split!;
    expect([n(s.accountPaidFen), n(s.familyAccountPaidFen), n(s.cashFen)]).toEqual([own, 12_345, 0]);
    expect(n(s.personPartFen)).toBe(n(s.accountPaidFen) + n(s.familyAccountPaidFen) + n(s.cashFen));
    expect([await balance(beneficiary), await balance(payer)]).toEqual([0, relative - 12_345]);

    // A retry is the first answer (T01), the same split; nothing drawn twice.
    const retry = await call<ssc.v1.SettleReply>(t.engine.url, 'Settle', request);
    expect(retry.reply?.outcome?.reason).toBe('T01');
    expect(retry.reply?.split).toEqual(s);
    expect(await balance(payer)).toBe(relative - 12_345);

    const cancelHeader = header(pharmacy, signNo, sequence++);
    const cancelled = await call<ssc.v1.CancelSettlementReply>(t.engine.url, 'CancelSettlement', {
      header: cancelHeader,
      settlementId: settled.reply!.settlementId,
    });
    expect(cancelled.reply?.outcome?.reason).toBe('00');
    expect([await balance(beneficiary), await balance(payer)]).toEqual([own, relative]);

    const redo = await call<ssc.v1.ReverseReply>(t.engine.url, 'Reverse', {
      header: header(pharmacy, signNo, sequence++),
      originalMsgId: cancelHeader.msgId,
      originalOperation: 2,
    });
    expect(redo.reply?.outcome?.reason).toBe('00');
    expect([await balance(beneficiary), await balance(payer)]).toEqual([0, relative - 12_345]);
  });

  it("names the relative's part in the national output (acct_mulaid_pay, within acct_pay)", async () => {
    const envelope = nationalEnvelope(
      pharmacy,
      signNo,
      '2101',
      {
        druginfo: {
          mdtrt_cert_type: '03',
          mdtrt_cert_no: beneficiary.cardNo,
          card_sn: beneficiary.cardSn,
          certno: beneficiary.idNo,
          med_type: '41',
          acct_used_flag: '1',
          medfee_sumamt: '100.00',
        },
        drugdetail: [
          {
            feedetl_sn: '1',
            med_list_codg: t.samples.catalogue.find((c) => c.class === 1)!.code,
            cnt: '1',
            pric: '100.00',
            det_item_fee_sumamt: '100.00',
          },
        ],
      },
      sequence++,
    );
    const { text } = await postNational(t.engine.url, pharmacy, envelope);
    const national = JSON.parse(text) as {
      ssc_reason: string;
      ssc_field: string;
      output: { setlinfo: Record<string, number> };
    };
    expect([national.ssc_reason, national.ssc_field]).toEqual(['00', '']);
    const s = national.output.setlinfo;
    // The beneficiary's own account is empty now: the relative pays it all.
    expect([s['acct_mulaid_pay'], s['acct_pay'], s['psn_cash_pay']]).toEqual([100, 100, 0]);
    expect(Math.round(s['psn_part_amt']! * 100)).toBe(Math.round((s['acct_pay']! + s['psn_cash_pay']!) * 100));
  });

  it('a revoked binding is not drawn on: the rest is cash', async () => {
    expect((await operator.post(`/admin/persons/${beneficiary.idNo}/family/revocation`)).status).toBe(200);
    const pre = await call<ssc.v1.SettleReply>(t.engine.url, 'PreSettle', {
      header: header(pharmacy, signNo, sequence++),
      credential: credential(beneficiary),
      ...bill(5_000),
    });
    expect(pre.reply?.outcome?.reason).toBe('00');
    expect([n(pre.reply?.split?.familyAccountPaidFen), n(pre.reply?.split?.cashFen)]).toEqual([0, 5_000]);
    expect((await operator.post(`/admin/persons/${beneficiary.idNo}/family/revocation`)).status).toBe(409);
    // A person cannot be their own payer; an unknown payer is 404.
    expect(
      (await operator.put(`/admin/persons/${beneficiary.idNo}/family`, { payerIdNo: beneficiary.idNo })).status,
    ).toBe(400);
    expect(
      (await operator.put(`/admin/persons/${beneficiary.idNo}/family`, { payerIdNo: '11010119900307803X' })).status,
    ).toBe(404);
  });
});

describe('family bindings in bulk (maker-checker)', () => {
  it('row-by-row checks, nothing bound until a different reviewer approves; then the next settlement draws', async () => {
    const [b, p] = t.samples.cards.filter((c) => c.scenario === 'tempLostLapsed') as [SampleCard, SampleCard];
    const unknown = '11010119900307803X';
    const rows = [
      { beneficiaryIdNo: b.idNo, payerIdNo: p.idNo },
      { beneficiaryIdNo: p.idNo, payerIdNo: p.idNo },
      { beneficiaryIdNo: unknown, payerIdNo: p.idNo },
      { beneficiaryIdNo: '110101199003078031', payerIdNo: p.idNo },
      // A body past the 64 KB of other admin requests: 1,000 rows, the rest repeat the first person.
      ...Array.from({ length: 996 }, () => ({ beneficiaryIdNo: b.idNo, payerIdNo: p.idNo })),
    ];
    const submitted = await operator.post('/admin/family-imports', { rows });
    expect(submitted.status).toBe(202);
    const result = submitted.body as {
      importId: string;
      accepted: number;
      rejected: { line: number; reason: string }[];
    };
    expect(result.accepted).toBe(1);
    expect(result.rejected.slice(0, 4).map((r) => [r.line, r.reason.split(':')[0]])).toEqual([
      [2, 'payerIdNo'],
      [3, 'beneficiaryIdNo'],
      [4, 'beneficiaryIdNo'],
      [5, 'beneficiaryIdNo'],
    ]);
    expect(result.rejected).toHaveLength(999);
    const own = await balance(b);
    const settleBig = async () =>
      call<ssc.v1.SettleReply>(t.engine.url, 'PreSettle', {
        header: header(pharmacy, signNo, sequence++),
        credential: credential(b),
        ...bill(own + 1_000),
      });
    // Pending: not bound.
    expect(n((await settleBig()).reply?.split?.familyAccountPaidFen)).toBe(0);
    expect((await reviewer.get(`/admin/family-imports/${result.importId}`)).status).toBe(200);
    // The maker cannot be the checker (and an operator may not decide at all).
    const self = await operator.post(`/admin/family-imports/${result.importId}`, { approve: true });
    expect(self.status).toBe(403);
    const approved = await reviewer.post(`/admin/family-imports/${result.importId}`, { approve: true });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ applied: 1, skippedLines: [], rejected: false });
    expect(n((await settleBig()).reply?.split?.familyAccountPaidFen)).toBe(1_000);
    expect((await reviewer.get(`/admin/family-imports/${result.importId}`)).status).toBe(404);

    // A reviewer may submit too, but never check their own.
    const own2 = await reviewer.post('/admin/family-imports', {
      rows: [{ beneficiaryIdNo: p.idNo, payerIdNo: b.idNo }],
    });
    const mine = (own2.body as { importId: string }).importId;
    const selfCheck = await reviewer.post(`/admin/family-imports/${mine}`, { approve: true });
    expect([selfCheck.status, (selfCheck.body as { sscCode?: string }).sscCode]).toEqual([
      403,
      'SSC_ADMIN_SAME_REVIEWER',
    ]);
    expect((await reviewer.get(`/admin/family-imports/${mine}`)).status).toBe(200);

    // A rejected import binds nothing.
    const again = await operator.post('/admin/family-imports', {
      rows: [{ beneficiaryIdNo: p.idNo, payerIdNo: b.idNo }],
    });
    const id = (again.body as { importId: string }).importId;
    const rejected = await reviewer.post(`/admin/family-imports/${id}`, { approve: false });
    expect(rejected.body).toMatchObject({ applied: 0, rejected: true });
    const payerOwn = await balance(p);
    const pre = await call<ssc.v1.SettleReply>(t.engine.url, 'PreSettle', {
      header: header(pharmacy, signNo, sequence++),
      credential: credential(p),
      ...bill(payerOwn + 1_000),
    });
    expect(n(pre.reply?.split?.familyAccountPaidFen)).toBe(0);
    // Nothing acceptable: refused whole.
    const none = await operator.post('/admin/family-imports', {
      rows: [{ beneficiaryIdNo: unknown, payerIdNo: p.idNo }],
    });
    expect(none.status).toBe(400);
  });
});
